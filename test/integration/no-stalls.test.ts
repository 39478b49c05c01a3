// No request of at most 64 KiB delays another by more than 100 ms, on any
// face: the shapes that once stalled the mock and the proxy for seconds (a
// request masking its own long secret, a 16 KB Prefer, a query of 64 KiB of
// secrets) are answered in linear time. Each shape is sent, and a plain
// request right behind it; the median of five tries is held to the bound.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { json } from '../support/fixture-server.ts';
import { type Server, startDebugFaces } from '../support/servers.ts';

const BOUND_MS = 100;
const path = '/api/v1/file/smh0000000000000/-/example-UploadNotFound';
const plain = `${path}?upload&access_token=plain`;
const secret = 's'.repeat(14 * 1024);
const shapes: Array<[string, string, Record<string, string>]> = [
  [
    'a 14 KB request whose own secret is in its query, a header and its Prefer',
    `${path}?upload&access_token=${secret}`,
    { authorization: secret, prefer: `example=${secret.slice(0, 2000)}` },
  ],
  ['a 16 KB Prefer', `${path}?upload&access_token=t`, { prefer: `example="${'a;,'.repeat(5_400)}"` }],
  [
    'a query of 64 KiB of secrets',
    `${path}?upload&${Array.from({ length: 800 }, (_, index) => `access_token=${index}${'k'.repeat(70)}`).join('&')}`.slice(0, 64 * 1024),
    {},
  ],
  ['a 60 KiB token', `${path}?upload&access_token=${'t'.repeat(60 * 1024)}`, {}],
];

let mock: Server;
let proxy: Server;
let stopFaces: () => Promise<void>;
const msw = setupServer(...createSmhHandlers({ baseUrl: 'http://msw.test', log: () => {}, logLevel: 'debug' }));
beforeAll(async () => {
  ({ mock, proxy, stop: stopFaces } = await startDebugFaces(json(404, { code: 'UploadNotFound', message: 'm' })));
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  msw.close();
  await stopFaces?.();
});

const inProcess = createMockFetch({ log: () => {}, logLevel: 'debug' });
const faces: Array<[string, () => (target: string, init?: RequestInit) => Promise<Response>]> = [
  ['the HTTP mock', () => (target, init) => fetch(`${mock.url}${target}`, init)],
  ['the validation proxy', () => (target, init) => fetch(`${proxy.url}${target}`, init)],
  ['createMockFetch', () => (target, init) => inProcess(`http://mock.invalid${target}`, init)],
  ['the MSW handlers', () => (target, init) => fetch(`http://msw.test${target}`, init)],
];

describe.each(faces)('%s', (_face, ask) => {
  test.each(shapes)('%s: a plain request behind it waits less than 100 ms', async (_shape, target, headers) => {
    const delays: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const started = performance.now();
      const hostile = ask()(target, { headers });
      const answered = await ask()(plain);
      await answered.arrayBuffer();
      delays.push(performance.now() - started);
      await (await hostile).arrayBuffer();
    }
    expect([...delays].sort((a, b) => a - b)[2]).toBeLessThan(BOUND_MS);
  });
});
