import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export interface ThemeTile {
  code: string;
  number: number;
  name: string;
  slug: string;
  count: number;
}

/** The wellbeing themes as a grid of links with their activity counts. */
export async function ThemeGrid({ themes }: { themes: ThemeTile[] }) {
  const t = await getTranslations('Home');
  return (
    <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="theme-grid">
      {themes.map((theme) => (
        <li key={theme.code}>
          <Link
            href={{ pathname: '/themes/[slug]', params: { slug: theme.slug } }}
            className="flex h-full min-h-20 flex-col justify-center rounded-lg border border-line bg-white p-4 no-underline shadow-sm hover:border-primary"
          >
            <span className="font-bold text-ink underline decoration-1 underline-offset-4">{theme.name}</span>
            <span className="mt-1 text-sm text-muted">{t('themeCount', { count: theme.count })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
