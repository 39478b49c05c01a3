// The contract as tests read it: the bundled spec (generated/openapi.json)
// with every $ref resolved by Redocly's openapi-core, and the mock contract
// (generated/mock-contract.js) the mocks answer from. What they document is
// what tests expect.
import { bundle, createConfig } from '@redocly/openapi-core';
import { examples, parameters, testKeys, uploadTaskPath } from '../../generated/mock-contract.js';

export { examples, parameters, testKeys, uploadTaskPath };

const specFile = new URL('../../generated/openapi.json', import.meta.url).pathname;

/** The bundled spec, every $ref replaced by what it names. */
export const spec = (await bundle({ ref: specFile, config: await createConfig({}), dereference: true })).bundle.parsed as Record<
  string,
  any
>;
export const operation = spec.paths[uploadTaskPath].get;

/** A named example's value (`multipartInProgress`, `UploadNotFound`, …). */
export function example(name: string): any {
  const found = examples[name];
  if (!found) throw new Error(`the spec has no example ${name}`);
  return found.value;
}

/** The examples a response (`404`, `default`) documents, in the spec's order: for errors, their codes. */
export function documentedCodes(response: string): string[] {
  return Object.keys(operation.responses[response]?.content?.['application/json']?.examples ?? {});
}

/** The ConfirmKey test keys: [example name, key, the status it is answered with]. */
export function testKeyPairs(): Array<[name: string, key: string, status: string]> {
  return Object.entries(testKeys).map(([key, name]) => [name, key, String(examples[name]!.status)]);
}

/** The parameter's example, as the spec gives it (the mock target's IDs). */
export function parameterExample(name: string): string {
  const found = parameters.find((parameter) => parameter.name === name)?.example;
  if (typeof found !== 'string') throw new Error(`the spec gives no example of the parameter ${name}`);
  return found;
}
