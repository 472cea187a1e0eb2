import 'server-only';

/**
 * A small allow-list sanitiser for the limited HTML that upstream descriptions carry.
 * Everything not listed is dropped: unknown tags lose their markup but keep their text,
 * and the content of script-like elements is dropped entirely. Attributes are dropped
 * except `href` on links, which must be http(s), mailto or tel. The output is balanced.
 *
 * Upstream text is untrusted, so the work is linear in its length: one forward pass that
 * never backtracks (a tag left open at the end is dropped, as browsers do), attributes
 * read by a scanner rather than a regular expression, bounded entity names and nesting
 * depth, and at most MAX_HTML_INPUT characters read at all.
 */

/** Longer upstream text is cut before parsing (what we store is capped far below this). */
export const MAX_HTML_INPUT = 100_000;
/** Deeper nesting keeps its text but loses its markup. */
const MAX_DEPTH = 64;

const ALLOWED = new Set(['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote']);
const RENAMED: Record<string, string> = { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' };
const VOID = new Set(['br']);
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math', 'head', 'title', 'textarea', 'select']);
/** Tags whose edges separate words in plain text. */
const BLOCK = new Set(['p', 'br', 'li', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'tr', 'td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', auml: 'ä', ouml: 'ö', aring: 'å',
  Auml: 'Ä', Ouml: 'Ö', Aring: 'Å', ndash: '–', mdash: '—', hellip: '…', euro: '€',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (match, body: string) => {
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

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; name: string; closing: boolean; selfClosing: boolean; attributes: string };

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/** Text and tags in one forward pass; comments, doctypes and processing instructions vanish. */
function* tokenize(input: string): Generator<Token> {
  const n = input.length;
  let i = 0;
  while (i < n) {
    const lt = input.indexOf('<', i);
    if (lt === -1) {
      yield { kind: 'text', text: input.slice(i) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: input.slice(i, lt) };
    const next = input.charCodeAt(lt + 1);
    if (input.startsWith('<!--', lt)) {
      const end = input.indexOf('-->', lt + 4);
      if (end === -1) return;
      i = end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = input.indexOf('>', lt + 2);
      if (end === -1) return;
      i = end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = lt + (closing ? 2 : 1);
    if (!isLetter(input.charCodeAt(nameStart))) {
      yield { kind: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    let j = nameStart;
    while (j < n && isNameChar(input.charCodeAt(j))) j++;
    // Up to the '>' that is not inside a quoted attribute value.
    let k = j;
    let quote = 0;
    let previous = 0;
    for (; k < n; k++) {
      const c = input.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
      } else if ((c === 34 || c === 39) && previous === 61 /* = */) {
        quote = c;
      } else if (c === 62 /* > */) {
        break;
      }
      if (!isSpace(c)) previous = c;
    }
    if (k >= n) return; // a tag still open at the end: dropped with the rest
    const attributes = input.slice(j, k);
    yield {
      kind: 'tag',
      name: input.slice(nameStart, j).toLowerCase(),
      closing,
      selfClosing: attributes.endsWith('/'),
      attributes,
    };
    i = k + 1;
  }
}

/** The value of one attribute, read by a linear scanner. */
function attribute(attributes: string, wanted: string): string | undefined {
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(attributes.charCodeAt(i)) || attributes[i] === '/')) i++;
    const start = i;
    while (i < n && !isSpace(attributes.charCodeAt(i)) && attributes[i] !== '=' && attributes[i] !== '/') i++;
    const name = attributes.slice(start, i).toLowerCase();
    while (i < n && isSpace(attributes.charCodeAt(i))) i++;
    let value = '';
    if (attributes[i] === '=') {
      i++;
      while (i < n && isSpace(attributes.charCodeAt(i))) i++;
      const quote = attributes[i];
      if (quote === '"' || quote === "'") {
        const end = attributes.indexOf(quote, i + 1);
        value = attributes.slice(i + 1, end === -1 ? n : end);
        i = end === -1 ? n : end + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(attributes.charCodeAt(i))) i++;
        value = attributes.slice(valueStart, i);
      }
    }
    if (name === wanted) return value;
    if (i === start) i++; // nothing consumed (a stray character): move on
  }
  return undefined;
}

const capped = (input: string) => (input.length > MAX_HTML_INPUT ? input.slice(0, MAX_HTML_INPUT) : input);

/** Sanitised HTML, or null when nothing but whitespace remains. */
export function sanitizeHtml(input: string | null | undefined): string | null {
  if (!input) return null;
  let out = '';
  const open: string[] = [];
  let dropTag = '';
  let dropDepth = 0;
  for (const token of tokenize(capped(input))) {
    if (token.kind === 'text') {
      if (dropDepth === 0) out += escapeText(decodeEntities(token.text));
      continue;
    }
    const { name: rawName, closing } = token;
    if (dropDepth > 0) {
      if (rawName === dropTag) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (DROP_WITH_CONTENT.has(rawName)) {
      if (!closing && !token.selfClosing) {
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
    if (open.length >= MAX_DEPTH) continue;
    if (name === 'a') {
      const raw = attribute(token.attributes, 'href');
      const href = raw === undefined ? undefined : safeHref(raw);
      out += href ? `<a href="${escapeAttribute(href)}" rel="noopener noreferrer nofollow">` : '<a>';
    } else {
      out += `<${name}>`;
    }
    open.push(name);
  }
  while (open.length > 0) out += `</${open.pop()}>`;
  const trimmed = out.trim();
  return htmlToText(trimmed) ? trimmed : null;
}

/** Plain text of (possibly HTML) input: tags removed, entities decoded, whitespace collapsed. */
export function htmlToText(input: string | null | undefined): string | null {
  if (!input) return null;
  const parts: string[] = [];
  let dropTag = '';
  let dropDepth = 0;
  for (const token of tokenize(capped(input))) {
    if (token.kind === 'text') {
      if (dropDepth === 0) parts.push(token.text);
    } else if (dropDepth > 0) {
      if (token.name === dropTag) dropDepth += token.closing ? -1 : 1;
    } else if (DROP_WITH_CONTENT.has(token.name)) {
      if (!token.closing && !token.selfClosing) {
        dropDepth = 1;
        dropTag = token.name;
      }
      parts.push(' ');
    } else if (BLOCK.has(token.name)) {
      parts.push(' ');
    }
  }
  const text = decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
