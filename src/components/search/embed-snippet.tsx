import { getTranslations } from 'next-intl/server';
import { embedSnippet } from '@/lib/api/embed';
import { toSearchParams, type SearchFilters } from '@/lib/search/filters';

/**
 * For municipalities, parishes and associations: the iframe code that shows this search's
 * results on their own site, and the calendar feed of the same search.
 */
export async function EmbedSnippet({
  filters,
  locale,
  baseUrl,
}: {
  filters: SearchFilters;
  locale: 'fi' | 'sv';
  baseUrl: string;
}) {
  const t = await getTranslations('Search.embed');
  const feedParams = toSearchParams({ ...filters, page: 1, sort: 'relevance' });
  const feedUrl = `${baseUrl}/api/feeds/activities.ics${feedParams.size > 0 ? `?${feedParams}` : ''}`;
  return (
    <details className="mt-10 rounded-lg border border-line bg-white p-4 print:hidden">
      <summary className="cursor-pointer font-semibold">{t('summary')}</summary>
      <div className="mt-3 flex flex-col gap-3">
        <p>{t('help')}</p>
        <label htmlFor="embed-snippet" className="font-semibold">
          {t('label')}
        </label>
        <textarea
          id="embed-snippet"
          readOnly
          rows={4}
          className="w-full rounded-md border border-line p-2 font-mono text-sm"
          value={embedSnippet(filters, locale, baseUrl)}
        />
        <p>
          <a href={feedUrl}>{t('feed')}</a>
        </p>
      </div>
    </details>
  );
}
