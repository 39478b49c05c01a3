// Which documented answer a request gets: a test key's example, the one a
// preference names, or the first 200 example; and its body as of the
// request, for an example whose dates move with the clock.
import { dateTimeFields, examples, testKeys } from '../../generated/mock-contract.js';

/** A named example and the status it is answered with. */
export interface Choice {
  name: string;
  status: number;
}

/** Every status the mock has an answer for, ascending. */
export const statusesOnOffer: number[] = [...new Set(Object.values(examples).map((example) => example.status))].sort((a, b) => a - b);

const names = Object.keys(examples);

/** The examples answered with `status`, in the spec's order. */
export function examplesOf(status: number): string[] {
  return names.filter((name) => examples[name]!.status === status);
}

/** The example a test key pairs with (the decoded ConfirmKey), if it is one. */
export function testKeyChoice(confirmKey: string | undefined): Choice | undefined {
  const name = confirmKey === undefined ? undefined : testKeys[confirmKey];
  return name === undefined ? undefined : { name, status: examples[name]!.status };
}

/** What a request gets by default: the first example of the 200 response. */
export function defaultChoice(): Choice {
  const [name] = examplesOf(200);
  if (name === undefined) throw new Error('the mock contract has no 200 example');
  return { name, status: 200 };
}

export type Chosen = { ok: true; choice: Choice } | { ok: false; status: 404 | 422; title: string; detail: string };

/**
 * The example a `code` and/or `example` preference names. A status no final
 * response may carry, or one the spec documents no example for, is refused
 * with 422 naming what is on offer; an example name the status does not
 * have, with 404.
 */
export function preferredChoice(asked: string | undefined, example: string | undefined): Chosen {
  const offer = `the mock answers ${statusesOnOffer.join(', ')}`;
  const code = asked === undefined ? undefined : Number(asked);
  if (code !== undefined && (code < 200 || code > 599)) {
    return {
      ok: false,
      status: 422,
      title: 'Invalid request',
      detail: `code=${asked} is not a status a final HTTP response may carry; ${offer}`,
    };
  }
  if (code === undefined) {
    const found = example === undefined ? undefined : examples[example];
    if (found === undefined)
      return {
        ok: false,
        status: 404,
        title: 'The server cannot find the requested content',
        detail: `no response has an example named ${example}; the examples are ${names.join(', ')}`,
      };
    return { ok: true, choice: { name: example!, status: found.status } };
  }
  const candidates = examplesOf(code);
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
export function bodyOf(name: string, now: number): unknown {
  const { value, now: writtenAt } = examples[name]!;
  if (writtenAt === undefined) return value;
  const shift = now - Date.parse(writtenAt);
  const body = structuredClone(value);
  for (const field of dateTimeFields) moveDates(body, field, shift);
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
