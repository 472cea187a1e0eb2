/**
 * Content-Security-Policy of the HTML pages. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts when it finds it in the request's CSP header);
 * 'strict-dynamic' lets those scripts load the app's chunks. Styles allow inline attributes,
 * which React and next/font write; no script is ever allowed inline without the nonce.
 */
export function pageCsp(nonce: string, options: { development?: boolean; tileOrigin?: string | null } = {}): string {
  return [
    "default-src 'self'",
    // Next's development runtime evaluates code (React's call stacks); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Map tiles come from the configured tile server (MAP_TILE_URL).
    `img-src 'self' data: blob:${options.tileOrigin ? ` ${options.tileOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The CSP source of a map tile URL template (MAP_TILE_URL): its scheme and host, a `{s}`
 * subdomain as a wildcard. "none" (no map tiles) or anything unparsable gives null.
 */
export function tileOrigin(template: string | undefined = process.env.MAP_TILE_URL): string | null {
  const value = (template ?? '').trim() || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const match = /^(https?):\/\/([^/?#]+)/i.exec(value);
  if (!match) return null;
  const host = match[2]!.toLowerCase().replace(/^\{s\}\./, '*.');
  // Anything else in the host would make an invalid or over-broad source.
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/.test(host)) return null;
  return `${match[1]!.toLowerCase()}://${host}`;
}

/** API answers are data: nothing in them may run, and no site may frame them. */
export const API_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Two years, the preload list's minimum; only sent by production builds (see next.config.ts). */
export const HSTS = 'max-age=63072000; includeSubDomains';

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
