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

/** The error codes a status documents (its named examples), in the spec's order. */
export function documentedCodes(status: string): string[] {
  const response = spec.components.responses[operation.responses[status].$ref.split('/').pop()];
  return Object.keys(response.content['application/json'].examples);
}
