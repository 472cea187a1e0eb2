import 'server-only';
import type { Locale } from '@/i18n/routing';
import { parseSearchParams } from '@/lib/search/filters';
import { CLIENT_FIELDS, type OfferQuery } from '@/lib/professionals/fields';
import { searchActivities } from '@/server/search/search';
import { getTaxonomies, vocabularyOf } from '@/server/taxonomies/queries';

export interface CountedOffer {
  label: string;
  query: OfferQuery;
  count: number;
}

export interface CountedField {
  code: string;
  title: string;
  intro: string;
  query: OfferQuery;
  count: number;
  offers: CountedOffer[];
}

/**
 * The client fields with live counts: how many published activities each field's and
 * each offer's search finds right now (the same search the linked results page runs).
 */
export async function getProfessionalFields(locale: Locale): Promise<CountedField[]> {
  const vocabulary = vocabularyOf(await getTaxonomies());
  const text = (value: Record<Locale, string>) => value[locale];
  const count = async (query: OfferQuery) => {
    const { filters } = parseSearchParams(query, vocabulary);
    return (await searchActivities(filters, { locale, pageSize: 1, facets: false })).total;
  };
  return Promise.all(
    CLIENT_FIELDS.map(async (field) => ({
      code: field.code,
      title: text(field.title),
      intro: text(field.intro),
      query: field.query,
      count: await count(field.query),
      offers: await Promise.all(
        field.offers.map(async (offer) => ({ label: text(offer.label), query: offer.query, count: await count(offer.query) })),
      ),
    })),
  );
}
