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

/** The status call, as the servers answer it and as the spec writes it; its path. */
export const statusCall = operationOf('getUploadTask');
export const uploadTaskPath = '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}';
export const operation = spec.paths[uploadTaskPath].get;
/** The status call's named examples. */
export const examples = statusCall.examples;

/** The status call's test keys: [example name, key, the status it is answered with]. */
export function testKeyPairs(): Array<[name: string, key: string, status: string]> {
  return Object.entries(statusCall.testKeys).map(([key, name]) => [name, key, String(examples[name]!.status)]);
}

/** The examples a response of the status call (`404`, `default`) documents, in the spec's order: for errors, their codes. */
export function documentedCodes(response: string): string[] {
  return Object.keys(operation.responses[response]?.content?.['application/json']?.examples ?? {});
}

/** A parameter's example, as the spec gives it (the mock target's ids). */
export function parameterExample(name: string): string {
  const found = statusCall.parameters.find((parameter) => parameter.name === name)?.example;
  if (typeof found !== 'string') throw new Error(`the spec gives no example of the parameter ${name}`);
  return found;
}
