import 'server-only';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { SearchFilters } from '@/lib/search/filters';
import type { SearchPageData } from '@/server/search/results';

type Chip = SearchPageData['chips'][number];

/** Labels for chips that carry no taxonomy label of their own: remote, free, date, weekday, time of day, open now. */
export async function chipLabeller(filters: SearchFilters): Promise<(chip: Chip) => string> {
  const [t, format] = await Promise.all([getTranslations('Search'), getFormatter()]);
  const day = (iso: string) =>
    format.dateTime(new Date(`${iso}T12:00:00Z`), {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'Europe/Helsinki',
    });
  return (chip) => {
    switch (chip.kind) {
      case 'remote':
        return t('remoteOption');
      case 'free':
        return t('freeOption');
      case 'date': {
        const date = filters.date;
        if (!date) return '';
        const value = 'preset' in date ? t(`dates.${date.preset}`) : `${day(date.from)}–${day(date.to)}`;
        return `${t('facets.date')}: ${value}`;
      }
      case 'day':
        return `${t('facets.day')}: ${t(`weekdays.${chip.value}`)}`;
      case 'time':
        return `${t('facets.time')}: ${t(`times.${chip.value}`)}`;
      case 'open':
        return t('openNow');
      case 'q':
        return filters.q;
      case 'provider':
        return `${t('facets.provider')}: ${t(`providers.${chip.value}`)}`;
      default:
        return `${t(`facets.${chip.kind}`)}: ${chip.label}`;
    }
  };
}
