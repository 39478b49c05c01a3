// The documented test keys (Microcks' convention): each example of the
// ConfirmKey parameter names a response example, and a request for that key
// is answered with it, status and body, with no mock-only header.
import type { Contract } from './contract.js';

/** What Prism is asked for: a status and one of its named examples. */
export interface Preference {
  code?: string;
  exampleKey?: string;
}

/** The preference a request path's ConfirmKey pairs with, if it is a test key. */
export type TestKeys = (path: string) => (Preference & { key: string }) | undefined;

export function readTestKeys(contract: Contract): TestKeys {
  const byKey = new Map<string, Preference & { key: string }>();
  const confirmKey = contract.parameters.find((parameter) => parameter.in === 'path' && parameter.name === 'ConfirmKey');
  for (const [name, example] of Object.entries(confirmKey?.examples ?? {})) {
    const response = contract.examples.get(name);
    if (response === undefined || typeof example.value !== 'string') throw new Error(`the ConfirmKey example ${name} pairs with no response example of that name`);
    // A `default` response has no status of its own to answer with.
    if (response.status === 'default') throw new Error(`the ConfirmKey example ${name} pairs with a default response, which has no status`);
    byKey.set(example.value, { key: example.value, code: response.status, exampleKey: name });
  }
  const pattern = templatePattern(contract.pathTemplate, 'ConfirmKey');
  return (path) => {
    const raw = byKey.size === 0 ? undefined : pattern.exec(path)?.[1];
    if (raw === undefined) return undefined;
    try {
      return byKey.get(decodeURIComponent(raw));
    } catch {
      return undefined; // malformed percent-encoding: no documented key
    }
  };
}

/** The template as a regular expression that captures the segment `{name}`. */
function templatePattern(template: string, name: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part === `{${name}}` ? '([^/]+)' : part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
