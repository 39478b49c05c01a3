// One engine, three faces: the HTTP mock (`npm start`), createMockFetch and
// the MSW handlers are asked the same table of requests and must give the
// same answers (status, body, the headers a client reads), and the answers
// must be the ones the spec documents (test/support/mock-table.ts).
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { initOf, mismatches, observe, rows, TASK_PATH, targetOf } from '../support/mock-table.ts';
import { useMock } from '../support/mock-target.ts';
import { testKeyPairs } from '../support/spec.ts';

const MSW_ORIGIN = 'http://msw.test';

let http: Awaited<ReturnType<typeof useMock>>;
const inProcess = createMockFetch();
const msw = setupServer(...createSmhHandlers({ baseUrl: MSW_ORIGIN }));
beforeAll(async () => {
  http = await useMock();
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  msw.close();
  await http.stop();
});

describe('asked the same requests, the three faces give the documented answer, identically', () => {
  test.each(rows)('$name', async (row) => {
    const [overHttp, fetched, intercepted] = await Promise.all([
      fetch(`${http.url}${targetOf(row)}`, initOf(row)).then(observe),
      inProcess(`http://mock.invalid${targetOf(row)}`, initOf(row)).then(observe),
      fetch(`${MSW_ORIGIN}${targetOf(row)}`, initOf(row)).then(observe),
    ]);
    expect(fetched).toEqual(overHttp);
    expect(intercepted).toEqual(overHttp);
    expect(mismatches(row, overHttp)).toEqual([]);
  });

  test('the table covers every test key, every documented status and the mock-only answers', () => {
    const statuses = new Set(rows.map((row) => row.expected.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 204, 400, 403, 404, 405, 414, 422, 429, 431, 500, 503]));
    expect(rows.filter((row) => row.name.startsWith('test key')).length).toBe(testKeyPairs().length);
  });

  test('a malformed request names what is wrong in sl-violations too', async () => {
    const answer = await observe(await fetch(`${http.url}${TASK_PATH}/k?upload&access_token=t&internal_domain=5`));
    expect(answer.violations).toEqual([expect.objectContaining({ location: ['request', 'query', 'internal_domain'], severity: 'Error' })]);
  });

  test('a CORS preflight is answered for the origin and method asked', async () => {
    const answer = await observe(
      await fetch(`${http.url}${TASK_PATH}/k?upload`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'GET' },
      }),
    );
    expect(answer).toMatchObject({ status: 204, allowOrigin: 'http://app.example', allowMethods: 'GET', body: '' });
  });
});

describe('the in-progress example moves with the clock', () => {
  test('its expiration is an hour after the request, and its other dates keep their distance to it', async () => {
    const before = Date.now();
    const { data } = await (await inProcess(`http://mock.invalid${TASK_PATH}/example-multipartInProgress?upload&access_token=t`))
      .json()
      .then((body) => ({ data: body }));
    const expiration = Date.parse(data.uploadPartInfo.expiration);
    expect(expiration - before).toBeGreaterThanOrEqual(3_600_000 - 1_000);
    expect(expiration - Date.now()).toBeLessThanOrEqual(3_600_000 + 1_000);
    expect(Date.parse(data.creationTime)).toBeLessThan(Date.parse(data.parts[0].LastModified));
    expect(Date.parse(data.parts[1].LastModified)).toBeLessThan(expiration);
  });

  test('the expired key keeps its dates, all in the past', async () => {
    const data = await (await inProcess(`http://mock.invalid${TASK_PATH}/example-multipartExpired?upload&access_token=t`)).json();
    expect(Date.parse(data.uploadPartInfo.expiration)).toBeLessThan(Date.now());
  });
});
