// The JSON Schema a response body must match, taken from the canonical spec
// (generated/openapi.json) and turned into something Dredd's validator, gavel
// 9 (Ajv 6), understands: JSON Schema draft-07 with every $ref inlined.
// Dredd 14 on its own infers the expected body from the first example instead.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const specPath = join(__dirname, '..', '..', 'generated', 'openapi.json');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

// Formats Ajv 6 checks. Any other (OpenAPI's int32, int64, ...) would make it
// refuse to compile the schema, so those are dropped; `type: integer` and the
// spec's minimum/maximum still hold.
const CHECKED_FORMATS = new Set(['date-time', 'date', 'time', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uri-reference', 'uuid', 'regex']);
// OpenAPI 3.0 keywords with no JSON Schema meaning.
const OPENAPI_ONLY = ['nullable', 'example', 'discriminator', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'deprecated'];

function loadSpec() {
  return JSON.parse(readFileSync(specPath, 'utf8'));
}

function resolveRef(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`response-schema: only local $refs are supported, got ${ref}`);
  const target = ref
    .slice(2)
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  if (target === undefined) throw new Error(`response-schema: ${ref} does not resolve`);
  return target;
}

function deref(spec, node) {
  return node && typeof node === 'object' && typeof node.$ref === 'string' ? deref(spec, resolveRef(spec, node.$ref)) : node;
}

/** An OpenAPI 3.0 Schema Object as self-contained JSON Schema draft-07 (no $schema). */
function toJsonSchema(spec, openApiSchema, seen = new Set()) {
  const schema = deref(spec, openApiSchema);
  if (!schema || typeof schema !== 'object') return schema;
  if (seen.has(schema)) throw new Error('response-schema: recursive schemas are not supported');
  const inner = new Set(seen).add(schema);
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.includes(key)) continue;
    if (key === 'format' && !CHECKED_FORMATS.has(value)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(spec, sub, inner)]));
    } else if (['items', 'additionalProperties', 'not'].includes(key) && typeof value === 'object') {
      out[key] = toJsonSchema(spec, value, inner);
    } else if (['allOf', 'anyOf', 'oneOf'].includes(key)) {
      out[key] = value.map((sub) => toJsonSchema(spec, sub, inner));
    } else {
      out[key] = value;
    }
  }
  // OpenAPI 3.0 (draft-04 style) writes exclusive bounds as booleans.
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] && out[bound] !== undefined) {
      out[flag] = out[bound];
      delete out[bound];
    } else {
      delete out[flag];
    }
  }
  // `nullable: true` is how OpenAPI 3.0 says "or null".
  if (schema.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

/** The single operation this contract describes, with its path template. */
function operation(spec) {
  const [[pathTemplate, item]] = Object.entries(spec.paths);
  return { pathTemplate, pathItem: item, get: item.get };
}

/** The draft-07 schema of the JSON body of `status`'s response, or undefined. */
function responseBodySchema(status, spec = loadSpec()) {
  const response = deref(spec, operation(spec).get.responses[String(status)]);
  const media = response?.content?.['application/json'];
  if (!media?.schema) return undefined;
  return { $schema: DRAFT_07, ...toJsonSchema(spec, media.schema) };
}

/** Header names the spec marks required for `status`'s response. */
function requiredResponseHeaders(status, spec = loadSpec()) {
  const response = deref(spec, operation(spec).get.responses[String(status)]);
  return Object.entries(response?.headers ?? {})
    .filter(([, header]) => deref(spec, header).required === true)
    .map(([name]) => name);
}

/** The named examples of the 200 JSON body: { name: value }. */
function successExamples(spec = loadSpec()) {
  const examples = operation(spec).get.responses['200'].content['application/json'].examples ?? {};
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, deref(spec, example).value]));
}

/** The names of the examples of `status`'s JSON body (`default` included), in the spec's order. */
function responseExamples(status, spec = loadSpec()) {
  const response = deref(spec, operation(spec).get.responses[String(status)]);
  return Object.keys(response?.content?.['application/json']?.examples ?? {});
}

/** The ConfirmKey test keys: { example name: key } (the mocks answer each key with that example). */
function testKeys(spec = loadSpec()) {
  const confirmKey = operation(spec).pathItem.parameters.map((parameter) => deref(spec, parameter)).find((parameter) => parameter.name === 'ConfirmKey');
  return Object.fromEntries(Object.entries(confirmKey?.examples ?? {}).map(([name, example]) => [name, example.value]));
}

/** The GET operation of the contract's one path. */
function operationOf(spec = loadSpec()) {
  return operation(spec).get;
}

module.exports = { loadSpec, toJsonSchema, responseBodySchema, requiredResponseHeaders, successExamples, responseExamples, testKeys, operationOf, specPath };
