// `npm run proxy -- <upstream>`: Prism's validation proxy judges real traffic
// against the canonical spec, passes it through, and keeps the token out of
// its log.
import { afterEach, expect, test } from 'vitest';
import { createSmhClient } from '../../src/index.ts';
import { type FixtureServer, json, startFixtureServer } from '../support/fixture-server.ts';
import { type RunningServer, startProxy } from '../../scripts/lib/mock-process.ts';
import { waitFor } from '../../scripts/lib/processes.ts';
import { example } from '../support/spec.ts';

const valid = example('multipartInProgress');
const token = 'real&token=é#1';
const task = { libraryId: 'smhlib', confirmKey: 'key-1' };

let upstream: FixtureServer | undefined;
let proxy: RunningServer | undefined;
afterEach(async () => {
  await proxy?.stop();
  await upstream?.close();
  proxy = upstream = undefined;
});

async function through(body: unknown) {
  upstream = await startFixtureServer(json(200, body));
  proxy = await startProxy(upstream.baseUrl);
  return createSmhClient({ baseUrl: proxy.baseUrl, accessToken: token }).getUploadTask(task);
}

test('a valid answer passes through with no violations', async () => {
  const { data, response } = await through({ ...valid, fieldAddedLater: true });
  expect(response.status).toBe(200);
  expect(data).toEqual({ ...valid, fieldAddedLater: true });
  expect(response.headers.get('sl-violations')).toBeNull();
});

test('a violation passes through, named in the sl-violations header', async () => {
  const { data, response } = await through({ ...valid, availableDomainNum: '1', uploadPartInfo: [] });
  expect(response.status).toBe(200);
  expect(data).toMatchObject({ availableDomainNum: '1' });
  const violations = JSON.parse(response.headers.get('sl-violations')!);
  expect(violations.map((v: { location: string[] }) => v.location.join('.'))).toEqual(expect.arrayContaining(['response.body.availableDomainNum', 'response.body.uploadPartInfo']));
  expect(violations.find((v: { location: string[] }) => v.location.at(-1) === 'availableDomainNum').message).toBe('Response body property availableDomainNum must be integer');
});

test('upstream gets the flag as `upload=` (a spelling the service accepts) and the token intact; the log masks it', async () => {
  await through(valid);
  // (The proxy also forwarded the readiness probe, a GET of `/`.)
  const target = upstream!.requests.find((request) => request.startsWith('/api/'));
  expect(target!.split('?')[1]).toMatch(/^upload=&access_token=/);
  expect(new URLSearchParams(target!.split('?')[1]).get('access_token')).toBe(token);
  await waitFor('the forwarded request in the log', () => proxy!.log().includes('Forwarding "get" request'));
  expect(proxy!.log()).toContain('access_token=***');
  expect(proxy!.log()).not.toContain(encodeURIComponent(token));
  expect(proxy!.log()).not.toContain(token);
});
