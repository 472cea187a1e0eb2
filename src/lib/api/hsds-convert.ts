/**
 * Converts Open Referral's HSDS 3.0 JSON schemas into OpenAPI 3.1 schema objects: keeps the
 * JSON Schema keywords, drops the data-package annotations (`constraints`, `core`,
 * `datapackage_metadata`, `example`…) that are not schema keywords, and turns the references
 * between files (`"attribute.json"`) into component references.
 */
type Schema = Record<string, unknown>;

const KEEP = new Set(['type', 'title', 'description', 'properties', 'items', 'required', 'enum', 'format', 'minimum', 'maximum', '$ref']);
/** Formats OpenAPI tools know; HSDS also has `csv` (the file format) and a misspelt `datetime`. */
const FORMATS: Record<string, string> = { uuid: 'uuid', uri: 'uri', email: 'email', date: 'date', 'date-time': 'date-time', datetime: 'date-time' };

/** `attribute.json` → `HsdsAttribute`; `compiled/service_list.json` (one list item) → `HsdsServiceListItem`. */
export const componentName = (file: string) =>
  `Hsds${file
    .replace(/\.json$/, '')
    .replace(/^compiled\/(.*)_list$/, '$1_list_item')
    .split('_')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')}`;

function convert(node: unknown, refs: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, refs));
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node as Schema)) {
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([name, child]) => [name, convert(child, refs)]));
    } else if (key === '$ref') {
      refs.add(value as string);
      out.$ref = `#/components/schemas/${componentName(value as string)}`;
    } else if (key === 'format') {
      if (FORMATS[value as string]) out.format = FORMATS[value as string];
    } else if (KEEP.has(key)) {
      out[key] = key === 'items' ? convert(value, refs) : value;
    }
  }
  return out;
}

/**
 * The components for `roots` and every schema they reference, by component name;
 * `read` gives a schema file by its name (e.g. "service.json", "compiled/service_list.json").
 */
export function hsdsComponents(roots: readonly string[], read: (file: string) => Schema): Record<string, Schema> {
  const components: Record<string, Schema> = {};
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const name = componentName(file);
    if (components[name]) continue;
    const refs = new Set<string>();
    components[name] = convert(read(file), refs) as Schema;
    queue.push(...refs);
  }
  return Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)));
}

/** The HSDS schemas the API's responses use. */
export const HSDS_ROOTS = [
  'service.json',
  'organization.json',
  'service_at_location.json',
  'location.json',
  'taxonomy.json',
  'taxonomy_term.json',
  'compiled/service_list.json',
  'compiled/organization_list.json',
  'compiled/service_at_location_list.json',
] as const;
