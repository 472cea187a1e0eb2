'use server';

import { getPrisma } from '@/server/db';
import { authorizeAction, type CurrentUser } from '@/server/auth/session';
import { requestContext } from '@/server/auth/request-context';
import { writeAudit } from '@/server/auth/users';
import { changedFields, presentFields } from '@/server/admin/audit/diff';
import { isUniqueViolation, uniqueOrganizationSlug } from './mutations';
import {
  ORGANIZATION_FIELDS,
  organizationIdSchema,
  parseOrganizationInput,
  versionSchema,
  type OrganizationActionResult,
  type OrganizationFormValues,
  type OrganizationInput,
} from './schemas';

// Admin action module (see README, "Admin guards"): every export checks the role first.

const ROLES = ['ADMIN', 'COORDINATOR'] as const;

const fields = (formData: FormData): OrganizationFormValues =>
  Object.fromEntries(
    ORGANIZATION_FIELDS.flatMap((name) => {
      const value = formData.get(name);
      return typeof value === 'string' ? [[name, value.slice(0, 10_000)]] : [];
    }),
  );

const formValues = (input: OrganizationInput): OrganizationFormValues =>
  Object.fromEntries(ORGANIZATION_FIELDS.map((name) => [name, input[name] ?? '']));

const actor = (user: CurrentUser) => ({ actorId: user.id, actorLabel: user.email });

async function municipalityExists(code: string | null): Promise<boolean> {
  if (!code) return true;
  const prisma = await getPrisma();
  return (await prisma.municipality.count({ where: { code } })) > 0;
}

export async function createOrganizationAction(
  _previous: OrganizationActionResult | null,
  formData: FormData,
): Promise<OrganizationActionResult> {
  const caller = await authorizeAction(ROLES);
  if (!caller.ok) return caller;
  const values = fields(formData);
  const parsed = parseOrganizationInput(values);
  if (!parsed.success) return { ok: false, code: 'INVALID', fieldErrors: parsed.fieldErrors, values };
  const input: OrganizationInput = parsed.data;
  if (!(await municipalityExists(input.municipalityCode))) {
    return { ok: false, code: 'INVALID', fieldErrors: { municipalityCode: 'municipality' }, values };
  }
  const prisma = await getPrisma();
  const name = (input.nameFi ?? input.nameSv ?? input.nameEn)!;
  // Two coordinators creating the same name at once: the loser retries with the next free slug.
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await prisma.$transaction(async (tx) => {
        const organization = await tx.organization.create({
          data: { ...input, slug: await uniqueOrganizationSlug(tx, name), source: 'MANUAL' },
        });
        await writeAudit(tx, {
          ...actor(caller.user),
          action: 'organization.create',
          entityType: 'Organization',
          entityId: organization.id,
          after: { slug: organization.slug, ...presentFields(organization, ORGANIZATION_FIELDS) },
        });
        return organization;
      });
      await requestContext().refresh();
      return { ok: true, done: 'created', id: created.id, version: created.updatedAt.toISOString() };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

export async function updateOrganizationAction(
  _previous: OrganizationActionResult | null,
  formData: FormData,
): Promise<OrganizationActionResult> {
  const caller = await authorizeAction(ROLES);
  if (!caller.ok) return caller;
  const id = organizationIdSchema.safeParse(formData.get('id'));
  if (!id.success) return { ok: false, code: 'NOT_FOUND' };
  const version = versionSchema.safeParse(formData.get('version'));
  const values = fields(formData);
  const parsed = parseOrganizationInput(values);
  if (!parsed.success || !version.success) {
    return {
      ok: false,
      code: 'INVALID',
      fieldErrors: { ...(parsed.success ? {} : parsed.fieldErrors), ...(version.success ? {} : { version: 'version' }) },
      values,
    };
  }
  const input = parsed.data;
  if (!(await municipalityExists(input.municipalityCode))) {
    return { ok: false, code: 'INVALID', fieldErrors: { municipalityCode: 'municipality' }, values };
  }
  const prisma = await getPrisma();
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: id.data } });
    if (!before) return { code: 'NOT_FOUND' as const };
    // The sync rewrites every field of an organiser it brings in, so an edit would not last.
    if (before.source !== 'MANUAL') return { code: 'SYNCED' as const };
    if (before.updatedAt.toISOString() !== new Date(version.data).toISOString()) return { code: 'CONFLICT' as const };
    const diff = changedFields(before, input, ORGANIZATION_FIELDS);
    if (diff.changed.length === 0) return { code: 'UNCHANGED' as const, version: before.updatedAt };
    const now = new Date();
    const data = Object.fromEntries(diff.changed.map((field) => [field, input[field as keyof OrganizationInput]]));
    // The version is checked again by the write itself: an edit saved since the read wins.
    const { count } = await tx.organization.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data: { ...data, updatedAt: now } });
    if (count === 0) return { code: 'CONFLICT' as const };
    await writeAudit(tx, {
      ...actor(caller.user),
      action: 'organization.update',
      entityType: 'Organization',
      entityId: before.id,
      before: diff.before,
      after: diff.after,
    });
    return { code: 'UPDATED' as const, version: now };
  });
  if (outcome.code === 'UPDATED' || outcome.code === 'UNCHANGED') {
    if (outcome.code === 'UPDATED') await requestContext().refresh();
    return {
      ok: true,
      done: outcome.code === 'UPDATED' ? 'updated' : 'unchanged',
      id: id.data,
      version: outcome.version.toISOString(),
      values: formValues(input),
    };
  }
  return { ok: false, code: outcome.code, values };
}
