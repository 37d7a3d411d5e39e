import type { OpenAPIV3 } from 'openapi-types';

// The API reference as plain HTML from the OpenAPI document: no script, no inline style, no
// third-party asset (the CSP forbids them), every value escaped.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Schema = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;

const isRef = (x: unknown): x is OpenAPIV3.ReferenceObject =>
  typeof x === 'object' && x !== null && '$ref' in x;
const refName = (ref: OpenAPIV3.ReferenceObject): string => ref.$ref.split('/').pop() ?? ref.$ref;

/** A schema in a few words: `string, one of: a, b`, `array of PointSummary`. */
export function describeSchema(schema: Schema | undefined): string {
  if (!schema) return '';
  if (isRef(schema)) return refName(schema);
  const parts: string[] = [];
  if (schema.type === 'array') parts.push(`array of ${describeSchema(schema.items)}`);
  else if (schema.type) parts.push(schema.type);
  else if (schema.anyOf ?? schema.oneOf) {
    parts.push((schema.anyOf ?? schema.oneOf ?? []).map(describeSchema).join(' or '));
  }
  if (schema.enum) parts.push(`one of: ${schema.enum.map(String).join(', ')}`);
  const chars = (n: number): string => `${n} character${n === 1 ? '' : 's'}`;
  if (schema.minLength !== undefined) parts.push(`at least ${chars(schema.minLength)}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${chars(schema.maxLength)}`);
  if (schema.pattern) parts.push(`pattern ${schema.pattern}`);
  return parts.join(', ');
}

const e = escapeHtml;
const anchor = (method: string, path: string): string =>
  `${method}${path}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function parameterRows(op: OpenAPIV3.OperationObject): string {
  const params = (op.parameters ?? []).filter((p): p is OpenAPIV3.ParameterObject => !isRef(p));
  if (params.length === 0) return '<p>No parameters.</p>';
  const rows = params.map(
    (p) =>
      `<tr><td><code>${e(p.name)}</code></td><td>${e(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td>` +
      `<td>${e(describeSchema(p.schema))}</td><td>${e(p.description ?? '')}</td></tr>`,
  );
  return (
    '<table><thead><tr><th>name</th><th>in</th><th>required</th><th>type</th><th>meaning</th></tr>' +
    `</thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function requestBody(op: OpenAPIV3.OperationObject): string {
  const body = op.requestBody;
  if (!body || isRef(body)) return '';
  const schema = body.content['application/json']?.schema;
  return `<h4>Request body</h4><p>JSON: ${e(describeSchema(schema))}${body.required ? ' (required)' : ''}</p>`;
}

function responseRows(op: OpenAPIV3.OperationObject): string {
  const rows = Object.entries(op.responses ?? {}).map(([status, res]) => {
    const r = isRef(res) ? undefined : res;
    const schema = r?.content?.['application/json']?.schema;
    return `<tr><td>${e(status)}</td><td>${e(r?.description ?? '')}</td><td>${e(describeSchema(schema))}</td></tr>`;
  });
  return (
    '<table><thead><tr><th>status</th><th>description</th><th>body</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

interface Operation {
  method: string;
  path: string;
  op: OpenAPIV3.OperationObject;
}

export function listOperations(doc: OpenAPIV3.Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item?.[m] ? [{ method: m.toUpperCase(), path, op: item[m] }] : [])),
  );
}

function operationSection({ method, path, op }: Operation): string {
  return (
    `<section id="${anchor(method, path)}"><h3><span class="method">${e(method)}</span> ` +
    `<code>${e(path)}</code></h3>` +
    (op.summary ? `<p class="summary">${e(op.summary)}</p>` : '') +
    (op.description ? `<p>${e(op.description)}</p>` : '') +
    `<h4>Parameters</h4>${parameterRows(op)}${requestBody(op)}<h4>Responses</h4>${responseRows(op)}</section>`
  );
}

function schemaSection(name: string, schema: Schema): string {
  if (isRef(schema)) return '';
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(
    ([prop, s]) =>
      `<tr><td><code>${e(prop)}</code></td><td>${required.has(prop) ? 'yes' : 'no'}</td>` +
      `<td>${e(describeSchema(s))}</td><td>${e(isRef(s) ? '' : (s.description ?? ''))}</td></tr>`,
  );
  return (
    `<section id="schema-${anchor('', name)}"><h3><code>${e(name)}</code></h3>` +
    (schema.description ? `<p>${e(schema.description)}</p>` : '') +
    '<table><thead><tr><th>field</th><th>required</th><th>type</th><th>meaning</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

/** The whole page. Pure: the same document always gives the same HTML. */
export function renderDocsPage(doc: OpenAPIV3.Document): string {
  const ops = listOperations(doc);
  const schemas = Object.entries(doc.components?.schemas ?? {});
  const toc = ops
    .map((o) => `<li><a href="#${anchor(o.method, o.path)}">${e(o.method)} ${e(o.path)}</a></li>`)
    .join('');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${e(doc.info.title)} ${e(doc.info.version)}</title>` +
    '<link rel="stylesheet" href="/api/docs/docs.css"></head><body><main>' +
    `<h1>${e(doc.info.title)} <small>${e(doc.info.version)}</small></h1>` +
    (doc.info.description ? `<p>${e(doc.info.description)}</p>` : '') +
    '<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3).</p>' +
    `<nav aria-label="Operations"><h2>Operations</h2><ul>${toc}</ul></nav>` +
    `<h2>Operations in detail</h2>${ops.map(operationSection).join('')}` +
    `<h2>Schemas</h2>${schemas.map(([n, s]) => schemaSection(n, s)).join('')}` +
    '</main></body></html>'
  );
}

export const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1 small{font-weight:normal;color:#555;font-size:60%}
section{border-top:1px solid #ddd;padding:.5rem 0 1rem}
.method{display:inline-block;min-width:4em;font-family:monospace;color:#fff;background:#2b5d8a;padding:0 .4em;border-radius:3px}
.summary{font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:90%}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{font-family:ui-monospace,monospace}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}th,td,section{border-color:#444}h1 small{color:#aaa}}
`;
