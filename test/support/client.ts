// What the client tests share: a token that needs every kind of escaping,
// every call of the client with the request it must send and a success the
// server may answer, a fetch that records what it is given, and the check
// that nothing a caller can print carries the token.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { createSmhClient, type SmhCallInit, type SmhClient } from '../../src/index.ts';

export const TOKEN = 'tok&en#with=odd é/chars+%';
export const BASE = 'https://smh.test';
const token = encodeURIComponent(TOKEN);

export const task = { libraryId: 'lib', confirmKey: 'key' };
export const file = { libraryId: 'lib', filePath: 'dir/a.mp4' };
export const uploadTask = {
  confirmed: false,
  path: ['a'],
  type: 'file',
  creationTime: '2021-02-01T09:00:00.000Z',
  conflictResolutionStrategy: 'rename',
  force: false,
  availableDomainNum: 1,
};
export const started = { domain: 'storage.test', path: '/a', headers: {}, confirmKey: 'key', expiration: '2030-01-01T00:00:00Z' };
export const storedFile = { path: ['dir', 'a.mp4'], name: 'a.mp4' };

export interface Call {
  name: string;
  /** Makes the call for the fixtures above. */
  run(client: SmhClient, init?: SmhCallInit): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  method: string;
  /** Path and query as sent, after BASE. */
  target: string;
  /** A success the server may answer, and the data it gives. */
  success: { status: number; body?: unknown; data: unknown };
}

export const calls: Call[] = [
  {
    name: 'getUploadTask',
    run: (client, init) => client.getUploadTask(task, init),
    method: 'GET',
    target: `/api/v1/file/lib/-/key?upload&access_token=${token}`,
    success: { status: 200, body: uploadTask, data: uploadTask },
  },
  {
    name: 'renewUpload',
    run: (client, init) => client.renewUpload(task, init),
    method: 'POST',
    target: `/api/v1/file/lib/-/key?renew&access_token=${token}`,
    success: { status: 200, body: started, data: started },
  },
  {
    name: 'confirmUpload',
    run: (client, init) => client.confirmUpload(task, init),
    method: 'POST',
    target: `/api/v1/file/lib/-/key?confirm&access_token=${token}`,
    success: { status: 200, body: storedFile, data: storedFile },
  },
  {
    name: 'cancelUpload',
    run: (client, init) => client.cancelUpload(task, init),
    method: 'DELETE',
    target: `/api/v1/file/lib/-/key?upload&access_token=${token}`,
    success: { status: 204, data: undefined },
  },
  {
    name: 'beginMultipartUpload',
    run: (client, init) => client.beginMultipartUpload(file, init),
    method: 'POST',
    target: `/api/v1/file/lib/-/dir%2Fa.mp4?multipart&access_token=${token}`,
    success: { status: 201, body: started, data: { state: 'started', upload: started } },
  },
  {
    name: 'beginSimpleUpload',
    run: (client, init) => client.beginSimpleUpload(file, init),
    method: 'PUT',
    target: `/api/v1/file/lib/-/dir%2Fa.mp4?access_token=${token}`,
    success: { status: 201, body: started, data: { state: 'started', upload: started } },
  },
];
export const callOf = (name: string) => calls.find((call) => call.name === name)!;

/** A client whose fetch records each Request it is given and answers with `answer(request)`. */
export function recordingClient(answer: (request: Request) => Response | Promise<Response>, options: { token?: string } = {}) {
  const sent: Request[] = [];
  const fetch = (async (input: Request) => {
    sent.push(input);
    return answer(input);
  }) as typeof globalThis.fetch;
  return { client: createSmhClient({ baseUrl: BASE, accessToken: options.token ?? TOKEN, fetch }), sent };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The answer a call's server gives on success. */
export const successOf = (call: Call) => jsonResponse(call.success.status, call.success.body);

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

/** The spellings of a token a URL, a URL parser or a form encoder writes. */
export const spellingsOf = (secret: string) => [secret, encodeURIComponent(secret), new URLSearchParams({ t: secret }).toString().slice(2)];

export function expectNoToken(value: unknown, secret = TOKEN) {
  const text = everythingPrintable(value);
  for (const spelling of spellingsOf(secret)) expect(text).not.toContain(spelling);
}

/** What a promise rejects with (fails the test if it resolves). */
export function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the call to reject'),
    (error: unknown) => error,
  );
}
