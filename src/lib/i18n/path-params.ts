export type RouteParams = Record<string, string | string[]>;

/**
 * The params of a concrete pathname under a route template such as `/toiminta/[slug]`
 * (also `[...rest]` and `[[...rest]]`), or null when the pathname does not fit the template.
 * Values are URI-decoded, ready to be encoded again by the link builder.
 */
export function extractRouteParams(template: string, pathname: string): RouteParams | null {
  const templateSegments = template.split('/').filter(Boolean);
  const pathSegments = pathname.split('/').filter(Boolean);
  const params: RouteParams = {};

  for (const [index, segment] of templateSegments.entries()) {
    const catchAll = /^\[(\[)?\.\.\.(\w+)\]\]?$/.exec(segment);
    if (catchAll) {
      const rest = pathSegments.slice(index).map(safeDecode);
      const optional = catchAll[1] === '[';
      if (rest.length === 0 && !optional) return null;
      if (rest.length > 0) params[catchAll[2]!] = rest;
      return params;
    }
    const value = pathSegments[index];
    if (value === undefined) return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]!] = safeDecode(value);
    else if (segment !== safeDecode(value)) return null;
  }
  return pathSegments.length === templateSegments.length ? params : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The concrete pathname of a route template with the given params, encoded the way
 * next-intl's getPathname encodes it; null when a required param is missing.
 */
export function fillRouteTemplate(template: string, params: RouteParams): string | null {
  const segments: string[] = [];
  for (const segment of template.split('/').filter(Boolean)) {
    const catchAll = /^\[(\[)?\.\.\.(\w+)\]\]?$/.exec(segment);
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (catchAll) {
      const value = params[catchAll[2]!];
      const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (values.length === 0 && catchAll[1] !== '[') return null;
      segments.push(...values);
    } else if (dynamic) {
      const value = params[dynamic[1]!];
      if (typeof value !== 'string') return null;
      segments.push(value);
    } else {
      segments.push(segment);
    }
  }
  return new URL(`/${segments.join('/')}`, 'http://l').pathname;
}
