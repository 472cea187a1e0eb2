import 'server-only';

import { randomUUID } from 'node:crypto';

import type { SqlExecutor } from '../db/sql-executor';
import { readTaxonomyData, type TaxonomyData } from './schemas';

export interface TaxonomyLoadCounts {
  areas: number;
  municipalities: number;
  themes: number;
  stages: number;
  activityTypes: number;
  ageGroups: number;
  specialGroups: number;
  languages: number;
  accessibilityFeatures: number;
  sourceCodeMappings: number;
}

interface Column {
  name: string;
  /** PostgreSQL array type of the parameter, e.g. "text[]". */
  type: string;
}

/**
 * INSERT … SELECT FROM unnest(…) ON CONFLICT (code) DO UPDATE for one table: one round trip
 * per table, the same on node-postgres and PGlite.
 */
async function upsertByCode(
  tx: SqlExecutor,
  table: string,
  columns: Column[],
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const params = columns.map((c) => rows.map((r) => r[c.name] ?? null));
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ');
  const updates = columns
    .filter((c) => c.name !== 'code')
    .map((c) => `"${c.name}" = EXCLUDED."${c.name}"`)
    .join(', ');
  await tx.query(
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${unnest}) ON CONFLICT ("code") DO UPDATE SET ${updates}`,
    params,
  );
}

const text = (name: string): Column => ({ name, type: 'text[]' });
const int = (name: string): Column => ({ name, type: 'int[]' });
const nameColumns = [text('nameFi'), text('nameSv'), text('nameEn')];
const simpleColumns = [text('code'), int('sortOrder'), ...nameColumns];
const numberedColumns = [
  text('code'),
  int('number'),
  text('slugFi'),
  text('slugSv'),
  ...nameColumns,
  text('descriptionFi'),
  text('descriptionSv'),
  text('descriptionEn'),
];

/**
 * Validates the taxonomy files in `dataDir` and upserts them in one transaction, so a
 * reload is idempotent and a bad file changes nothing. Rows missing from the files are
 * left alone: activities may still refer to them.
 */
export async function loadTaxonomies(
  executor: SqlExecutor,
  dataDir = 'prisma/data',
  data: TaxonomyData = readTaxonomyData(dataDir),
): Promise<TaxonomyLoadCounts> {
  await executor.transaction(async (tx) => {
    await upsertByCode(tx, 'Area', [text('code'), ...nameColumns, int('sortOrder')], data.areas);
    await upsertByCode(
      tx,
      'Municipality',
      [text('code'), ...nameColumns, text('slug'), text('areaCode'), { name: 'latitude', type: 'float8[]' }, { name: 'longitude', type: 'float8[]' }],
      data.municipalities.map((m) => ({ ...m, latitude: m.centre.lat, longitude: m.centre.lon })),
    );
    await upsertByCode(tx, 'Theme', numberedColumns, data.themes);
    await upsertByCode(tx, 'ServicePathStage', numberedColumns, data.stages);
    await upsertByCode(tx, 'ActivityType', simpleColumns, data.activityTypes);
    await upsertByCode(tx, 'AgeGroup', [...simpleColumns, int('minAge'), int('maxAge')], data.ageGroups);
    await upsertByCode(tx, 'SpecialGroup', simpleColumns, data.specialGroups);
    await upsertByCode(tx, 'Language', simpleColumns, data.languages);
    await upsertByCode(tx, 'AccessibilityFeature', simpleColumns, data.accessibilityFeatures);

    const mappings = data.sourceCodeMappings;
    if (mappings.length > 0) {
      await tx.query(
        `INSERT INTO "SourceCodeMapping" ("id", "source", "sourceCode", "targetKind", "targetCode")
         SELECT id, source::"SourceKind", "sourceCode", "targetKind"::"TaxonomyKind", "targetCode"
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
           AS m(id, source, "sourceCode", "targetKind", "targetCode")
         -- A default a coordinator removed (audit log, mapping.delete) stays removed.
         WHERE NOT EXISTS (
           SELECT 1 FROM "AuditLog" a
           WHERE a."entityType" = 'SourceCodeMapping' AND a.action = 'mapping.delete'
             AND a.before->>'source' = m.source AND a.before->>'sourceCode' = m."sourceCode"
             AND a.before->>'targetKind' = m."targetKind" AND a.before->>'targetCode' = m."targetCode"
         )
         ON CONFLICT ("source", "sourceCode", "targetKind", "targetCode") DO NOTHING`,
        [
          mappings.map(() => randomUUID()),
          mappings.map((m) => m.source),
          mappings.map((m) => m.sourceCode),
          mappings.map((m) => m.targetKind),
          mappings.map((m) => m.targetCode),
        ],
      );
    }
  });

  return {
    areas: data.areas.length,
    municipalities: data.municipalities.length,
    themes: data.themes.length,
    stages: data.stages.length,
    activityTypes: data.activityTypes.length,
    ageGroups: data.ageGroups.length,
    specialGroups: data.specialGroups.length,
    languages: data.languages.length,
    accessibilityFeatures: data.accessibilityFeatures.length,
    sourceCodeMappings: data.sourceCodeMappings.length,
  };
}
