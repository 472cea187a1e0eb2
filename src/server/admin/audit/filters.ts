import { dayNumber, zonedTimeToUtc } from '@/lib/schedule/occurrences';

export const AUDIT_TIME_ZONE = 'Europe/Helsinki';

export interface AuditFilters {
  entityType: string | null;
  /** One entity's history (with its type). */
  entityId: string | null;
  action: string | null;
  actor: string | null;
  /** "YYYY-MM-DD", Helsinki days, both inclusive. */
  from: string | null;
  to: string | null;
  cursor: { at: Date; id: string } | null;
}

/** Why a parameter was ignored; keys under Admin.audit.problems. */
export type AuditFilterProblem = 'from' | 'to' | 'range' | 'cursor';

const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isoDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 2000 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return value;
}

/** An opaque cursor: the last shown entry's time and id. */
export function encodeAuditCursor(entry: { at: Date; id: string }): string {
  return Buffer.from(`${entry.at.toISOString()}|${entry.id}`).toString('base64url');
}

function decodeCursor(value: string): AuditFilters['cursor'] {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !id || !UUID.test(id)) return null;
  return { at: date, id };
}

/** The audit page's URL parameters. Bad values are ignored and named, never an error page. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  problems: AuditFilterProblem[];
} {
  const problems: AuditFilterProblem[] = [];
  const entityType = first(params.entity);
  const entityId = first(params.id);
  const action = first(params.action);
  const actor = first(params.actor).slice(0, 200);
  let from: string | null = null;
  let to: string | null = null;
  if (first(params.from)) {
    from = isoDate(first(params.from));
    if (!from) problems.push('from');
  }
  if (first(params.to)) {
    to = isoDate(first(params.to));
    if (!to) problems.push('to');
  }
  if (from && to && from > to) {
    problems.push('range');
    from = to = null;
  }
  let cursor: AuditFilters['cursor'] = null;
  if (first(params.cursor)) {
    cursor = decodeCursor(first(params.cursor));
    if (!cursor) problems.push('cursor');
  }
  return {
    filters: {
      entityType: /^[A-Za-z][A-Za-z0-9_]{0,99}$/.test(entityType) ? entityType : null,
      entityId: /^[\w:.-]{1,200}$/.test(entityId) ? entityId : null,
      action: /^[a-z][a-z0-9_.]{0,99}$/i.test(action) ? action : null,
      actor: actor || null,
      from,
      to,
      cursor,
    },
    problems,
  };
}

/** The instant a Helsinki day starts. */
export function helsinkiDayStart(isoDay: string, offsetDays = 0): Date {
  return new Date(zonedTimeToUtc(dayNumber(isoDay) + offsetDays, 0, AUDIT_TIME_ZONE));
}

/** The URL query for a filter state, without the cursor unless given. */
export function auditFilterQuery(filters: AuditFilters, cursor?: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.entityType) query.entity = filters.entityType;
  if (filters.entityId) query.id = filters.entityId;
  if (filters.action) query.action = filters.action;
  if (filters.actor) query.actor = filters.actor;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (cursor) query.cursor = cursor;
  return query;
}
