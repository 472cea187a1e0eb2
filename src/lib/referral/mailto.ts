/** A `mailto:` link with the recipient left empty: the professional's own mail program sends it. */
export function buildMailtoHref(subject: string, body: string): string {
  // encodeURIComponent, not URLSearchParams: mail programs read "+" literally, not as a space.
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
