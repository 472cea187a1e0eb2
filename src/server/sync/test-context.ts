import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MapContext, TaxonomyKind } from './types';

/** A MapContext from the taxonomy data files, for mapper tests without a database. */
export function mapContextFromDataFiles(source: 'LAHELLA' | 'PTV', dataDir = path.resolve('prisma/data')): MapContext {
  const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
  const codesOf = (file: string) => new Set(read<{ code: string }[]>(file).map((r) => r.code));
  const mappings = read<{ source: string; sourceCode: string; targetKind: TaxonomyKind; targetCode: string }[]>('source-code-mappings.json');
  const codes = new Map<string, { kind: TaxonomyKind; code: string }[]>();
  for (const m of mappings.filter((m) => m.source === source)) {
    codes.set(m.sourceCode, [...(codes.get(m.sourceCode) ?? []), { kind: m.targetKind, code: m.targetCode }]);
  }
  const languages = codesOf('languages.json');
  const accessibility = codesOf('accessibility-features.json');
  const ageGroups = read<{ code: string; minAge: number | null; maxAge: number | null }[]>('age-groups.json');
  return {
    codes,
    municipalities: read<{ code: string; nameFi: string; nameSv: string }[]>('municipalities.json'),
    ageGroups,
    languages,
    accessibility,
    known: new Map<TaxonomyKind, Set<string>>([
      ['THEME', codesOf('themes.json')],
      ['STAGE', codesOf('service-path-stages.json')],
      ['ACTIVITY_TYPE', codesOf('activity-types.json')],
      ['AGE_GROUP', new Set(ageGroups.map((g) => g.code))],
      ['SPECIAL_GROUP', codesOf('special-groups.json')],
      ['LANGUAGE', languages],
      ['ACCESSIBILITY', accessibility],
    ]),
  };
}
