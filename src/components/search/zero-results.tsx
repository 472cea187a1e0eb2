import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { queryObject } from '@/lib/catalogue/query';
import { toSearchParams, withoutFilter, type SearchFilters } from '@/lib/search/filters';
import type { SearchPageData } from '@/server/search/results';
import { chipLabeller } from './chip-label';

const HELP_LINKS = [
  { key: 'mieli', href: 'https://mieli.fi/' },
  { key: 'sekasin', href: 'https://sekasin.fi/' },
] as const;

/**
 * Nothing found: say so kindly, offer the nearest indexed words ("did you mean") and the
 * filter that brings most back, and point to people who help.
 */
export async function ZeroResults({
  filters,
  mostRestrictive,
  suggestions,
}: {
  filters: SearchFilters;
  mostRestrictive: SearchPageData['mostRestrictive'];
  suggestions: string[];
}) {
  const [t, labelOf] = await Promise.all([getTranslations('Search.zero'), chipLabeller(filters)]);

  return (
    <div className="mt-4 rounded-lg border border-line bg-white p-6" data-testid="zero-results">
      <p className="text-lg font-semibold">{t('title')}</p>
      {suggestions.length > 0 ? (
        <nav aria-labelledby="did-you-mean" className="mt-3" data-testid="did-you-mean">
          <p id="did-you-mean" className="font-semibold">
            {t('didYouMean')}
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {suggestions.map((q) => (
              <li key={q}>
                <Link
                  href={{ pathname: '/search', query: queryObject(toSearchParams({ ...filters, q, page: 1 })) }}
                  className="text-lg font-semibold"
                >
                  {q}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p className="mt-3">{t('tips')}</p>
      {mostRestrictive ? (
        <p className="mt-3">
          <Link
            href={{
              pathname: '/search',
              query: queryObject(toSearchParams(mostRestrictive.filters.reduce((next, chip) => withoutFilter(next, chip), filters))),
            }}
            className="font-semibold"
          >
            {t('relax', {
              filters: mostRestrictive.filters.length,
              label: mostRestrictive.filters.map((chip) => t('quoted', { label: labelOf(chip) })).join(', '),
              count: mostRestrictive.count,
            })}
          </Link>
        </p>
      ) : null}
      <h3 className="mt-6 text-lg font-bold">{t('helpTitle')}</h3>
      <p className="mt-1">{t('adviser')}</p>
      <p className="mt-1">{t('adviserContact')}</p>
      <p className="mt-3">{t('online')}</p>
      <ul className="mt-1 list-disc pl-6">
        {HELP_LINKS.map((link) => (
          <li key={link.key}>
            <a href={link.href} rel="noopener">
              {t(`links.${link.key}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3 font-semibold">{t('emergency')}</p>
    </div>
  );
}
