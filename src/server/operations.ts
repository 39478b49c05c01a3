// The contract's operations as the servers meet them (compiled at generate
// time, generated/operations.js): which operation a request is, by method,
// path and flag, and which of the spec's parameter rules it breaks.
import { type ContractOperation, type ContractParameter, operations, parameterValidators } from '../../generated/operations.js';

export type { ContractOperation, ContractParameter };
export { operations };

/** A broken rule: where, which parameter, and what it must be, in the spec's terms. */
export interface Violation {
  in: ContractParameter['in'];
  name: string;
  /** `required`, `enum`, `type`, `pattern`, `minLength`, `encoding`… */
  keyword: string;
  /** `must be 0 or 1`, `must match ^…$`, `is required`. */
  rule: string;
}

/** Path segments as sent (still percent-encoded), by parameter name. */
export type PathSegments = Record<string, string>;

export type Route = { operation: ContractOperation; segments: PathSegments } | { refused: 400 | 404 | 405; detail: string };

interface Template {
  operation: ContractOperation;
  /** Literal segments as written, parameters as `{ name }`. */
  segments: Array<string | { name: string }>;
}

const templates: Template[] = operations.map((operation) => ({
  operation,
  // A `#name` in a path key keeps apart what OpenAPI would see as one path; no request carries it.
  segments: operation.path
    .replace(/#.*$/, '')
    .split('/')
    .slice(1)
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? { name: segment.slice(1, -1) } : segment)),
}));

/** The operation a request names: its path's template, then its method, then the flag in its query. */
export function routeOf(method: string, url: URL): Route {
  const raw = url.pathname.split('/').slice(1);
  const matching: Array<{ operation: ContractOperation; segments: PathSegments }> = [];
  for (const template of templates) {
    const segments = matchSegments(template, raw);
    if (segments !== undefined) matching.push({ operation: template.operation, segments });
  }
  if (matching.length === 0) return { refused: 404, detail: `The route ${url.pathname} hasn't been found in the specification file` };
  const byMethod = matching.filter(({ operation }) => operation.method === method);
  if (byMethod.length === 0)
    return {
      refused: 405,
      detail: `The route ${url.pathname} has been matched, but it does not have "${method.toLowerCase()}" method defined`,
    };
  const flagged = byMethod.find(({ operation }) => operation.flag !== null && url.searchParams.has(operation.flag));
  if (flagged !== undefined) return flagged;
  // Without its flag, the request is the method's call that needs none, the one call whose check says its flag is missing, or none.
  const flagless = byMethod.find(({ operation }) => operation.flag === null);
  if (flagless !== undefined || byMethod.length === 1) return flagless ?? byMethod[0]!;
  const flags = byMethod.map(({ operation }) => `?${operation.flag}`);
  return {
    refused: 400,
    detail: `the request names no call: ${method} on this path takes ${flags.slice(0, -1).join(', ')} or ${flags.at(-1)}`,
  };
}

function matchSegments({ segments }: Template, raw: string[]): PathSegments | undefined {
  if (raw.length !== segments.length) return undefined;
  const values: PathSegments = Object.create(null);
  for (const [index, segment] of segments.entries()) {
    const value = raw[index]!;
    if (typeof segment === 'string') {
      if (value !== segment) return undefined;
    } else if (value === '') return undefined;
    else values[segment.name] = value;
  }
  return values;
}

/** Every rule the request breaks, in the spec's order of parameters. */
export function violationsOf(operation: ContractOperation, segments: PathSegments, query: URLSearchParams): Violation[] {
  const byName = new Map(operation.parameters.map((parameter) => [parameter.name, parameter]));
  const values: Record<string, unknown> = Object.create(null);
  const malformed: Violation[] = [];
  for (const [name, segment] of Object.entries(segments)) {
    try {
      values[name] = decodeURIComponent(segment);
    } catch {
      malformed.push({
        in: 'path',
        name,
        keyword: 'encoding',
        rule: 'is not valid percent-encoding (a % must start an escape of UTF-8 bytes)',
      });
    }
  }
  for (const [name, value] of queryRecord(query)) if (byName.get(name)?.in === 'query') values[name] = value;
  const validate = parameterValidators[operation.id]!;
  if (validate(values)) return malformed;
  const found = (validate.errors ?? []).map((error): Violation | undefined => {
    const name = error.keyword === 'required' ? String(error.params.missingProperty) : error.instancePath.slice(1);
    const parameter = byName.get(name);
    return parameter && { in: parameter.in, name, keyword: error.keyword, rule: ruleOf(parameter, error.keyword) };
  });
  const violations = [...malformed, ...found.filter((violation) => violation !== undefined)];
  // Ajv reports by schema keyword; the spec's order of parameters reads better.
  const order = (violation: Violation) => operation.parameters.indexOf(byName.get(violation.name)!);
  return violations.sort((a, b) => order(a) - order(b));
}

/** A violation as Prism's `sl-violations` header lists it. */
export function asReported(violation: Violation) {
  const message =
    violation.keyword === 'required'
      ? `Request ${violation.in} must have required property '${violation.name}'`
      : `Request ${violation.in} parameter ${violation.name} ${violation.rule}`;
  return { location: ['request', violation.in, violation.name], severity: 'Error', code: violation.keyword, message };
}

/** Each name once, in linear time: a repeated parameter becomes a list of its values. */
export function queryRecord(query: URLSearchParams): Map<string, string | string[]> {
  const record = new Map<string, string | string[]>();
  for (const [name, value] of query) {
    const seen = record.get(name);
    if (seen === undefined) record.set(name, value);
    else if (Array.isArray(seen)) seen.push(value);
    else record.set(name, [seen, value]);
  }
  return record;
}

/** What the value must be, in the spec's terms. */
function ruleOf(parameter: ContractParameter, keyword: string): string {
  const { schema } = parameter;
  if (keyword === 'required') return 'is required';
  if (Array.isArray(schema.enum)) return `must be ${schema.enum.map((value) => (value === '' ? 'empty' : String(value))).join(' or ')}`;
  if (keyword === 'type') return `must be ${/^[aeiou]/.test(String(schema.type)) ? 'an' : 'a'} ${schema.type}`;
  if (keyword === 'pattern') return `must match ${schema.pattern}`;
  if (keyword === 'minLength') return 'must not be empty';
  return `breaks its schema (${keyword})`;
}
