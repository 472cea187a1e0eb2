/**
 * Checks the proxy runs before Next.js sees a request, for input that Next's own layers
 * (routing, server-action decoding) would otherwise answer with a 500. Pure functions of the
 * request's parts, so they are unit-tested without a server.
 */

/** Server-action bodies above this are refused (Next's own limit, which answers 500). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type RequestKind = 'api' | 'embed' | 'page';

export function requestKind(pathname: string): RequestKind {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname === '/embed' || pathname.startsWith('/embed/')) return 'embed';
  return 'page';
}

export type Rejection = { status: 400 | 403 | 413; reason: string };

/**
 * A path that cannot be decoded (a stray `%`, overlong or invalid UTF-8) or holds a control
 * character, or a query with a NUL byte, which PostgreSQL text cannot store.
 */
export function checkUrl(rawPathAndQuery: string): Rejection | null {
  const [path = '', query = ''] = splitOnce(rawPathAndQuery, '?');
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    return { status: 400, reason: 'The address is not valid percent-encoded UTF-8.' };
  }
  if (/[\u0000-\u001f\u007f]/.test(decodedPath)) return { status: 400, reason: 'The address contains a control character.' };
  // No page, slug or id has a percent sign; locale routing would rewrite it into a path Next
  // can no longer decode.
  if (decodedPath.includes('%')) return { status: 400, reason: 'The address contains a percent sign.' };
  // A stray `%` in the query is tolerated (it reads as itself, as URLSearchParams does); a NUL
  // byte is not, since PostgreSQL text cannot hold it.
  if (/%00/i.test(query)) return { status: 400, reason: 'The query string contains a NUL byte.' };
  // Escapes that decode to invalid UTF-8 (`%FF`, a cut-off `%E2%82`): Next passes them on as
  // U+FFFD, and building a redirect or a query from the value failed (500).
  try {
    decodeURIComponent(query.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    return { status: 400, reason: 'The query string is not valid percent-encoded UTF-8.' };
  }
  return null;
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

export interface ActionRequest {
  origin: string | null;
  /** The host the client addressed: X-Forwarded-Host if a proxy set it, else Host. */
  host: string | null;
  contentType: string | null;
  contentLength: string | null;
  /** The Next-Action header; null for a form posted without JavaScript. */
  actionId: string | null;
}

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded'];

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Whether Next.js would treat a POST to a page as a server-action call: one with a Next-Action
 * header (from JavaScript), or a form post (a form submitted before or without JavaScript).
 */
export function isPossibleAction(method: string, actionId: string | null, contentType: string | null): boolean {
  return method === 'POST' && (actionId !== null || FORM_TYPES.includes(mediaType(contentType)));
}

/**
 * The parts of a server-action POST (or a form post) that can be judged from its headers: a
 * foreign or opaque Origin (cross-site request forgery), an oversize body, an action id or
 * content type that no action of ours produces.
 */
export function checkActionHeaders(action: ActionRequest): Rejection | null {
  if (action.origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(action.origin).host;
    } catch {
      originHost = null;
    }
    if (!originHost || !action.host || originHost.toLowerCase() !== action.host.toLowerCase()) {
      return { status: 403, reason: 'Forms may only be sent from this site.' };
    }
  }
  if (action.contentLength !== null) {
    const length = Number(action.contentLength);
    if (!Number.isSafeInteger(length) || length < 0) return { status: 400, reason: 'The Content-Length header is invalid.' };
    if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: 'The form is too large.' };
  }
  const type = mediaType(action.contentType);
  if (action.actionId === null) return FORM_TYPES.includes(type) ? null : { status: 400, reason: 'The form could not be read.' };
  if (!/^[0-9a-f]{1,128}$/i.test(action.actionId)) return { status: 400, reason: 'The form action is unknown.' };
  if (type !== 'multipart/form-data' && type !== 'text/plain') return { status: 400, reason: 'The form could not be read.' };
  return null;
}

// Values React writes inline in a reply (no separate part): escaped "$", dates, bigints,
// undefined and the special numbers.
const INLINE_REFERENCE = /^\$(\$|D|n-?\d{1,300}$|u$|Infinity$|-Infinity$|NaN$|-0$)/;
// A reference to another part of a multipart reply: type letter(s), then the part's hex id.
const PART_REFERENCE = /^\$([A-Za-z@])([0-9a-f]+)(:.*)?$/;
const MAX_DEPTH = 64;

/**
 * Whether every "$" reference in a decoded reply resolves: React's decoder waits for a part
 * that never comes ("Connection closed", a 500) or throws for a malformed one. Form data
 * (`$K`) collects matching fields and needs none; other references need their part.
 */
function referencesResolve(value: unknown, hasPart: (id: string) => boolean, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === 'string') {
    if (!value.startsWith('$') || INLINE_REFERENCE.test(value)) return true;
    const reference = PART_REFERENCE.exec(value);
    if (!reference) return false;
    return reference[1] === 'K' || hasPart(String(Number.parseInt(reference[2]!, 16)));
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, hasPart, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).every((item) => referencesResolve(item, hasPart, depth + 1));
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Whether a server-action body can be decoded the way Next decodes it: `text/plain` bodies
 * are React's JSON reply format (an argument array), multipart bodies must parse as form
 * data whose JSON parts reference only parts that exist (with a root part "0" for a call from
 * JavaScript), URL-encoded form posts must be UTF-8.
 */
export async function checkActionBody(body: ArrayBuffer, contentType: string, calledFromScript = false): Promise<Rejection | null> {
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: 'The form is too large.' };
  const unreadable: Rejection = { status: 400, reason: 'The form could not be read.' };
  const type = mediaType(contentType);
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
    } catch {
      return unreadable;
    }
    const hasPart = (id: string) => form.has(id);
    // A call from JavaScript (Next-Action header) decodes field "0" as the arguments; without
    // it React waits for a part that never comes and Next answers 500.
    if (calledFromScript && !form.has('0')) return unreadable;
    // Field "0" is the reply's root when JavaScript called the action; a form posted without
    // JavaScript has $ACTION_* fields instead, which Next reads itself.
    for (const [name, part] of form) {
      if (!/^\d+$/.test(name) || typeof part !== 'string') continue;
      const parsed = parseJson(part);
      if (!parsed.ok) {
        if (name === '0') return unreadable;
        continue;
      }
      if (!referencesResolve(parsed.value, hasPart)) return unreadable;
    }
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return unreadable;
  }
  if (type === 'application/x-www-form-urlencoded') return null;
  const parsed = parseJson(text);
  if (!parsed.ok || !Array.isArray(parsed.value)) return unreadable;
  return referencesResolve(parsed.value, () => false) ? null : unreadable;
}
