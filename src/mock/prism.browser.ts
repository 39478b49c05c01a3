// What bundlers for the browser take for prism.node.ts (package.json
// `imports`, `#prism`): Prism's engine runs in Node only, and examples,
// which every face answers in a browser too, need none of it.
import type { DynamicAnswer } from './prism.node.js';

export async function dynamicAnswer(): Promise<DynamicAnswer> {
  throw new Error('bodies generated from the schemas (dynamic) need Prism, which runs in Node; in a browser the mocks answer the examples');
}

export async function ensurePrism(): Promise<void> {
  await dynamicAnswer();
}
