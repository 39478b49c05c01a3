// What the hooks give Dredd to judge a response by: the body's JSON Schema
// (test/support/schemas.ts converts it from the canonical spec) and the
// headers the spec marks required.
import { jsonSchemaOf } from '../support/schemas.ts';
import { operation } from '../support/spec.ts';

// The mock spec lists each status of `default` on its own (414, 431): the canonical spec's `default` documents them.
function documented(response: string): Record<string, any> {
  const found = operation.responses[response] ?? operation.responses.default;
  if (!found) throw new Error(`the spec documents no ${response} response`);
  return found;
}

/** The JSON Schema (draft-04, every $ref inlined) of the JSON body of `response` (`200`, `404`, `default`). */
export function responseBodySchema(response: string): Record<string, unknown> {
  const schema = documented(response).content?.['application/json']?.schema;
  if (!schema) throw new Error(`the ${response} response has no JSON schema`);
  return jsonSchemaOf(schema);
}

/** The headers the spec marks required for `response` (one it merely describes, like X-Request-Id, may be absent). */
export function requiredHeaders(response: string): string[] {
  return Object.entries<{ required?: boolean }>(documented(response).headers ?? {})
    .filter(([, header]) => header.required === true)
    .map(([name]) => name);
}
