// `npm start`: the Prism mock answers like the service, from the derived spec.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { startMock } from '../support/mock-server.ts';
import { useMock } from '../support/mock-target.ts';
import { documentedCodes, example, spec } from '../support/spec.ts';


let mock: Awaited<ReturnType<typeof useMock>>;
beforeAll(async () => {
  mock = await useMock();
});
afterAll(() => mock.stop());

const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const get = (query: string, headers: Record<string, string> = {}, path = task) => fetch(`${mock.baseUrl}${path}?${query}`, { headers });

describe('the documented request gets 200 and a valid body', () => {
  const spellings = ['upload', 'upload=', 'upload=1'];
  const extras = ['', '&user_id=user-1', '&library_secret=s3cret', '&internal_domain=0', '&internal_domain=1', '&user_id=u&library_secret=s&internal_domain=1'];
  test.each(spellings.flatMap((flag) => extras.map((extra) => `${flag}&access_token=token${extra}`)))('?%s', async (query) => {
    const response = await get(query);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(validateUploadTask(await response.json())).toMatchObject({ valid: true });
  });

  test('parameters may come in any order', async () => {
    const response = await get('access_token=token&user_id=u&upload');
    expect(response.status).toBe(200);
  });
});

describe('Prefer selects documented responses', () => {
  test.each(['multipartInProgress', 'simpleUpload', 'confirmed', 'directoryDeleted'])('example=%s answers that example', async (name) => {
    const response = await get('upload&access_token=token', { Prefer: `example=${name}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(example(name));
  });

  test.each(['400', '403', '404', '429', '500'])('code=%s answers the status with an SMH error body', async (status) => {
    const response = await get('upload&access_token=token', { Prefer: `code=${status}` });
    expect(response.status).toBe(Number(status));
    const body = await response.json();
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['code', 'message']));
    expect(body.code).toBe(documentedCodes(status)[0]);
  });

  test('code and example together pick one documented error', async () => {
    const response = await get('upload&access_token=token', { Prefer: 'code=403, example=UploadNotBelongYou' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(example('UploadNotBelongYou'));
  });

  test('an unknown example name is a 404 that says so', async () => {
    const response = await get('upload&access_token=token', { Prefer: 'example=noSuchExample' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('noSuchExample');
  });

  test('dynamic=true generates a body valid against the schema, with no invented fields', async () => {
    const response = await get('upload&access_token=token', { Prefer: 'dynamic=true' });
    const body = await response.json();
    expect(validateUploadTask(body)).toMatchObject({ valid: true });
    const known = Object.keys(spec.components.schemas.UploadTask.properties);
    expect(Object.keys(body).every((key) => known.includes(key))).toBe(true);
  });
});

describe('bad requests get a 4xx, with the SMH error body where Prism allows', () => {
  test.each([
    ['no token', 'upload'],
    ['an empty token', 'upload&access_token='],
  ])('%s: 400 EmptyAccessToken, as the service answers', async (_name, query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('EmptyAccessToken');
  });

  test.each([
    ['internal_domain outside 0|1', 'upload&access_token=t&internal_domain=5', task],
    ['an unknown flag value', 'upload=2&access_token=t', task],
    ['a control character in ConfirmKey', 'upload&access_token=t', `${task}%01`],
    ['a ConfirmKey with an encoded /', 'upload&access_token=t', `${task}%2Fx`],
  ])('%s: 400 with an SMH body and the violation in sl-violations', async (_name, query, path) => {
    const response = await get(query, {}, path);
    expect(response.status).toBe(400);
    expect(Object.keys(await response.json())).toEqual(expect.arrayContaining(['code', 'message']));
    expect(JSON.parse(response.headers.get('sl-violations') ?? '[]')).not.toHaveLength(0);
  });

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'])('%s on the path is refused with 405', async (method) => {
    const response = await fetch(`${mock.baseUrl}${task}?upload&access_token=t`, { method });
    expect(response.status).toBe(405);
  });

  test('a path that is not the operation is 404', async () => {
    const response = await get('upload&access_token=t', {}, '/api/v1/file/smh0000000000000/-/%2E%2E');
    expect(response.status).toBe(404);
  });
});

describe('npm start', () => {
  test('starts in a few seconds on the PORT given, and logs what each request asked and got', async () => {
    const started = performance.now();
    const own = await startMock();
    try {
      const startupMs = performance.now() - started;
      expect(startupMs).toBeLessThan(10_000);
      expect(new URL(own.baseUrl).hostname).toBe('127.0.0.1');
      await fetch(`${own.baseUrl}${task}?upload&access_token=t`, { headers: { Prefer: 'code=404' } });
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the log flush
      expect(own.log()).toContain(`get ${task}`);
      expect(own.log()).toContain('Responding with "404"');
    } finally {
      await own.stop();
    }
  });
});
