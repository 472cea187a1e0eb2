import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { writeAudit } from '@/server/auth/users';
import { changedFields, presentFields } from '@/server/admin/audit/diff';
import type { Actor } from '@/server/admin/action';
import { ORGANIZATION_FIELDS, type OrganizationInput } from './schemas';
import { slugify } from '@/lib/slug';

type Tx = Prisma.TransactionClient;

/** A slug from the name that no organisation has yet: "name", else "name-2", "name-3", … */
export async function uniqueOrganizationSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name, 60) || 'jarjestaja';
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomBytes(4).toString('hex')}`;
}

/** Whether a Prisma error is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

/** Creates a manual organiser; two coordinators creating the same name at once get two slugs. */
export async function createOrganization(
  prisma: PrismaClient,
  actor: Actor,
  input: OrganizationInput,
): Promise<{ id: string; version: Date }> {
  const name = (input.nameFi ?? input.nameSv ?? input.nameEn)!;
  // The loser of a race for a slug retries with the next free one.
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const organization = await tx.organization.create({
          data: { ...input, slug: await uniqueOrganizationSlug(tx, name), source: 'MANUAL' },
        });
        await writeAudit(tx, {
          ...actor,
          action: 'organization.create',
          entityType: 'Organization',
          entityId: organization.id,
          after: { slug: organization.slug, ...presentFields(organization, ORGANIZATION_FIELDS) },
        });
        return { id: organization.id, version: organization.updatedAt };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

export type OrganizationUpdateOutcome =
  | { code: 'NOT_FOUND' | 'SYNCED' | 'CONFLICT' }
  | { code: 'UPDATED' | 'UNCHANGED'; version: Date };

/** Saves a manual organiser's fields if nobody saved it since `version` (its updatedAt). */
export async function updateOrganization(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  version: string,
  input: OrganizationInput,
): Promise<OrganizationUpdateOutcome> {
  return prisma.$transaction(async (tx): Promise<OrganizationUpdateOutcome> => {
    const before = await tx.organization.findUnique({ where: { id } });
    if (!before) return { code: 'NOT_FOUND' };
    // The sync rewrites every field of an organiser it brings in, so an edit would not last.
    if (before.source !== 'MANUAL') return { code: 'SYNCED' };
    if (before.updatedAt.toISOString() !== new Date(version).toISOString()) return { code: 'CONFLICT' };
    const diff = changedFields(before, input, ORGANIZATION_FIELDS);
    if (diff.changed.length === 0) return { code: 'UNCHANGED', version: before.updatedAt };
    const now = new Date();
    const data = Object.fromEntries(diff.changed.map((field) => [field, input[field as keyof OrganizationInput]]));
    // The version is checked again by the write itself: an edit saved since the read wins.
    const { count } = await tx.organization.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data: { ...data, updatedAt: now } });
    if (count === 0) return { code: 'CONFLICT' };
    await writeAudit(tx, {
      ...actor,
      action: 'organization.update',
      entityType: 'Organization',
      entityId: before.id,
      before: diff.before,
      after: diff.after,
    });
    return { code: 'UPDATED', version: now };
  });
}
