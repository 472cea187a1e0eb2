import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import committed from './hsds-openapi-schemas.json';
import { HSDS_ROOTS, hsdsComponents } from './hsds-convert';

const dir = path.resolve('tests/fixtures/hsds');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

describe('HSDS schemas as OpenAPI components', () => {
  it('are the conversion of the HSDS copies in tests/fixtures (run `npm run hsds:schemas` after updating them)', () => {
    expect(hsdsComponents(HSDS_ROOTS, read)).toEqual(committed);
  });

  it('refer only to each other, and keep no data-package annotations', () => {
    const text = JSON.stringify(committed);
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(Object.keys(committed)).toContain(ref.replace('#/components/schemas/', ''));
    for (const keyword of ['"constraints"', '"datapackage_metadata"', '"example"', '"core"', '"format":"csv"']) {
      expect(text).not.toContain(keyword);
    }
  });
});
