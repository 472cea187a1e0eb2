/** Writes src/lib/api/hsds-openapi-schemas.json from the HSDS schemas in tests/fixtures/hsds. */
import fs from 'node:fs';
import path from 'node:path';
import { HSDS_ROOTS, hsdsComponents } from '../src/lib/api/hsds-convert';

const dir = path.resolve('tests/fixtures/hsds');
const components = hsdsComponents(HSDS_ROOTS, (file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
const target = path.resolve('src/lib/api/hsds-openapi-schemas.json');
fs.writeFileSync(target, `${JSON.stringify(components, null, 2)}\n`);
console.log(`${Object.keys(components).length} HSDS schemas written to ${path.relative(process.cwd(), target)}`);
