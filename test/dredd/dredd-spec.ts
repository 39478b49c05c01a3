// The spec Dredd runs on, derived at run time from the mock spec, which stays
// valid OpenAPI for everyone else: the status call alone. Dredd needs a ConfirmKey `example` to
// expand the path with, and a status for every response (it names a
// `default` response "200", so two transactions could share a name).
import { readFileSync } from 'node:fs';
import { examples, uploadTaskPath } from '../support/spec.ts';

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
  const add = (statusCode: number, response: string, names: string[], entry: Node) => {
    derived[statusCode] = entry;
    // Dredd 14's names for OpenAPI 3: path template > operation summary > status > media type.
    const name = `${uploadTaskPath} > ${operation.summary} > ${statusCode} > application/json`;
    responses.push({ name, statusCode, response, examples: names });
  };
  for (const [response, entry] of Object.entries<Node>(operation.responses)) {
    const named = Object.keys(resolved(entry).content['application/json'].examples);
    if (response !== 'default') {
      add(Number(response), response, named, entry);
      continue;
    }
    // A copy per `x-status`: Dredd's parser names responses sharing one object by the last status given.
    for (const statusCode of new Set(named.map((name) => examples[name]!.status))) {
      if (String(statusCode) in operation.responses) throw new Error(`the default response's ${statusCode} is documented on its own`);
      const own = named.filter((name) => examples[name]!.status === statusCode);
      const copy = structuredClone(resolved(entry));
      const media = copy.content['application/json'];
      media.examples = Object.fromEntries(own.map((name) => [name, media.examples[name]]));
      add(statusCode, response, own, copy);
    }
  }
  operation.responses = derived;
  return { document, responses };
}
