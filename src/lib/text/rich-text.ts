/**
 * Descriptions are plain text (paragraphs separated by blank lines) or, from the sync, a small
 * HTML subset. Both are parsed here into a tree of plain data that components render as
 * React elements, so no stored markup ever reaches the page as HTML. Only the tags below
 * survive; anything else keeps its text and loses its markup, and links keep only
 * http(s), mailto and tel targets.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Block =
  | { type: 'paragraph' | 'heading' | 'quote'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

interface Element {
  tag: string;
  href?: string;
  children: Node[];
}
type Node = Element | string;

const KNOWN = new Set(['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote', 'div']);
const RENAMED: Record<string, string> = { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' };
const BLOCK = new Set(['p', 'h3', 'h4', 'blockquote', 'ul', 'ol', 'li', 'div']);
const DROP_WITH_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'template', 'noscript', 'svg', 'math', 'textarea']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', auml: 'ä', ouml: 'ö', aring: 'å',
  Auml: 'Ä', Ouml: 'Ö', Aring: 'Å', ndash: '–', mdash: '—', hellip: '…', euro: '€',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body] ?? match;
  });
}

/** A link target that is safe to put in href, or undefined. */
export function safeHref(raw: string): string | undefined {
  const value = decodeEntities(raw).replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^(https?:\/\/|mailto:|tel:)/i.test(value) ? value : undefined;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<[!?][^>]*>/g;

function looksLikeHtml(input: string): boolean {
  return /<\/?(p|br|strong|em|b|i|ul|ol|li|a|h[1-6]|blockquote|div)\b[^>]*>/i.test(input);
}

function parseHtmlTree(input: string): Element {
  const root: Element = { tag: 'root', children: [] };
  const stack: Element[] = [root];
  let dropTag: string | null = null;
  let dropDepth = 0;
  let last = 0;
  const pushText = (text: string) => {
    if (dropTag === null && text) stack.at(-1)!.children.push(decodeEntities(text));
  };
  for (const match of input.matchAll(TOKEN)) {
    pushText(input.slice(last, match.index));
    last = match.index + match[0].length;
    const raw = match[1]?.toLowerCase();
    if (!raw) continue;
    const closing = match[0][1] === '/';
    if (dropTag !== null) {
      if (raw === dropTag) dropDepth += closing ? -1 : 1;
      if (dropDepth === 0) dropTag = null;
      continue;
    }
    if (DROP_WITH_CONTENT.has(raw)) {
      if (!closing && !match[0].endsWith('/>')) {
        dropTag = raw;
        dropDepth = 1;
      }
      continue;
    }
    const tag = RENAMED[raw] ?? raw;
    if (!KNOWN.has(tag)) continue;
    if (tag === 'br') {
      if (!closing) stack.at(-1)!.children.push({ tag: 'br', children: [] });
      continue;
    }
    if (closing) {
      const at = stack.findLastIndex((element, i) => i > 0 && element.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: Element = { tag, children: [] };
    if (tag === 'a') {
      const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(match[2] ?? '');
      element.href = href ? safeHref(href[1] ?? href[2] ?? href[3] ?? '') : undefined;
    }
    stack.at(-1)!.children.push(element);
    stack.push(element);
  }
  pushText(input.slice(last));
  return root;
}

/** Collapses HTML whitespace and trims the ends of a run of inlines. */
function tidy(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      const text = inline.text.replace(/[ \t\r\n\f]+/g, ' ');
      const previous = out.at(-1);
      if (previous?.type === 'text') previous.text += text;
      else out.push({ type: 'text', text });
    } else if (inline.type === 'br') {
      out.push(inline);
    } else {
      const children = tidy(inline.children);
      if (children.length > 0) out.push({ ...inline, children });
    }
  }
  // Spaces next to line breaks and at the ends are not content.
  for (let i = 0; i < out.length; i++) {
    const node = out[i]!;
    if (node.type !== 'text') continue;
    if (i === 0 || out[i - 1]!.type === 'br') node.text = node.text.trimStart();
    if (i === out.length - 1 || out[i + 1]!.type === 'br') node.text = node.text.trimEnd();
  }
  const kept = out.filter((node) => node.type !== 'text' || node.text !== '');
  while (kept[0]?.type === 'br') kept.shift();
  while (kept.at(-1)?.type === 'br') kept.pop();
  return kept;
}

function toInlines(nodes: Node[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.push({ type: 'text', text: node });
      continue;
    }
    const children = toInlines(node.children);
    switch (node.tag) {
      case 'br':
        out.push({ type: 'br' });
        break;
      case 'strong':
      case 'em':
        out.push({ type: node.tag, children });
        break;
      case 'a':
        if (node.href) out.push({ type: 'link', href: node.href, children });
        else out.push(...children);
        break;
      default:
        // A block nested where only inline content fits (a list inside a quote): keep it on its own line.
        if (BLOCK.has(node.tag) && out.length > 0) out.push({ type: 'br' });
        out.push(...children);
        if (BLOCK.has(node.tag)) out.push({ type: 'br' });
    }
  }
  return out;
}

function toBlocks(nodes: Node[]): Block[] {
  const blocks: Block[] = [];
  let loose: Node[] = [];
  const flush = () => {
    const children = tidy(toInlines(loose));
    if (children.length > 0) blocks.push({ type: 'paragraph', children });
    loose = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string' || !BLOCK.has(node.tag)) {
      loose.push(node);
      continue;
    }
    flush();
    switch (node.tag) {
      case 'ul':
      case 'ol': {
        const items = node.children
          .filter((child): child is Element => typeof child !== 'string' && child.tag === 'li')
          .map((li) => tidy(toInlines(li.children)))
          .filter((item) => item.length > 0);
        if (items.length > 0) blocks.push({ type: 'list', ordered: node.tag === 'ol', items });
        break;
      }
      case 'div':
        blocks.push(...toBlocks(node.children));
        break;
      default: {
        const children = tidy(toInlines(node.children));
        if (children.length === 0) break;
        const type = node.tag === 'blockquote' ? 'quote' : node.tag === 'p' || node.tag === 'li' ? 'paragraph' : 'heading';
        blocks.push({ type, children });
      }
    }
  }
  flush();
  return blocks;
}

function parsePlainText(input: string): Block[] {
  return input
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const children: Inline[] = [];
      for (const [i, line] of paragraph.split('\n').entries()) {
        if (i > 0) children.push({ type: 'br' });
        children.push({ type: 'text', text: line.trim() });
      }
      return { type: 'paragraph' as const, children };
    });
}

/** The blocks of a description; an empty array when there is no text. */
export function parseRichText(input: string | null | undefined): Block[] {
  if (!input?.trim()) return [];
  return looksLikeHtml(input) ? toBlocks(parseHtmlTree(input).children) : parsePlainText(input);
}

/** The text alone, for meta descriptions and calendar files. */
export function richTextToPlain(input: string | null | undefined): string {
  const inlineText = (inlines: Inline[]): string =>
    inlines.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'br' ? '\n' : inlineText(inline.children))).join('');
  return parseRichText(input)
    .map((block) => (block.type === 'list' ? block.items.map((item) => `- ${inlineText(item)}`).join('\n') : inlineText(block.children)))
    .join('\n\n');
}
