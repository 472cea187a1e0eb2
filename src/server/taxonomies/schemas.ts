import 'server-only';

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Schemas of the taxonomy data files in prisma/data/. Each file is a plain JSON array;
 * another county can point the loader at its own directory with the same file names.
 */

const code = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lowercase ASCII code');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'URL-safe ASCII slug');
const name = z.string().trim().min(1);

const names = { nameFi: name, nameSv: name, nameEn: name };

export const areaSchema = z.strictObject({ code, ...names, sortOrder: z.number().int().default(0) });
export type AreaData = z.infer<typeof areaSchema>;

export const municipalitySchema = z.strictObject({
  code: z.string().regex(/^\d{3}$/, 'Statistics Finland municipality code, three digits'),
  ...names,
  slug,
  areaCode: code,
  /** The centre; stored (as latitude, longitude) for "nearest first", and used for demo places. */
  centre: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  // The following are not stored in the database: demo data and address formatting use them.
  /** Finnish genitive ("Oulun", "Kempeleen") and locative ("Oulussa", "Pudasjärvellä"). */
  nameFiGenitive: name,
  nameFiLocative: name,
  postalCode: z.string().regex(/^\d{5}$/),
  postOfficeFi: name,
  postOfficeSv: name,
  population: z.number().int().positive(),
});
export type MunicipalityData = z.infer<typeof municipalitySchema>;

const numberedSchema = z.strictObject({
  code,
  number: z.number().int().positive(),
  slugFi: slug,
  slugSv: slug,
  ...names,
  descriptionFi: name,
  descriptionSv: name,
  descriptionEn: name,
});
export const themeSchema = numberedSchema;
export type ThemeData = z.infer<typeof themeSchema>;
export const stageSchema = numberedSchema;
export type StageData = z.infer<typeof stageSchema>;

const simpleSchema = z.strictObject({ code, sortOrder: z.number().int().default(0), ...names });
export const activityTypeSchema = simpleSchema;
export const specialGroupSchema = simpleSchema;
export const languageSchema = simpleSchema;
export const accessibilityFeatureSchema = simpleSchema;
export type SimpleTaxonomyData = z.infer<typeof simpleSchema>;

export const ageGroupSchema = simpleSchema
  .extend({
    minAge: z.number().int().min(0).nullable(),
    maxAge: z.number().int().min(0).nullable(),
  })
  .refine((g) => g.minAge === null || g.maxAge === null || g.minAge <= g.maxAge, {
    message: 'minAge must not exceed maxAge',
  });
export type AgeGroupData = z.infer<typeof ageGroupSchema>;

export const taxonomyKinds = [
  'THEME',
  'STAGE',
  'ACTIVITY_TYPE',
  'AGE_GROUP',
  'SPECIAL_GROUP',
  'LANGUAGE',
  'ACCESSIBILITY',
] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export const sourceCodeMappingSchema = z.strictObject({
  source: z.enum(['LAHELLA', 'PTV', 'MANUAL']),
  sourceCode: z.string().trim().min(1),
  targetKind: z.enum(taxonomyKinds),
  targetCode: code,
});
export type SourceCodeMappingData = z.infer<typeof sourceCodeMappingSchema>;

/** File name → schema of one element. */
export const taxonomyFiles = {
  areas: { file: 'areas.json', schema: areaSchema },
  municipalities: { file: 'municipalities.json', schema: municipalitySchema },
  themes: { file: 'themes.json', schema: themeSchema },
  stages: { file: 'service-path-stages.json', schema: stageSchema },
  activityTypes: { file: 'activity-types.json', schema: activityTypeSchema },
  ageGroups: { file: 'age-groups.json', schema: ageGroupSchema },
  specialGroups: { file: 'special-groups.json', schema: specialGroupSchema },
  languages: { file: 'languages.json', schema: languageSchema },
  accessibilityFeatures: { file: 'accessibility-features.json', schema: accessibilityFeatureSchema },
  sourceCodeMappings: { file: 'source-code-mappings.json', schema: sourceCodeMappingSchema },
} as const;

export interface TaxonomyData {
  areas: AreaData[];
  municipalities: MunicipalityData[];
  themes: ThemeData[];
  stages: StageData[];
  activityTypes: SimpleTaxonomyData[];
  ageGroups: AgeGroupData[];
  specialGroups: SimpleTaxonomyData[];
  languages: SimpleTaxonomyData[];
  accessibilityFeatures: SimpleTaxonomyData[];
  sourceCodeMappings: SourceCodeMappingData[];
}

export class TaxonomyDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaxonomyDataError';
  }
}

function uniqueBy<T>(file: string, rows: T[], key: (row: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) throw new TaxonomyDataError(`${file}: duplicate ${what} "${k}"`);
    seen.add(k);
  }
}

function parseFile<S extends z.ZodType>(dataDir: string, file: string, schema: S): z.infer<S>[] {
  const fullPath = path.join(dataDir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(fullPath, 'utf8'));
  } catch (error) {
    throw new TaxonomyDataError(`${fullPath}: ${(error as Error).message}`);
  }
  const result = z.array(schema).safeParse(raw);
  if (!result.success) {
    throw new TaxonomyDataError(`${fullPath} is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Reads and validates every taxonomy file, and checks what a single file's schema cannot:
 * unique codes, slugs and numbers, and that every reference (area, mapping target) exists.
 */
export function readTaxonomyData(dataDir = 'prisma/data'): TaxonomyData {
  const f = taxonomyFiles;
  const data: TaxonomyData = {
    areas: parseFile(dataDir, f.areas.file, f.areas.schema),
    municipalities: parseFile(dataDir, f.municipalities.file, f.municipalities.schema),
    themes: parseFile(dataDir, f.themes.file, f.themes.schema),
    stages: parseFile(dataDir, f.stages.file, f.stages.schema),
    activityTypes: parseFile(dataDir, f.activityTypes.file, f.activityTypes.schema),
    ageGroups: parseFile(dataDir, f.ageGroups.file, f.ageGroups.schema),
    specialGroups: parseFile(dataDir, f.specialGroups.file, f.specialGroups.schema),
    languages: parseFile(dataDir, f.languages.file, f.languages.schema),
    accessibilityFeatures: parseFile(dataDir, f.accessibilityFeatures.file, f.accessibilityFeatures.schema),
    sourceCodeMappings: parseFile(dataDir, f.sourceCodeMappings.file, f.sourceCodeMappings.schema),
  };

  const byCode = (r: { code: string }) => r.code;
  uniqueBy(f.areas.file, data.areas, byCode, 'code');
  uniqueBy(f.municipalities.file, data.municipalities, byCode, 'code');
  uniqueBy(f.municipalities.file, data.municipalities, (m) => m.slug, 'slug');
  for (const [file, rows] of [
    [f.themes.file, data.themes],
    [f.stages.file, data.stages],
  ] as const) {
    uniqueBy(file, rows, byCode, 'code');
    uniqueBy(file, rows, (r) => String(r.number), 'number');
    uniqueBy(file, rows, (r) => r.slugFi, 'slugFi');
    uniqueBy(file, rows, (r) => r.slugSv, 'slugSv');
  }
  uniqueBy(f.activityTypes.file, data.activityTypes, byCode, 'code');
  uniqueBy(f.ageGroups.file, data.ageGroups, byCode, 'code');
  uniqueBy(f.specialGroups.file, data.specialGroups, byCode, 'code');
  uniqueBy(f.languages.file, data.languages, byCode, 'code');
  uniqueBy(f.accessibilityFeatures.file, data.accessibilityFeatures, byCode, 'code');
  uniqueBy(
    f.sourceCodeMappings.file,
    data.sourceCodeMappings,
    (m) => `${m.source}/${m.sourceCode}→${m.targetKind}/${m.targetCode}`,
    'mapping',
  );

  const areaCodes = new Set(data.areas.map(byCode));
  for (const m of data.municipalities) {
    if (!areaCodes.has(m.areaCode)) {
      throw new TaxonomyDataError(`${f.municipalities.file}: ${m.nameFi} refers to unknown area "${m.areaCode}"`);
    }
  }
  const targets: Record<TaxonomyKind, Set<string>> = {
    THEME: new Set(data.themes.map(byCode)),
    STAGE: new Set(data.stages.map(byCode)),
    ACTIVITY_TYPE: new Set(data.activityTypes.map(byCode)),
    AGE_GROUP: new Set(data.ageGroups.map(byCode)),
    SPECIAL_GROUP: new Set(data.specialGroups.map(byCode)),
    LANGUAGE: new Set(data.languages.map(byCode)),
    ACCESSIBILITY: new Set(data.accessibilityFeatures.map(byCode)),
  };
  for (const m of data.sourceCodeMappings) {
    if (!targets[m.targetKind].has(m.targetCode)) {
      throw new TaxonomyDataError(
        `${f.sourceCodeMappings.file}: ${m.source} ${m.sourceCode} maps to unknown ${m.targetKind} "${m.targetCode}"`,
      );
    }
  }
  return data;
}
