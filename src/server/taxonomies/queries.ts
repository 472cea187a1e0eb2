import 'server-only';
import { getSql } from '@/server/db';
import type { Vocabulary } from '@/lib/search/filters';

export interface TaxonomyTerm {
  code: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface NumberedTerm extends TaxonomyTerm {
  number: number;
  slugFi: string;
  slugSv: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
}

export interface MunicipalityTerm extends TaxonomyTerm {
  slug: string;
  areaCode: string;
  latitude: number | null;
  longitude: number | null;
}

export interface Taxonomies {
  themes: NumberedTerm[];
  stages: NumberedTerm[];
  areas: TaxonomyTerm[];
  municipalities: MunicipalityTerm[];
  ageGroups: TaxonomyTerm[];
  specialGroups: TaxonomyTerm[];
  activityTypes: TaxonomyTerm[];
  languages: TaxonomyTerm[];
  accessibilityFeatures: TaxonomyTerm[];
}

// Taxonomies change only when data files are reloaded; a short per-instance cache
// keeps every page from reading nine tables.
const TTL_MS = 60_000;
let cache: { at: number; value: Promise<Taxonomies> } | undefined;

async function readTaxonomies(): Promise<Taxonomies> {
  const sql = await getSql();
  const names = `code, "nameFi", "nameSv", "nameEn"`;
  const numbered = `${names}, number, "slugFi", "slugSv", "descriptionFi", "descriptionSv", "descriptionEn"`;
  const [themes, stages, areas, municipalities, ageGroups, specialGroups, activityTypes, languages, access] =
    await Promise.all([
      sql.query<NumberedTerm>(`SELECT ${numbered} FROM "Theme" ORDER BY number`),
      sql.query<NumberedTerm>(`SELECT ${numbered} FROM "ServicePathStage" ORDER BY number`),
      sql.query<TaxonomyTerm>(`SELECT ${names} FROM "Area" ORDER BY "sortOrder", code`),
      sql.query<MunicipalityTerm>(`SELECT ${names}, slug, "areaCode", latitude, longitude FROM "Municipality"`),
      sql.query<TaxonomyTerm>(`SELECT ${names} FROM "AgeGroup" ORDER BY "sortOrder", code`),
      sql.query<TaxonomyTerm>(`SELECT ${names} FROM "SpecialGroup" ORDER BY "sortOrder", code`),
      sql.query<TaxonomyTerm>(`SELECT ${names} FROM "ActivityType" ORDER BY "sortOrder", code`),
      sql.query<TaxonomyTerm>(`SELECT ${names} FROM "Language" ORDER BY "sortOrder", code`),
      sql.query<TaxonomyTerm>(`SELECT ${names} FROM "AccessibilityFeature" ORDER BY "sortOrder", code`),
    ]);
  // The database collation may be C: sort names the Finnish way here.
  const collator = new Intl.Collator('fi');
  municipalities.sort((a, b) => collator.compare(a.nameFi, b.nameFi));
  return {
    themes,
    stages,
    areas,
    municipalities,
    ageGroups,
    specialGroups,
    activityTypes,
    languages,
    accessibilityFeatures: access,
  };
}

export function getTaxonomies(): Promise<Taxonomies> {
  const now = Date.now();
  if (!cache || now - cache.at > TTL_MS) {
    const value = readTaxonomies();
    cache = { at: now, value };
    value.catch(() => {
      if (cache?.value === value) cache = undefined;
    });
  }
  return cache.value;
}

export function vocabularyOf(taxonomies: Taxonomies): Vocabulary {
  const codes = (terms: { code: string }[]) => new Set(terms.map((term) => term.code));
  return {
    theme: codes(taxonomies.themes),
    stage: codes(taxonomies.stages),
    area: codes(taxonomies.areas),
    municipality: new Set(taxonomies.municipalities.map((m) => m.slug)),
    age: codes(taxonomies.ageGroups),
    group: codes(taxonomies.specialGroups),
    type: codes(taxonomies.activityTypes),
    lang: codes(taxonomies.languages),
    access: codes(taxonomies.accessibilityFeatures),
  };
}
