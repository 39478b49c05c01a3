// The simulator's object storage (docs/storage.md): what a part's PUT, or a
// simple upload's, gets back, in the order storage checks it, with object
// storage's XML errors. Driven in process through createMockFetch.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createSimulator } from '../../src/mock/index.ts';
import { beginUpload, putObject, putPart, simulatorWorld, storageError } from '../support/simulator.ts';

const library = { libraryId: 'lib' };
const MAX_OBJECT_BYTES = 5 * 1024 * 1024 * 1024;
const NO_SUCH_UPLOAD =
  'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.';
const SIGNATURE = 'The request signature we calculated does not match the signature you provided.';
const PART_NUMBER = 'Part number must be an integer between 1 and 10000, inclusive.';

/** A body read as storage reads it: `chunks` one by one as asked for; `cancel` is called when the reader gives up. */
function streamOf(chunks: Array<() => Promise<Uint8Array> | Uint8Array>, cancel = () => {}) {
  const pulled: number[] = [];
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        pulled.push(pulled.length);
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(await next());
      },
      cancel,
    },
    { highWaterMark: 0 },
  );
  return { body, pulled, init: { body, duplex: 'half' } as RequestInit };
}

/** A chunk that says it holds `byteLength` bytes (one, in truth): storage counts a body by its chunks' byteLength. */
const claiming = (byteLength: number) => Object.defineProperty(new Uint8Array(1), 'byteLength', { value: byteLength });

afterEach(() => {
  vi.useRealTimers();
});

describe('what storage answers, in the order it checks', () => {
  test("an error is object storage's XML: its code, message, the resource, the request's ID (its x-cos-request-id too) and a trace ID", async () => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    const response = await fetch(`https://${started.domain}${started.path}`, { method: 'GET' });
    const requestId = response.headers.get('x-cos-request-id');
    expect([response.status, response.headers.get('content-type'), requestId]).toEqual([
      405,
      'application/xml',
      expect.stringMatching(/^[0-9a-f]{24}$/),
    ]);
    expect((await response.text()).replace(/<TraceId>[0-9a-f]{32}<\/TraceId>/, '<TraceId>…</TraceId>')).toBe(
      `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>MethodNotAllowed</Code>\n\t<Message>The specified method is not allowed against this resource.</Message>\n\t<Resource>${started.path}</Resource>\n\t<RequestId>${requestId}</RequestId>\n\t<TraceId>…</TraceId>\n</Error>`,
    );
  });

  test('not a PUT: 405 MethodNotAllowed; to HEAD, with no body', async () => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    const head = await fetch(`https://${started.domain}${started.path}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type'), await head.text()]).toEqual([405, 'application/xml', '']);
    expect(await storageError(await fetch(`https://${started.domain}${started.path}`, { method: 'POST', body: 'x' }))).toMatchObject({
      status: 405,
      code: 'MethodNotAllowed',
    });
  });

  test("an object it does not know, an upload ID not the task's, a task cancelled or confirmed: 404 NoSuchUpload", async () => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    const noSuchUpload = (resource: string) => ({ status: 404, code: 'NoSuchUpload', message: NO_SUCH_UPLOAD, resource });
    expect(await storageError(await putPart(fetch, { ...started, uploadId: 'other' }, 1))).toEqual(noSuchUpload(started.path));
    expect(await storageError(await putPart(fetch, { ...started, path: '/smh-storage/none' }, 1))).toEqual(
      noSuchUpload('/smh-storage/none'),
    );
    expect(await storageError(await putPart(fetch, { ...started, path: '/smh-storage/a&b' }, 1))).toEqual(
      noSuchUpload('/smh-storage/a&amp;b'),
    );
    await smh.cancelUpload({ ...library, confirmKey: started.confirmKey });
    expect(await storageError(await putPart(fetch, started, 1))).toEqual(noSuchUpload(started.path));
  });

  test.each([
    ['0', '0'],
    ['10001', '10001'],
    ['not a number', 'x'],
    ['empty', ''],
    ['signed', '%2B1'],
    ['after a space', '+1'],
    ['before a space', '1%20'],
    ['a decimal', '1.0'],
    ['an exponent', '1e3'],
    ['six digits', '000001'],
  ])('part number %s (%j): 400 InvalidArgument', async (_name, number) => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    expect(await storageError(await putPart(fetch, started, number))).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message: PART_NUMBER,
    });
  });

  test('no part number at all: 400 InvalidArgument; parts 1 and 10000 are stored', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    expect(await storageError(await putObject(fetch, started, `?uploadId=${started.uploadId}`))).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message: PART_NUMBER,
    });
    expect((await putPart(fetch, started, 1)).status).toBe(200);
    expect((await putPart(fetch, started, 10_000)).status).toBe(200);
    expect(simulator.task(started.confirmKey)?.parts.map((part) => part.partNumber)).toEqual([1, 10_000]);
  });

  test.each([
    ['an uploadId', '?uploadId=x'],
    ['a partNumber', '?partNumber=1'],
  ])("a simple upload's PUT with %s: 400 InvalidArgument", async (_name, query) => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh, { simple: true });
    expect(await storageError(await putObject(fetch, started, query))).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message: 'A simple upload takes no uploadId or partNumber.',
    });
  });

  test.each([
    ['an altered Authorization', (h: Record<string, string>) => ({ ...h, Authorization: `${h.Authorization}x` })],
    ['an altered x-cos-security-token', (h: Record<string, string>) => ({ ...h, 'x-cos-security-token': `${h['x-cos-security-token']}x` })],
    ['no credentials', () => ({})],
  ])('%s: 403 AccessDenied, the signature does not match', async (_name, alter) => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    expect(await storageError(await putPart(fetch, started, 1, { headers: alter(started.headers) }))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: SIGNATURE,
    });
  });

  test("another task's credentials: 403 AccessDenied, the signature does not match", async () => {
    const { smh, fetch } = simulatorWorld();
    const [one, other] = [await beginUpload(smh), await beginUpload(smh)];
    expect(await storageError(await putPart(fetch, one, 1, { headers: other.headers }))).toMatchObject({ status: 403, message: SIGNATURE });
  });

  test('credentials are taken until the millisecond of their expiration: then 403 AccessDenied "Request has expired"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const expiresAt = Date.parse(started.expiration);
    simulator.clock.set(expiresAt - 1);
    expect((await putPart(fetch, started, 1)).status).toBe(200);
    simulator.clock.set(expiresAt);
    expect(await storageError(await putPart(fetch, started, 1))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'Request has expired',
    });
  });

  test('the Authorization is signed for the time the credentials hold, in seconds: q-sign-time and q-key-time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { smh, simulator } = simulatorWorld(createSimulator({ credentialsTtlMs: 1_500 }));
    simulator.clock.set(Date.parse('2030-01-01T00:00:00.700Z'));
    const { headers, expiration } = await beginUpload(smh);
    const start = Date.parse('2030-01-01T00:00:00Z') / 1000;
    expect(headers.Authorization).toContain(`&q-sign-time=${start};${start + 2}&q-key-time=${start};${start + 2}&`);
    expect(expiration).toBe('2030-01-01T00:00:02.200Z');
  });

  test('a Content-MD5 that does not match the body: 400 BadDigest; one that does, stored', async () => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    const headers = (md5: string) => ({ headers: { ...started.headers, 'Content-MD5': md5 } });
    expect(await storageError(await putPart(fetch, started, 1, headers('AAAAAAAAAAAAAAAAAAAAAA==')))).toMatchObject({
      status: 400,
      code: 'BadDigest',
      message: 'The Content-MD5 you specified did not match what was received.',
    });
    expect((await putPart(fetch, started, 1, headers(createHash('md5').update('ten bytes!').digest('base64')))).status).toBe(200);
  });

  test('an empty body is a part too: 200, the ETag the MD5 of nothing', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const stored = await fetch(`https://${started.domain}${started.path}?partNumber=1&uploadId=${started.uploadId}`, {
      method: 'PUT',
      headers: started.headers,
    });
    expect([stored.status, stored.headers.get('etag')]).toEqual([200, '"d41d8cd98f00b204e9800998ecf8427e"']);
    expect(simulator.task(started.confirmKey)?.parts).toEqual([{ partNumber: 1, size: 0, etag: '"d41d8cd98f00b204e9800998ecf8427e"' }]);
  });

  test('a body of 5 GiB is taken; a byte more is 400 EntityTooLarge, and the rest is not read', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const whole = streamOf([() => claiming(MAX_OBJECT_BYTES)]);
    expect((await putPart(fetch, started, 1, whole.init)).status).toBe(200);
    expect(simulator.task(started.confirmKey)?.parts).toMatchObject([{ partNumber: 1, size: MAX_OBJECT_BYTES }]);
    const cancel = vi.fn();
    const over = streamOf([() => claiming(MAX_OBJECT_BYTES), () => new Uint8Array(1), () => new Uint8Array(1)], cancel);
    expect(await storageError(await putPart(fetch, started, 2, over.init))).toMatchObject({
      status: 400,
      code: 'EntityTooLarge',
      message: `Your proposed upload exceeds the maximum allowed object size (${MAX_OBJECT_BYTES} bytes).`,
    });
    expect([over.pulled.length, cancel.mock.calls.length]).toEqual([2, 1]);
    expect(simulator.task(started.confirmKey)?.parts.map((part) => part.partNumber)).toEqual([1]);
  });

  test('a task cancelled while its part was being read: 404 NoSuchUpload, nothing stored', async () => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    let reading!: () => void;
    const read = new Promise<void>((resolve) => {
      reading = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const body = streamOf([
      async () => {
        reading();
        await released;
        return new Uint8Array(10);
      },
    ]);
    const answer = putPart(fetch, started, 1, body.init);
    await read;
    expect((await smh.cancelUpload({ ...library, confirmKey: started.confirmKey })).response.status).toBe(204);
    release();
    expect(await storageError(await answer)).toMatchObject({ status: 404, code: 'NoSuchUpload', message: NO_SUCH_UPLOAD });
  });

  test("a simple upload's body: stored as its part 1, met by a storage fault for part 1", async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh, { simple: true });
    simulator.addFaults(started.confirmKey, [{ call: 'storage', partNumber: 1, fault: 503 }]);
    expect(await storageError(await putObject(fetch, started))).toMatchObject({ status: 503, code: 'ServiceUnavailable' });
    expect((await putObject(fetch, started)).status).toBe(200);
    expect(simulator.task(started.confirmKey)?.parts).toMatchObject([{ partNumber: 1, size: 10 }]);
  });
});
