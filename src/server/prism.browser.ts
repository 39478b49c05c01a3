// What bundlers for the browser take for prism.node.ts (package.json
// `imports`, `#prism`): Prism's engine runs in Node only, and examples,
// which every face answers in a browser too, need none of it.
import type { Prism } from './prism.node.js';

export type { Prism };

export function loadPrism(): Promise<Prism> {
  return Promise.reject(
    new Error('bodies generated from the schemas (dynamic) need Prism, which runs in Node; in a browser the mocks answer the examples'),
  );
}

export const PRISM_HTTP_RANGE = '~5.12.0';

export function prismInstalled(): boolean {
  return false;
}
