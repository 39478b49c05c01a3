// The service's answer to a request Prism's validation refused: 400 with an
// SMH error body whose code is the service's (EmptyAccessToken for a missing
// token, ParamInvalid naming the parameter otherwise), built from the spec's
// own 400 examples. Prism alone would answer the first 400 example whatever
// was wrong.
import type { Contract, Parameter } from './contract.js';
import type { PrismDiagnostic } from './prism.js';

export interface SmhError {
  code: string;
  message: string;
  requestId?: string;
  [field: string]: unknown;
}

export type BadRequestBody = (violations: PrismDiagnostic[]) => SmhError;

const ERROR = 0; // DiagnosticSeverity.Error

export function readBadRequests(contract: Contract): BadRequestBody {
  const example = (name: string): SmhError => {
    const found = contract.examples.get(name);
    if (found?.status !== '400') throw new Error(`the mock spec has no 400 example ${name}`);
    return found.value as SmhError;
  };
  const [emptyToken, paramInvalid, badRequest] = [example('EmptyAccessToken'), example('ParamInvalid'), example('BadRequest')];

  return (violations) => {
    const errors = violations.filter((violation) => violation.severity === ERROR);
    if (errors.some(isMissingToken)) return emptyToken;
    for (const violation of errors) {
      const parameter = parameterAt(contract.parameters, violation.path);
      if (parameter) return { ...paramInvalid, message: `${parameter.name} ${problemWith(parameter, violation)}` };
    }
    return { ...badRequest, message: errors[0]?.message ?? badRequest.message };
  };
}

/** No token, or an empty one: Prism drops empty query values before validating. */
function isMissingToken({ path = [], code, message }: PrismDiagnostic): boolean {
  return path[0] === 'query' && (path[1] === 'access_token' ? code === 'required' : code === 'required' && message.includes("'access_token'"));
}

/** Prism writes a path parameter's name in lower case (`confirmkey`). */
function parameterAt(parameters: Parameter[], [location, name]: string[] = []): Parameter | undefined {
  if (location === undefined || name === undefined) return undefined;
  return parameters.find((parameter) => parameter.in === location && parameter.name.toLowerCase() === name.toLowerCase());
}

/** What the value must be, in the spec's terms: `must be 0 or 1`, `must match ^…$`. */
function problemWith(parameter: Parameter, violation: PrismDiagnostic): string {
  const schema = parameter.schema ?? {};
  if (Array.isArray(schema.enum)) return `must be ${schema.enum.map((value: unknown) => (value === '' ? 'empty' : String(value))).join(' or ')}`;
  if (violation.code === 'type') return `must be ${/^[aeiou]/.test(String(schema.type)) ? 'an' : 'a'} ${schema.type}`;
  if (violation.code === 'pattern') return `must match ${schema.pattern}`;
  // Prism's own wording, without its "Request query parameter x " prefix.
  return violation.message.replace(/^Request \w+ parameter \S+ /i, '');
}
