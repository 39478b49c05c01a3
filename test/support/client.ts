// What the client-*.test.ts files share: a token that needs every kind of
// escaping, a valid 200 body, a fetch that records what it is given, and the
// check that nothing a caller can print carries the token.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { createSmhClient, type SmhClient } from '../../src/index.ts';

export const TOKEN = 'tok&en#with=odd é/chars+%';
export const BASE = 'https://smh.test';
export const ok = {
  confirmed: false,
  path: ['a'],
  type: 'file',
  creationTime: '2021-02-01T09:00:00.000Z',
  conflictResolutionStrategy: 'rename',
  force: false,
  availableDomainNum: 1,
};
export const task = { libraryId: 'lib', confirmKey: 'key' };
/** The URL getUploadTask sends for `task` with TOKEN. */
export const taskUrl = `${BASE}/api/v1/file/lib/-/key?upload&access_token=${encodeURIComponent(TOKEN)}`;

/** The spellings of a token a URL, a URL parser or a form encoder writes (an ill-formed one has no URL spelling). */
export const spellingsOf = (token: string) =>
  token.isWellFormed() ? [token, encodeURIComponent(token), new URLSearchParams({ t: token }).toString().slice(2)] : [token];
/** TOKEN's spellings. */
export const spellings = spellingsOf(TOKEN);

export interface Recorded {
  client: SmhClient;
  /** The arguments of every fetch call, in order. */
  calls: unknown[][];
}

/** A client whose fetch records its arguments and answers with `answer()` (a 200 with `ok` by default). */
export function recordingClient(answer: (input: unknown) => Response | Promise<Response> = () => jsonResponse(200, ok)): Recorded {
  const calls: unknown[][] = [];
  const fetch = (async (...args: unknown[]) => {
    calls.push(args);
    return answer(args[0]);
  }) as typeof globalThis.fetch;
  return { client: createSmhClient({ baseUrl: BASE, accessToken: TOKEN, fetch }), calls };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Everything a caller could print of what came back or was thrown. */
export function everythingPrintable(value: unknown): string {
  const parts = [String(value), inspect(value, { depth: 30, showHidden: true })];
  try {
    parts.push(JSON.stringify(value, Object.getOwnPropertyNames(value ?? {})));
  } catch {}
  for (let cause = (value as Error)?.cause, depth = 0; cause !== undefined && depth < 10; cause = (cause as Error).cause, depth++) {
    parts.push(String(cause), (cause as Error).stack ?? '', inspect(cause, { depth: 12, showHidden: true }));
  }
  return parts.join('\n');
}

export function expectNoToken(value: unknown, token = TOKEN) {
  const text = everythingPrintable(value);
  for (const spelling of spellingsOf(token)) expect(text).not.toContain(spelling);
}

/** What a call rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the call to reject'),
    (error: unknown) => error,
  );
}
