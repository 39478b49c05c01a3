// Which documented answer a request gets from an operation: the one a
// preference names, a test key's example, or the operation's first success
// example; and its body as of the request, for an example whose dates move
// with the clock. Names are looked up in maps without a prototype, so no
// key or preference (`constructor`, `__proto__`) names what the spec does not.
import type { ContractOperation } from '../server/operations.js';

/** A named example of an operation and the status it is answered with. */
export interface Choice {
  name: string;
  status: number;
}

export type Chosen = { ok: true; choice: Choice } | { ok: false; status: 404 | 422; title: string; detail: string };

/** The example a test key pairs with (the decoded value of the operation's test-key parameter), if it is one. */
export function testKeyChoice(operation: ContractOperation, key: string | undefined): Choice | undefined {
  const name = key === undefined || !Object.hasOwn(operation.testKeys, key) ? undefined : operation.testKeys[key];
  return name === undefined ? undefined : { name, status: operation.examples[name]!.status };
}

/** The operation's first example of a 2xx status: what a request gets that names no other. */
export function defaultChoice(operation: ContractOperation): Choice | undefined {
  const found = Object.entries(operation.examples).find(([, example]) => example.status >= 200 && example.status < 300);
  return found && { name: found[0], status: found[1].status };
}

/** Every status the operation has an answer for, ascending. */
export function statusesOnOffer(operation: ContractOperation): number[] {
  return [...new Set(Object.values(operation.examples).map((example) => example.status))].sort((a, b) => a - b);
}

/**
 * The example a `code` and/or `example` preference names. A status no final
 * response may carry, or one the spec documents no example for, is refused
 * with 422 naming what is on offer; an example name the status does not
 * have, with 404.
 */
export function preferredChoice(operation: ContractOperation, asked: string | undefined, example: string | undefined): Chosen {
  const names = Object.keys(operation.examples);
  const offer = `the mock answers ${statusesOnOffer(operation).join(', ')}`;
  const code = asked === undefined ? undefined : Number(asked);
  if (code !== undefined && (code < 200 || code > 599)) {
    return {
      ok: false,
      status: 422,
      title: 'Invalid request',
      detail: `code=${asked} is not a status a final HTTP response may carry; ${offer}`,
    };
  }
  const named = example !== undefined && Object.hasOwn(operation.examples, example) ? operation.examples[example] : undefined;
  if (code === undefined) {
    if (named === undefined)
      return {
        ok: false,
        status: 404,
        title: 'The server cannot find the requested content',
        detail: `no response has an example named ${example}; the examples are ${names.join(', ')}`,
      };
    return { ok: true, choice: { name: example!, status: named.status } };
  }
  const candidates = names.filter((name) => operation.examples[name]!.status === code);
  if (candidates.length === 0)
    return { ok: false, status: 422, title: 'Invalid request', detail: `the spec documents no answer with status ${code}; ${offer}` };
  if (example === undefined) return { ok: true, choice: { name: candidates[0]!, status: code } };
  if (!candidates.includes(example)) {
    return {
      ok: false,
      status: 404,
      title: 'The server cannot find the requested content',
      detail: `the ${code} response has no example named ${example}; its examples are ${candidates.join(', ')}`,
    };
  }
  return { ok: true, choice: { name: example, status: code } };
}

/**
 * The example's body. One written for a moment of its own (`x-mock-now`)
 * has every date moved by the time since then, as if written at `now`.
 */
export function bodyOf(operation: ContractOperation, name: string, now: number): unknown {
  const { value, now: writtenAt, dates = [] } = operation.examples[name]!;
  if (writtenAt === undefined) return value;
  const shift = now - Date.parse(writtenAt);
  const body = structuredClone(value);
  for (const field of dates) moveDates(body, field, shift);
  return body;
}

function moveDates(node: unknown, keys: readonly string[], shift: number): void {
  if (node === null || typeof node !== 'object') return;
  const [key, ...rest] = keys;
  const record = node as Record<string, unknown>;
  const children = key === '*' ? Object.keys(record) : key === undefined ? [] : [key];
  for (const child of children) {
    const value = record[child];
    if (rest.length > 0) moveDates(value, rest, shift);
    else if (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      record[child] = new Date(Date.parse(value) + shift).toISOString();
  }
}
