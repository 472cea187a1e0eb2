import 'server-only';

/**
 * A small allow-list sanitiser for the limited HTML that upstream descriptions carry.
 * Everything not listed is dropped: unknown tags lose their markup but keep their text,
 * and the content of script-like elements is dropped entirely. Attributes are dropped
 * except `href` on links, which must be http(s), mailto or tel. The output is balanced.
 */

const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote']);
const RENAMED: Record<string, string> = { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' };
const VOID = new Set(['br']);
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'head', 'title', 'textarea', 'select']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', auml: 'ä', ouml: 'ö', aring: 'å',
  Auml: 'Ä', Ouml: 'Ö', Aring: 'Å', ndash: '–', mdash: '—', hellip: '…', euro: '€',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body] ?? match;
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function safeHref(raw: string): string | undefined {
  // Control characters and whitespace inside a scheme are a classic filter bypass.
  const value = decodeEntities(raw).replace(/[\u0000-\u0020\u007f]+/g, '');
  if (/^(https?:\/\/|mailto:|tel:)/i.test(value)) return value;
  return undefined;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>/g;

/** Sanitised HTML, or null when nothing but whitespace remains. */
export function sanitizeHtml(input: string | null | undefined): string | null {
  if (!input) return null;
  let out = '';
  const open: string[] = [];
  let dropDepth = 0;
  let dropTag = '';
  let last = 0;
  for (const match of input.matchAll(TOKEN)) {
    const text = input.slice(last, match.index);
    last = match.index + match[0].length;
    if (dropDepth === 0) out += escapeText(decodeEntities(text));
    const rawName = match[1]?.toLowerCase();
    if (!rawName) continue; // comment, doctype, processing instruction
    const closing = match[0][1] === '/';
    if (dropDepth > 0) {
      if (rawName === dropTag) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (DROP_WITH_CONTENT.has(rawName)) {
      if (!closing && !match[0].endsWith('/>')) {
        dropDepth = 1;
        dropTag = rawName;
      }
      continue;
    }
    const name = RENAMED[rawName] ?? rawName;
    if (!ALLOWED.has(name)) continue;
    if (VOID.has(name)) {
      if (!closing) out += `<${name}>`;
      continue;
    }
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out += `</${open.pop()}>`;
      continue;
    }
    // An unclosed <li> or <p> ends where the next one starts, as in the HTML parser.
    if ((name === 'li' || name === 'p') && open.at(-1) === name) out += `</${open.pop()}>`;
    if (name === 'a') {
      const hrefMatch = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(match[2] ?? '');
      const href = hrefMatch ? safeHref(hrefMatch[1] ?? hrefMatch[2] ?? hrefMatch[3] ?? '') : undefined;
      out += href ? `<a href="${escapeAttribute(href)}" rel="noopener noreferrer nofollow">` : '<a>';
    } else {
      out += `<${name}>`;
    }
    open.push(name);
  }
  if (dropDepth === 0) out += escapeText(decodeEntities(input.slice(last)));
  while (open.length > 0) out += `</${open.pop()}>`;
  const trimmed = out.trim();
  return htmlToText(trimmed) ? trimmed : null;
}

/** Plain text of (possibly HTML) input: tags removed, entities decoded, whitespace collapsed. */
export function htmlToText(input: string | null | undefined): string | null {
  if (!input) return null;
  const withoutDropped = input.replace(
    /<(script|style|iframe|object|template|noscript|svg|math|textarea)\b[\s\S]*?<\/\1\s*>/gi,
    ' ',
  );
  const text = decodeEntities(
    withoutDropped.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\/?(p|br|li|div|h\d)\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}
