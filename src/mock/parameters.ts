// The service's answer to a request that breaks one of the spec's parameter
// rules: 400 with an SMH error, `EmptyAccessToken` for a missing or empty
// token, `ParamInvalid` naming the parameter and its rule otherwise; the
// bodies are the operation's own 400 examples.
import type { SmhErrorBody } from '../contract/types.js';
import type { ContractOperation, Violation } from '../server/operations.js';

/** The 400 body the service answers for these violations. */
export function badRequestBody(operation: ContractOperation, violations: Violation[]): SmhErrorBody {
  const token = operation.parameters.find((parameter) => parameter.in === 'query' && parameter.secret && parameter.required);
  if (
    token &&
    violations.some((violation) => violation.name === token.name && (violation.keyword === 'required' || violation.keyword === 'minLength'))
  ) {
    return example(operation, 'EmptyAccessToken');
  }
  const [first] = violations;
  return first === undefined
    ? example(operation, 'BadRequest')
    : { ...example(operation, 'ParamInvalid'), message: `${first.name} ${first.rule}` };
}

function example(operation: ContractOperation, name: string): SmhErrorBody {
  const found = Object.hasOwn(operation.examples, name) ? operation.examples[name] : undefined;
  if (found?.status !== 400) throw new Error(`${operation.id} has no 400 example ${name}`);
  return found.value as SmhErrorBody;
}
