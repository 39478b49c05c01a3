// What the hooks give Dredd to judge a response by: the body's JSON Schema,
// converted from the canonical spec's dereferenced schema by a maintained
// converter, and the headers the spec marks required.
import { fromSchema } from '@openapi-contrib/openapi-schema-to-json-schema';
import { operation } from '../support/spec.ts';

// Dredd's validator (gavel 9, on Ajv 6) refuses to compile a schema with a
// format it does not know (OpenAPI's int32, int64): those go. The converter
// has already turned int32 and int64 into their bounds.
const AJV6_FORMATS = new Set(['date-time', 'date', 'time', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uri-reference', 'uuid', 'regex']);

function withoutUnknownFormat(schema: Record<string, any>): Record<string, any> {
  if (typeof schema.format === 'string' && !AJV6_FORMATS.has(schema.format)) delete schema.format;
  return schema;
}

function documented(response: string): Record<string, any> {
  const found = operation.responses[response];
  if (!found) throw new Error(`the spec documents no ${response} response`);
  return found;
}

/** The JSON Schema (draft-04, every $ref inlined) of the JSON body of `response` (`200`, `404`, `default`). */
export function responseBodySchema(response: string): Record<string, unknown> {
  const schema = documented(response).content?.['application/json']?.schema;
  if (!schema) throw new Error(`the ${response} response has no JSON schema`);
  return fromSchema(schema, { cloneSchema: true, afterTransform: withoutUnknownFormat }) as Record<string, unknown>;
}

/** The headers the spec marks required for `response` (one it merely describes, like X-Request-Id, may be absent). */
export function requiredHeaders(response: string): string[] {
  return Object.entries<{ required?: boolean }>(documented(response).headers ?? {})
    .filter(([, header]) => header.required === true)
    .map(([name]) => name);
}
