// The bundled spec, as tests read it: what it documents is what they expect.
import { readFileSync } from 'node:fs';

export const spec = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));
export const operation = spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get;

/** A named example's value (`multipartInProgress`, `UploadNotFound`, …). */
export function example(name: string): any {
  const found = spec.components.examples[name];
  if (!found) throw new Error(`the spec has no example ${name}`);
  return found.value;
}

/** The error codes a status (or `default`) documents: its named examples, in the spec's order. */
export function documentedCodes(status: string): string[] {
  const ref = operation.responses[status]?.$ref;
  if (ref === undefined) return [];
  const response = spec.components.responses[ref.split('/').pop()];
  return Object.keys(response.content['application/json'].examples);
}

/** The ConfirmKey test keys: [example name, key, the status of the response example it pairs with]. */
export function testKeyPairs(): Array<[name: string, key: string, status: string]> {
  const confirmKey = spec.components.parameters.ConfirmKey;
  return Object.entries<{ value: string }>(confirmKey.examples).map(([name, { value }]) => {
    const status = Object.keys(operation.responses).find((code) => documentedCodes(code).includes(name) || (code === '200' && name in operation.responses['200'].content['application/json'].examples));
    if (!status) throw new Error(`the test key ${value} pairs with no response example ${name}`);
    return [name, value, status];
  });
}
