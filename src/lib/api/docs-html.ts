/** A self-contained, script-free HTML reference rendered from the OpenAPI document. */
import type { OpenApiDocument } from './openapi';

type Json = Record<string, unknown>;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `code` spans from the Markdown-ish backticks used in descriptions. */
function prose(text: unknown): string {
  return typeof text === 'string' ? escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>') : '';
}

const anchor = (value: string) => value.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

/** A short type label: "string (date)", "array of Activity", "integer 1–100". */
function typeLabel(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return schema.$ref.startsWith('#/components/schemas/')
      ? `<a href="#schema-${anchor(name)}">${escapeHtml(name)}</a>`
      : `<a href="${escapeHtml(schema.$ref)}">${escapeHtml(name)}</a>`;
  }
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options) return options.map(typeLabel).join(' or ');
  if (schema.allOf) return (schema.allOf as Json[]).map(typeLabel).join(' and ') + (schema.properties ? ' with contents' : '');
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(', ')}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type ?? 'any');
  if (type === 'array') return `array of ${typeLabel(schema.items as Json)}`;
  const details = [
    schema.format,
    schema.minimum !== undefined && schema.maximum !== undefined ? `${schema.minimum}–${schema.maximum}` : undefined,
    schema.maxLength !== undefined ? `max ${schema.maxLength} characters` : undefined,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : undefined,
  ].filter(Boolean);
  return escapeHtml(details.length ? `${type} (${details.join(', ')})` : type);
}

function parametersTable(parameters: Json[]): string {
  if (parameters.length === 0) return '<p>No parameters.</p>';
  const rows = parameters
    .map(
      (p) =>
        `<tr><th scope="row"><code>${escapeHtml(String(p.name))}</code></th><td>${escapeHtml(String(p.in))}${
          p.required ? ', required' : ''
        }</td><td>${typeLabel(p.schema as Json)}</td><td>${prose(p.description)}</td></tr>`,
    )
    .join('');
  return `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function responsesList(responses: Record<string, Json>): string {
  const items = Object.entries(responses).map(([status, response]) => {
    const content = Object.entries((response.content ?? {}) as Record<string, { schema?: Json }>)
      .map(([type, media]) => `<code>${escapeHtml(type)}</code>: ${typeLabel(media.schema)}`)
      .join('; ');
    return `<li><strong>${escapeHtml(status)}</strong> ${prose(response.description)}${content ? ` — ${content}` : ''}</li>`;
  });
  return `<h4>Responses</h4><ul>${items.join('')}</ul>`;
}

function schemaSection(name: string, schema: Json): string {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties)
    .map(
      ([property, value]) =>
        `<tr><th scope="row"><code>${escapeHtml(property)}</code></th><td>${typeLabel(value)}${
          required.has(property) ? '' : ' (optional)'
        }</td><td>${prose(value.description)}</td></tr>`,
    )
    .join('');
  const body = rows
    ? `<table><caption>${escapeHtml(name)} fields</caption><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${typeLabel(schema)}</p>`;
  return `<section aria-labelledby="schema-${anchor(name)}"><h3 id="schema-${anchor(name)}">${escapeHtml(name)}</h3>${
    schema.description ? `<p>${prose(schema.description)}</p>` : ''
  }${body}</section>`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
a{color:#004f9f}a:focus{outline:3px solid #f5a623}section{margin-bottom:1.5rem}
.method{font-family:ui-monospace,monospace;font-weight:700;color:#0a6a2f}`;

export function renderDocsPage(document: OpenApiDocument): string {
  const paths = Object.entries(document.paths as Record<string, Record<string, Json>>);
  const toc = paths
    .map(([path]) => `<li><a href="#op-${anchor(path)}"><code>${escapeHtml(path)}</code></a></li>`)
    .join('');
  const operations = paths
    .map(([path, methods]) =>
      Object.entries(methods)
        .map(
          ([method, op]) =>
            `<section aria-labelledby="op-${anchor(path)}"><h3 id="op-${anchor(path)}"><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(
              path,
            )}</code></h3><p><strong>${prose(op.summary)}.</strong> ${prose(op.description)}</p>${parametersTable(
              (op.parameters ?? []) as Json[],
            )}${responsesList(op.responses as Record<string, Json>)}</section>`,
        )
        .join(''),
    )
    .join('');
  const schemas = Object.entries(document.components.schemas)
    .map(([name, schema]) => schemaSection(name, schema))
    .join('');
  const problems = `<section aria-labelledby="problems"><h2 id="problems">Problem types</h2><dl>
<dt id="problem-invalid-request">Invalid request (400)</dt><dd>A parameter is unknown, of the wrong type, out of range, or a cursor is malformed or from another query. <code>errors</code> lists each parameter and what is wrong.</dd>
<dt id="problem-not-found">Not found (404)</dt><dd>Nothing public has this id or slug.</dd>
<dt id="problem-rate-limited">Too many requests (429)</dt><dd>Wait the number of seconds in <code>Retry-After</code>.</dd>
<dt id="problem-server-error">Server error (500)</dt><dd>Something failed on our side; try again later.</dd>
<dt id="problem-unavailable">Service unavailable (503)</dt><dd>The database does not answer at the moment; wait the number of seconds in <code>Retry-After</code>.</dd></dl></section>`;
  const hsds = `<section aria-labelledby="hsds"><h2 id="hsds">HSDS profile</h2>
<p>The <code>/api/hsds</code> endpoints follow Open Referral's HSDS 3.0 API (levels 1 and 2) without a profile of their own. Polku-specific choices:</p><ul>
<li>Each HSDS object holds one language: <code>locale</code> chooses Finnish (default), Swedish or English.</li>
<li>A service-at-location is one place or online address of an activity; its location (physical or virtual) is also listed in <code>/api/hsds/locations</code>.</li>
<li>Schedules appear once on the service (<code>service_id</code>) and, for schedules bound to a place, again in the service-at-location with ids of their own and <code>service_at_location_id</code>.</li>
<li>The taxonomies are flat: <code>top_only=true</code> keeps every term, <code>parent_id</code> matches none. <code>proximity</code> is accepted and ignored.</li>
<li><code>modified_after</code> takes a date or a date-time; without an offset it is UTC. <code>format=ndjson</code> streams every item without paging.</li></ul></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} – reference</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${prose(document.info.description)}</p><p>Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>.</p></header>
<main><nav aria-labelledby="toc"><h2 id="toc">Endpoints</h2><ul>${toc}</ul></nav>
<section aria-labelledby="endpoints"><h2 id="endpoints">Endpoint reference</h2>${operations}</section>
<section aria-labelledby="schemas"><h2 id="schemas">Response schemas</h2>${schemas}</section>${hsds}${problems}</main></body></html>`;
}
