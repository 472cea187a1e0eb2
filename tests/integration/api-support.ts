/** Shared by the API contract tests: the catalogue they run against and schema validation. */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { writeDemoCatalogue } from '@/server/demo/write';
import type { TestDatabase } from '../support/test-database';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const DOC_ID = 'https://polku.test/openapi.json';
/** Where HSDS's own schemas live; their references between files resolve against it. */
const HSDS_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
export const NOW = new Date('2026-11-25T10:00:00Z');

export const SECRET = {
  orgSlug: 'salainen-yhdistys',
  hidden: 'piilotettu-kerho',
  draft: 'luonnos-kerho',
  archived: 'arkistoitu-kerho',
  title: 'Qzxsalainen',
};

/** A demo catalogue plus non-published activities (one at an organisation of its own) that must never leak. */
export async function seedCatalogue(db: TestDatabase): Promise<{ secretIds: string[]; secretOrgId: string; publicOrgSlug: string }> {
  await writeDemoCatalogue(db.database.executor, { count: 60, seed: 11, now: new Date() });
  const prisma = db.prisma;
  const secretOrg = await prisma.organization.create({
    data: { slug: SECRET.orgSlug, nameFi: `${SECRET.title} ry`, providerType: 'ASSOCIATION' },
  });
  const publicOrg = await prisma.organization.findFirstOrThrow({
    where: { activities: { some: { status: 'PUBLISHED' } } },
    orderBy: { slug: 'asc' },
  });
  const soon = new Date(Date.now() + 2 * 86_400_000);
  const secretIds: string[] = [];
  for (const [slug, status, organizationId] of [
    [SECRET.hidden, 'HIDDEN', secretOrg.id],
    [SECRET.draft, 'DRAFT', publicOrg.id],
    [SECRET.archived, 'ARCHIVED', publicOrg.id],
  ] as const) {
    const activity = await prisma.activity.create({
      data: {
        slug,
        status,
        providerType: 'ASSOCIATION',
        organizationId,
        titleFi: `${SECRET.title} ${slug}`,
        isFree: true,
        municipalities: { create: [{ municipalityCode: '678' }] },
        themes: { create: [{ themeCode: 'mental-wellbeing' }] },
        ageGroups: { create: [{ ageGroupCode: 'seniors' }] },
        channels: { create: [{ type: 'PLACE', nameFi: SECRET.title, streetAddressFi: 'Salakatu 1', postalCode: '92100', postOfficeFi: 'Raahe' }] },
        schedules: { create: [{ kind: 'ONE_OFF', startsAt: soon }] },
        occurrences: { create: [{ startsAt: soon }] },
        nextOccurrenceAt: soon,
      },
    });
    secretIds.push(activity.id);
  }
  return { secretIds, secretOrgId: secretOrg.id, publicOrgSlug: publicOrg.slug };
}

export function expectNoSecrets(text: string, secretIds: string[], secretOrgId: string): void {
  for (const needle of [SECRET.title, SECRET.hidden, SECRET.draft, SECRET.archived, SECRET.orgSlug, secretOrgId, ...secretIds]) {
    expect(text).not.toContain(needle);
  }
}

/** Validates bodies against the response schemas of the generated OpenAPI document (and HSDS's own schemas). */
export class ContractValidator {
  readonly document = buildOpenApiDocument('http://localhost');
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOC_ID, components: this.document.components });
    const dir = path.resolve('tests/fixtures/hsds');
    for (const file of [...fs.readdirSync(dir), ...fs.readdirSync(path.join(dir, 'compiled')).map((f) => `compiled/${f}`)]) {
      if (!file.endsWith('.json') || file === 'openapi.json') continue;
      this.ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), `${HSDS_SCHEMA_BASE}${file}`);
    }
  }

  private validator(pathTemplate: string, status: number, contentType: string): ValidateFunction {
    const key = `${pathTemplate} ${status} ${contentType}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const operation = (this.document.paths as Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>)[pathTemplate]?.get;
    const schema = operation?.responses[String(status)]?.content?.[contentType]?.schema;
    if (!schema) throw new Error(`The OpenAPI document has no ${status} ${contentType} response for ${pathTemplate}`);
    const resolved = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`));
    const validate = this.ajv.compile({ $id: `https://polku.test/op/${this.cache.size}`, ...resolved });
    this.cache.set(key, validate);
    return validate;
  }

  /** Checks status, content type and body against the document; returns the parsed body. */
  async check(response: Response, pathTemplate: string, status: number): Promise<unknown> {
    expect(response.status).toBe(status);
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const body = contentType.includes('json') ? await response.json() : await response.text();
    const validate = this.validator(pathTemplate, status, contentType);
    const valid = validate(body);
    if (!valid) throw new Error(`${pathTemplate} ${status}: ${this.ajv.errorsText(validate.errors, { separator: '\n' })}`);
    return body;
  }

  /** Validates one HSDS object against an HSDS schema file (e.g. "service.json"). */
  hsds(file: string, value: unknown): void {
    const validate = this.ajv.getSchema(`${HSDS_SCHEMA_BASE}${file}`)!;
    if (!validate(value)) throw new Error(`${file}: ${this.ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}
