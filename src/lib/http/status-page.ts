import en from '../../../messages/en.json';
import fi from '../../../messages/fi.json';
import sv from '../../../messages/sv.json';
import { escapeHtml } from '@/lib/api/docs-html';

export type StatusPageKind = 'badRequest' | 'forbidden' | 'tooLarge' | 'notFound' | 'unavailable';
export type StatusPageLocale = 'fi' | 'sv' | 'en';

interface Texts {
  title: string;
  text: string;
}

const MESSAGES = { fi, sv, en };

function textsFor(locale: StatusPageLocale, kind: StatusPageKind): Texts & { homeLink: string; tryAgain: string } {
  const messages = MESSAGES[locale];
  const page = kind === 'notFound' ? messages.NotFound : messages.StatusPage[kind];
  return { title: page.title, text: page.text, homeLink: messages.NotFound.homeLink, tryAgain: messages.StatusPage.tryAgain };
}

const STYLE = `body{margin:0;font:18px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:4rem 1rem}h1{font-size:1.9rem;line-height:1.2;margin:0 0 1rem}
a{color:#004f9f;font-weight:600}a:focus{outline:3px solid #f5a623;outline-offset:2px}ul{padding:0;list-style:none;display:flex;gap:1.5rem;flex-wrap:wrap}`;

/**
 * A complete, server-rendered page for answers the proxy gives itself (bad input, unknown
 * pages, outages): readable without JavaScript, in the page's language, no scripts.
 */
export function renderStatusPage(options: { kind: StatusPageKind; locale: StatusPageLocale; nonce: string; retryHref?: string }): string {
  const t = textsFor(options.locale, options.kind);
  const home = `/${options.locale}`;
  const links = [
    options.retryHref ? `<li><a href="${escapeHtml(options.retryHref)}">${escapeHtml(t.tryAgain)}</a></li>` : '',
    `<li><a href="${home}">${escapeHtml(t.homeLink)}</a></li>`,
  ].join('');
  return `<!doctype html><html lang="${options.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(
    t.title,
  )} – Polku</title><style nonce="${options.nonce}">${STYLE}</style></head><body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(
    t.text,
  )}</p><ul>${links}</ul></main></body></html>`;
}

/** The status page's language from the request path's locale prefix, else Finnish. */
export function statusPageLocale(pathname: string): StatusPageLocale {
  const first = pathname.split('/')[1];
  return first === 'sv' || first === 'en' ? first : 'fi';
}
