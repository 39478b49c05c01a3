// The specs Prism and Dredd run on: the canonical spec adjusted for gaps in
// those tools, never edited by hand.
// The proxy spec changes one thing, so that real traffic is judged by the
// canonical schemas:
// - Prism drops empty query values before its required-check, so a required
//   flag (`upload`, `renew`…) rejects `?upload` and `?upload=`: the flags are
//   optional here. The proxy and the mocks judge a missing flag themselves.
// The mock spec (Prism's dynamic bodies, Dredd, Prism's own CLI) starts from
// it and adds:
// - Prism answers a missing security credential with an empty 401, where the
//   service answers 400 with an SMH error body. As a required query
//   parameter instead, a missing token fails request validation, and Prism
//   answers with the spec's 400 response (`EmptyAccessToken` first).
//   `security: []` says so for tools that require a security declaration.
// - Prism's dynamic mode invents properties wherever a schema allows extra
//   ones, and any string where a set is open; closing every object and
//   turning each `x-extensible-enum` into an `enum` keeps generated bodies
//   to documented fields and known values. (The canonical spec stays open:
//   a real server may send more.)
// - Prism answers `Prefer: code=431` (or 401) with the first example of
//   `default`: each status a `default` example names (`x-status`) becomes a
//   response of its own, and `default` goes (another status is then
//   Prism's own 404 "not defined in the document"). Prism sends the header's one example as X-Request-Id: every
//   example's `requestId` is that value, so body and header agree.
import type { OpenApiDocument } from './spec.ts';

const accessTokenParameter = {
  name: 'access_token',
  in: 'query',
  required: true,
  description: 'The access token (in the canonical spec: the `AccessToken` security scheme).',
  schema: { type: 'string', minLength: 1 },
  example: 'mock-access-token',
};

export function deriveProxySpec(canonical: OpenApiDocument): OpenApiDocument {
  const spec = structuredClone(canonical);
  spec.info.description = `Derived from the canonical spec for Prism's validation proxy; see scripts/derive-mock-spec.ts.\n\n${spec.info.description}`;
  const flags = Object.values<any>(spec.components.parameters).filter(
    (parameter) => parameter.in === 'query' && parameter.required && parameter.allowEmptyValue,
  );
  if (!flags.some((flag) => flag.name === 'upload'))
    throw new Error('derive-mock-spec: the spec has no `upload` flag among its components');
  for (const flag of flags) flag.required = false;
  return spec;
}

export function deriveMockSpec(canonical: OpenApiDocument): OpenApiDocument {
  const spec = deriveProxySpec(canonical);
  spec.info.description = spec.info.description.replace("Prism's validation proxy", 'the mock server and Dredd');
  spec.security = [];
  delete spec.components.securitySchemes;
  const requestId = spec.components.headers['X-Request-Id'].example;
  for (const example of Object.values<any>(spec.components.examples)) {
    if (typeof example.value?.requestId === 'string') example.value.requestId = requestId;
  }

  for (const item of Object.values<any>(spec.paths)) {
    for (const op of Object.values<any>(item)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      op.parameters = [...(op.parameters ?? []), accessTokenParameter];
      if (op.responses.default) {
        Object.assign(op.responses, statusesOf(spec, op.responses.default));
        delete op.responses.default;
      }
    }
  }
  // A shared `default` response no operation names any more goes too (linters refuse unused components).
  const named = JSON.stringify(spec.paths);
  for (const name of Object.keys(spec.components.responses ?? {})) {
    if (!named.includes(`"#/components/responses/${name}"`)) delete spec.components.responses[name];
  }
  for (const schema of Object.values<any>(spec.components.schemas)) closeObjects(schema);
  return spec;
}

/** A `default` response as one response per status its examples name, each with its own examples. */
function statusesOf(spec: OpenApiDocument, response: { $ref: string }): Record<string, unknown> {
  const shared = spec.components.responses[response.$ref.split('/').at(-1)!];
  const byStatus: Record<string, any> = {};
  for (const [name, ref] of Object.entries<any>(shared.content['application/json'].examples)) {
    const status = spec.components.examples[ref.$ref.split('/').at(-1)!]['x-status'];
    byStatus[status] ??= { ...shared, content: { 'application/json': { ...shared.content['application/json'], examples: {} } } };
    byStatus[status].content['application/json'].examples[name] = ref;
  }
  return byStatus;
}

function closeObjects(schema: any): void {
  if (!schema || typeof schema !== 'object' || '$ref' in schema) return;
  if (schema.type === 'object' && (schema.additionalProperties === undefined || schema.additionalProperties === true))
    schema.additionalProperties = false;
  if (Array.isArray(schema['x-extensible-enum'])) schema.enum = schema['x-extensible-enum'];
  for (const sub of Object.values<any>(schema.properties ?? {})) closeObjects(sub);
  closeObjects(schema.items);
  if (typeof schema.additionalProperties === 'object') closeObjects(schema.additionalProperties);
}
