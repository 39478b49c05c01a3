// The contract as tests read it: the bundled spec (generated/openapi.json)
// with every $ref resolved, and the operations the servers answer from
// (generated/operations.js). What they document is what tests expect.
import { bundle, createConfig } from '@redocly/openapi-core';
import { type ContractOperation, operations } from '../../generated/operations.js';

export { operations };

const specFile = new URL('../../generated/openapi.json', import.meta.url).pathname;

/** The bundled spec, every $ref replaced by what it names. */
export const spec = (await bundle({ ref: specFile, config: await createConfig({}), dereference: true })).bundle.parsed as Record<
  string,
  any
>;

/** An operation by its operationId. */
export function operationOf(id: string): ContractOperation {
  const found = operations.find((operation) => operation.id === id);
  if (!found) throw new Error(`the spec has no operation ${id}`);
  return found;
}

/** A named example's value (`multipartInProgress`, `UploadNotFound`, …), of the status call unless `id` names another. */
export function example(name: string, id = 'getUploadTask'): any {
  const found = operationOf(id).examples[name];
  if (!found) throw new Error(`${id} has no example ${name}`);
  return found.value;
}
