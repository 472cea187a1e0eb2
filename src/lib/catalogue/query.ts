/** URL search params as the query object that next-intl's links and router take. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/**
 * A submitted search form as search params: empty fields left out, and the date range's
 * days only when the range is chosen, so the URL holds just what the visitor chose.
 */
export function formQuery(entries: Iterable<[string, FormDataEntryValue]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed) params.append(key, trimmed);
  }
  const date = params.get('date');
  if (date && date !== 'range') {
    params.delete('from');
    params.delete('to');
  }
  if (params.get('sort') === 'relevance') params.delete('sort');
  // "Nearest first" without a place (just cleared) means the default order.
  if (params.get('sort') === 'nearest' && !params.has('near')) params.delete('sort');
  return params;
}
