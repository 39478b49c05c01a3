// The spec Dredd runs on, derived at run time from the mock spec, which stays
// valid OpenAPI for everyone else: the status call alone. Dredd needs a
// ConfirmKey `example` to expand the path with.
import { readFileSync } from 'node:fs';
import { uploadTaskPath } from '../support/spec.ts';

/** A response Dredd tests: its transaction's name, its status, the response the spec documents it under, its examples. */
export interface DreddResponse {
  name: string;
  statusCode: number;
  response: string;
  examples: string[];
}

type Node = Record<string, any>;

export function deriveDreddSpec(): { document: Node; responses: DreddResponse[] } {
  const document: Node = JSON.parse(readFileSync(new URL('../../generated/openapi.mock.json', import.meta.url), 'utf8'));
  // A response is given in place or as `#/components/responses/…`.
  const resolved = (entry: Node): Node => (entry.$ref ? document.components.responses[entry.$ref.split('/').pop()] : entry);
  // Dredd judges the status call, whose answers a server gives on demand; the calls that write, the contract suite judges.
  document.paths = { [uploadTaskPath]: { ...document.paths[uploadTaskPath], delete: undefined } };
  delete document.paths[uploadTaskPath].delete;
  const operation = document.paths[uploadTaskPath].get;

  const confirmKey = document.components.parameters.ConfirmKey;
  confirmKey.example = Object.values<Node>(confirmKey.examples)[0]!.value;
  delete confirmKey.examples; // `example` and `examples` may not stand side by side

  const responses: DreddResponse[] = [];
  const derived: Node = {};
  // The mock spec gives each status a response of its own (no `default`, which Dredd would name "200").
  for (const [response, entry] of Object.entries<Node>(operation.responses)) {
    derived[response] = entry;
    // Dredd 14's names for OpenAPI 3: path template > operation summary > status > media type.
    const name = `${uploadTaskPath} > ${operation.summary} > ${response} > application/json`;
    const named = Object.keys(resolved(entry).content['application/json'].examples);
    responses.push({ name, statusCode: Number(response), response, examples: named });
  }
  operation.responses = derived;
  return { document, responses };
}
