// One engine, three faces: the HTTP mock (`npm start`), createMockFetch and
// the MSW handlers are asked one table of requests and must give the same
// answers (status, body, the headers a client reads), and those must be the
// ones the spec documents (test/support/mock-table.ts). Every answer has a
// request ID of its own, in X-Request-Id and in an error body.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockFetch } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { initOf, mismatches, observe, rows, TASK_PATH, targetOf } from '../support/mock-table.ts';
import { type Server, startMock } from '../support/servers.ts';
import { operations } from '../support/spec.ts';

const MSW_ORIGIN = 'http://msw.test';

let http: Server;
const inProcess = createMockFetch();
const msw = setupServer(...createSmhHandlers({ baseUrl: MSW_ORIGIN }));
beforeAll(async () => {
  http = await startMock(['-v', 'silent']);
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  msw.close();
  await http?.stop();
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

  test('the table holds every test key of every call', () => {
    const keyed = operations.reduce((count, operation) => count + Object.keys(operation.testKeys).length, 0);
    expect(rows.filter((row) => row.name.includes(': test key ')).length).toBe(keyed);
  });

  test('a malformed request names what is wrong in sl-violations too', async () => {
    const answer = await observe(await fetch(`${http.url}${TASK_PATH}/k?upload&access_token=t&internal_domain=5`));
    expect(answer.violations).toEqual([expect.objectContaining({ location: ['request', 'query', 'internal_domain'], severity: 'Error' })]);
  });

  test('each answer has a request ID of its own', async () => {
    const ids = await Promise.all(
      Array.from({ length: 5 }, async () =>
        (await inProcess(`http://mock.invalid${TASK_PATH}/example-confirmed?upload&access_token=t`)).headers.get('x-request-id'),
      ),
    );
    expect(new Set(ids).size).toBe(5);
  });
});

describe('examples that move with the clock', () => {
  test("the in-progress task's expiration is an hour after the request; its other dates keep their distance to it", async () => {
    const before = Date.now();
    const data = await (await inProcess(`http://mock.invalid${TASK_PATH}/example-multipartInProgress?upload&access_token=t`)).json();
    const expiration = Date.parse(data.uploadPartInfo.expiration);
    expect(expiration - before).toBeGreaterThanOrEqual(3_600_000 - 1_000);
    expect(expiration - Date.now()).toBeLessThanOrEqual(3_600_000 + 1_000);
    expect(Date.parse(data.creationTime)).toBeLessThan(Date.parse(data.parts[0].LastModified));
  });

  test('the expired key keeps its dates, all in the past', async () => {
    const data = await (await inProcess(`http://mock.invalid${TASK_PATH}/example-multipartExpired?upload&access_token=t`)).json();
    expect(Date.parse(data.uploadPartInfo.expiration)).toBeLessThan(Date.now());
  });
});
