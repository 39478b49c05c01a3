// What the mocks read from the contract: the derived mock spec
// (generated/openapi.mock.json, shipped beside dist/), its operation, its
// parameters and its named examples. Everything the mocks answer comes
// from there; no fixture data lives in code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Node = Record<string, any>;

export interface Parameter {
  name: string;
  in: string;
  schema?: Node;
  examples?: Record<string, { value?: unknown }>;
}

export interface Contract {
  /** The whole document, for Prism. */
  document: Node;
  /** `/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}` */
  pathTemplate: string;
  parameters: Parameter[];
  /** Every named response example: name → its status (`404`, `default`) and body. */
  examples: Map<string, { status: string; value: unknown }>;
}

/** The mock spec's location whether this module runs from src/mock/ or dist/mock/. */
export const mockSpecUrl = new URL('../../generated/openapi.mock.json', import.meta.url);

let loaded: Contract | undefined;

/** Read once per process: the file ships with the package and does not change. */
export function loadContract(): Contract {
  if (loaded) return loaded;
  let text: string;
  try {
    text = readFileSync(mockSpecUrl, 'utf8');
  } catch (error) {
    throw new Error(`the SMH mocks cannot read their spec at ${fileURLToPath(mockSpecUrl)}; run \`npm run generate\``, { cause: error });
  }
  return (loaded = readContract(JSON.parse(text)));
}

/** Where the operation's path starts, before its first parameter: `/api/v1/file/`. */
export function pathPrefix(contract: Contract): string {
  const firstParameter = contract.pathTemplate.indexOf('{');
  return firstParameter === -1 ? contract.pathTemplate : contract.pathTemplate.slice(0, firstParameter);
}

export function readContract(document: Node): Contract {
  const [pathTemplate, pathItem] = Object.entries<Node>(document.paths ?? {})[0] ?? [];
  const operation = pathItem?.get;
  if (!pathTemplate || !operation) throw new Error('the mock spec describes no GET operation');
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: Node) => resolve(document, parameter) as Parameter);
  const examples = new Map<string, { status: string; value: unknown }>();
  for (const [status, response] of Object.entries<Node>(operation.responses ?? {})) {
    for (const media of Object.values<Node>(resolve(document, response).content ?? {})) {
      for (const [name, example] of Object.entries<Node>(media.examples ?? {})) {
        if (!examples.has(name)) examples.set(name, { status, value: resolve(document, example).value });
      }
    }
  }
  return { document, pathTemplate, parameters, examples };
}

function resolve(document: Node, node: Node): Node {
  let current: Node | undefined = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at: Node | undefined, key: string) => at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  }
  return current ?? {};
}
