import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
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
