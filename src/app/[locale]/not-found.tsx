import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

// Rendered inside [locale]/layout.tsx, so the request locale is already set.
export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('text')}</p>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2 text-lg">
        <li>
          <Link href="/">{t('homeLink')}</Link>
        </li>
        <li>
          <Link href="/search">{t('searchLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
