/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so that no text in
 * the data can close the script element; `>`, `&` and the JavaScript line separators too,
 * for good measure. The result is still the same JSON to any parser.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
