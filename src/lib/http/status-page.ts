import fi from '../../../messages/fi.json';
import sv from '../../../messages/sv.json';
import { escapeHtml } from '@/lib/api/docs-html';

export type StatusPageKind = 'badRequest' | 'forbidden' | 'tooLarge' | 'notFound' | 'unavailable';
export type StatusPageLocale = 'fi' | 'sv' | 'en';

interface Texts {
  title: string;
  text: string;
}

// English only for the clients' referral pages under /en (the UI has no English messages).
const ENGLISH: Record<StatusPageKind, Texts> & { homeLink: string; tryAgain: string } = {
  badRequest: { title: 'The address or form is not valid', text: 'The request could not be handled because the address or the data sent has an error.' },
  forbidden: { title: 'The form could not be sent', text: "Forms can only be sent from Polku's own pages. Open the page again and retry." },
  tooLarge: { title: 'The data sent is too large', text: 'The form held more data than it can send. Shorten the text and try again.' },
  notFound: { title: 'Page not found', text: 'The page you are looking for does not exist or has moved.' },
  unavailable: { title: 'The service is not available right now', text: 'Polku cannot reach its database right now. It is not your fault. Please try again in a moment.' },
  homeLink: 'Go to the front page',
  tryAgain: 'Try again',
};

function textsFor(locale: StatusPageLocale, kind: StatusPageKind): Texts & { homeLink: string; tryAgain: string } {
  if (locale === 'en') return { ...ENGLISH[kind], homeLink: ENGLISH.homeLink, tryAgain: ENGLISH.tryAgain };
  const messages = locale === 'sv' ? sv : fi;
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
  const home = options.locale === 'en' ? '/fi' : `/${options.locale}`;
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

/** The status page's language from the request path: /sv/… Swedish, /en/… English, else Finnish. */
export function statusPageLocale(pathname: string): StatusPageLocale {
  const first = pathname.split('/')[1];
  return first === 'sv' || first === 'en' ? first : 'fi';
}
