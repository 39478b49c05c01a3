// The request's parameters, checked against the spec's rules (compiled at
// generate time), and the service's answer to a request that breaks one:
// 400 with an SMH error, `EmptyAccessToken` for a missing or empty token,
// `ParamInvalid` naming the parameter and its rule otherwise.
import { type ContractParameter, examples, parameters, validateParameters } from '../../generated/mock-contract.js';
import type { SmhErrorBody } from '../types.js';

/** A broken rule: where, which parameter, and what it must be, in the spec's terms. */
export interface Violation {
  in: ContractParameter['in'];
  name: string;
  /** `required`, `enum`, `type`, `pattern`, `minLength`, `encoding`… */
  keyword: string;
  /** `must be 0 or 1`, `must match ^…$`, `is required`. */
  rule: string;
}

const byName = new Map(parameters.map((parameter) => [parameter.name, parameter]));
const token = parameters.find((parameter) => parameter.in === 'query' && parameter.secret && parameter.required);

/** Path segments as sent (still percent-encoded), by parameter name. */
export type PathSegments = Record<string, string>;

/** Every rule the request breaks, in the spec's order of parameters. */
export function violationsOf(segments: PathSegments, query: URLSearchParams): Violation[] {
  const values: Record<string, unknown> = {};
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
  if (validateParameters(values)) return malformed;
  const found = (validateParameters.errors ?? []).map((error): Violation | undefined => {
    const name = error.keyword === 'required' ? String(error.params.missingProperty) : error.instancePath.slice(1);
    const parameter = byName.get(name);
    return parameter && { in: parameter.in, name, keyword: error.keyword, rule: ruleOf(parameter, error.keyword) };
  });
  const violations = [...malformed, ...found.filter((violation) => violation !== undefined)];
  // Ajv reports by schema keyword; the spec's order of parameters reads better.
  return violations.sort((a, b) => parameters.indexOf(byName.get(a.name)!) - parameters.indexOf(byName.get(b.name)!));
}

/** The 400 body the service answers for these violations, from the spec's own 400 examples. */
export function badRequestBody(violations: Violation[]): SmhErrorBody {
  if (
    token &&
    violations.some((violation) => violation.name === token.name && (violation.keyword === 'required' || violation.keyword === 'minLength'))
  ) {
    return example('EmptyAccessToken');
  }
  const [first] = violations;
  return first === undefined ? example('BadRequest') : { ...example('ParamInvalid'), message: `${first.name} ${first.rule}` };
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

function example(name: string): SmhErrorBody {
  const found = examples[name];
  if (found?.status !== 400) throw new Error(`the mock contract has no 400 example ${name}`);
  return found.value as SmhErrorBody;
}
