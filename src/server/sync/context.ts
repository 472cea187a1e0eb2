import 'server-only';
import type { SqlExecutor } from '@/server/db/sql-executor';
import type { MapContext, SourceKind, TaxonomyKind } from './types';

/** Reads the lookup data the mappers need (mappings and taxonomies), once per run. */
export async function loadMapContext(sql: SqlExecutor, source: SourceKind): Promise<MapContext> {
  const [mappings, municipalities, ageGroups, languages, accessibility, themes, stages, types, specialGroups] = await Promise.all([
    sql.query<{ sourceCode: string; targetKind: TaxonomyKind; targetCode: string }>(
      `SELECT "sourceCode", "targetKind"::text AS "targetKind", "targetCode"
         FROM "SourceCodeMapping" WHERE "source" = $1::"SourceKind"
        ORDER BY "sourceCode", "targetKind", "targetCode"`,
      [source],
    ),
    sql.query<{ code: string; nameFi: string; nameSv: string }>(`SELECT code, "nameFi", "nameSv" FROM "Municipality" ORDER BY code`),
    sql.query<{ code: string; minAge: number | null; maxAge: number | null }>(
      `SELECT code, "minAge", "maxAge" FROM "AgeGroup" ORDER BY "sortOrder", code`,
    ),
    sql.query<{ code: string }>(`SELECT code FROM "Language"`),
    sql.query<{ code: string }>(`SELECT code FROM "AccessibilityFeature"`),
    sql.query<{ code: string }>(`SELECT code FROM "Theme"`),
    sql.query<{ code: string }>(`SELECT code FROM "ServicePathStage"`),
    sql.query<{ code: string }>(`SELECT code FROM "ActivityType"`),
    sql.query<{ code: string }>(`SELECT code FROM "SpecialGroup"`),
  ]);
  const set = (rows: { code: string }[]) => new Set(rows.map((r) => r.code));
  const codes = new Map<string, { kind: TaxonomyKind; code: string }[]>();
  for (const m of mappings) {
    const list = codes.get(m.sourceCode) ?? [];
    list.push({ kind: m.targetKind, code: m.targetCode });
    codes.set(m.sourceCode, list);
  }
  return {
    codes,
    municipalities,
    ageGroups,
    languages: set(languages),
    accessibility: set(accessibility),
    known: new Map<TaxonomyKind, Set<string>>([
      ['THEME', set(themes)],
      ['STAGE', set(stages)],
      ['ACTIVITY_TYPE', set(types)],
      ['AGE_GROUP', set(ageGroups)],
      ['SPECIAL_GROUP', set(specialGroups)],
      ['LANGUAGE', set(languages)],
      ['ACCESSIBILITY', set(accessibility)],
    ]),
  };
}
