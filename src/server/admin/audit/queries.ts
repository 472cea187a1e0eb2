import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma, getSql } from '@/server/db';
import { encodeAuditCursor, helsinkiDayStart, type AuditFilters } from './filters';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEntryView {
  id: string;
  at: Date;
  actorLabel: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Cursor of the next (older) page, or null on the last page. */
  next: string | null;
}

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  if (filters.action) {
    // "organization" matches every organization.* action; "organization.update" only itself.
    and.push(filters.action.includes('.') ? { action: filters.action } : { action: { startsWith: `${filters.action}.` } });
  }
  if (filters.actor) {
    and.push({
      OR: [
        { actorLabel: { contains: filters.actor, mode: 'insensitive' } },
        { actor: { name: { contains: filters.actor, mode: 'insensitive' } } },
      ],
    });
  }
  if (filters.from) and.push({ at: { gte: helsinkiDayStart(filters.from) } });
  if (filters.to) and.push({ at: { lt: helsinkiDayStart(filters.to, 1) } });
  if (filters.cursor) {
    const { at, id } = filters.cursor;
    and.push({ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] });
  }
  return { AND: and };
}

/** Newest first. Callers are admin pages, which have checked the role already. */
export async function listAuditEntries(filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const prisma = await getPrisma();
  const rows = await prisma.auditLog.findMany({
    where: auditWhere(filters),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: pageSize + 1,
    select: {
      id: true,
      at: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  const entries = rows.slice(0, pageSize).map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
  const last = entries.at(-1);
  return { entries, next: rows.length > pageSize && last ? encodeAuditCursor(last) : null };
}

/** The entity types and actions that occur, for the filter menus. */
export async function auditFilterChoices(): Promise<{ entityTypes: string[]; actions: string[] }> {
  const sql = await getSql();
  const [entityTypes, actions] = await Promise.all([
    sql.query<{ value: string }>(`SELECT DISTINCT "entityType" AS value FROM "AuditLog" ORDER BY 1`),
    sql.query<{ value: string }>(`SELECT DISTINCT action AS value FROM "AuditLog" ORDER BY 1`),
  ]);
  return { entityTypes: entityTypes.map((r) => r.value), actions: actions.map((r) => r.value) };
}
