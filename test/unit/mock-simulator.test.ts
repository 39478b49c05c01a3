// The simulator behind every face of the mock: tasks that begin, store
// parts, renew, confirm and cancel as the service's do; object storage that
// takes the credentials it issued and answers as storage answers; a clock,
// fault plans, reset, seed and read for tests. Driven here in process
// (createMockFetch and the client); the faces share its engine.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createSmhClient, planResume, type SmhClient } from '../../src/index.ts';
import { createMockFetch, createSimulator, IN_PROCESS_STORAGE_HOST, type MockFetch, type Simulator } from '../../src/mock/index.ts';

const MiB = 1024 * 1024;
const library = { libraryId: 'lib' };

function world(simulator: Simulator = createSimulator()) {
  const fetch = createMockFetch({ simulator });
  const smh = createSmhClient({ baseUrl: 'https://api.smh.test', accessToken: 'sim-token', fetch });
  return { simulator, fetch, smh };
}

async function begin(smh: SmhClient, filePath = 'videos/clip.mp4', extra: object = {}) {
  const { data, error } = await smh.beginMultipartUpload({ ...library, filePath, ...extra });
  if (data?.state !== 'started') throw new Error(`begin: ${JSON.stringify(data ?? error)}`);
  return data.upload;
}

/** PUTs `size` bytes (filled with `fill`) as part `number`, with the credentials given. */
const putPart = (
  fetch: MockFetch,
  started: { domain: string; path: string; uploadId?: string; headers: Record<string, string> },
  number: number | string,
  size = MiB,
  headers = started.headers,
  fill = number,
) =>
  fetch(`https://${started.domain}${started.path}?partNumber=${number}&uploadId=${started.uploadId}`, {
    method: 'PUT',
    headers,
    body: new Uint8Array(size).fill(Number(fill) || 1),
  });

const xmlCode = async (response: Response) => /<Code>(\w+)<\/Code>/.exec(await response.text())?.[1];

describe('a multipart upload, begun, sent and confirmed', () => {
  test('begin answers where to send the parts: its own storage host, a path, an upload ID, headers and an hour of credentials', async () => {
    const { smh, simulator } = world();
    const started = await begin(smh);
    expect(started).toEqual({
      domain: IN_PROCESS_STORAGE_HOST,
      path: expect.stringMatching(/^\/smh-storage\/[0-9a-f]{32}$/),
      uploadId: expect.any(String),
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: expect.stringMatching(/^q-sign-algorithm=sha1&/),
        'x-cos-security-token': expect.any(String),
      },
      confirmKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      expiration: new Date(Date.parse(started.expiration)).toISOString(),
      availableDomainNum: 1,
    });
    expect(Date.parse(started.expiration) - simulator.clock.now()).toBeGreaterThan(3_599_000);
  });

  test('a part PUT with the issued headers is stored; the status lists it with its size, MD5 ETag and time; a second PUT of it replaces it', async () => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    const stored = await putPart(fetch, started, 2, MiB, started.headers, 7);
    expect([stored.status, stored.headers.get('etag')]).toEqual([
      200,
      `"${createHash('md5').update(new Uint8Array(MiB).fill(7)).digest('hex')}"`,
    ]);
    await putPart(fetch, started, 2, 100);
    const { data } = await smh.getUploadTask({ ...library, confirmKey: started.confirmKey });
    expect(data).toMatchObject({
      confirmed: false,
      path: ['videos', 'clip.mp4'],
      type: 'video',
      conflictResolutionStrategy: 'rename',
      uploadId: started.uploadId,
      parts: [{ PartNumber: 2, Size: 100, ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/), LastModified: expect.any(String) }],
      uploadPartInfo: {
        domain: started.domain,
        path: started.path,
        uploadId: started.uploadId,
        headers: started.headers,
        expiration: started.expiration,
      },
    });
    expect(data!.parts![0]!.ETag).not.toBe(stored.headers.get('etag'));
  });

  test("confirm with every part from 1, the last smaller: the file, its ETag the MD5 of the parts' MD5s and their count; the status says confirmed", async () => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    for (const [number, size] of [
      [1, MiB],
      [2, MiB],
      [3, 10],
    ] as const)
      await putPart(fetch, started, number, size);
    const task = { ...library, confirmKey: started.confirmKey };
    const { data } = await smh.confirmUpload({ ...task, crc64: '123' });
    expect(data).toMatchObject({
      path: ['videos', 'clip.mp4'],
      name: 'clip.mp4',
      type: 'video',
      size: String(2 * MiB + 10),
      eTag: expect.stringMatching(/^"[0-9a-f]{32}-3"$/),
      crc64: '123',
      isOverwritten: false,
    });
    expect((await smh.getUploadTask(task)).data).toMatchObject({ confirmed: true, path: ['videos', 'clip.mp4'] });
    expect((await smh.getUploadTask(task)).data).not.toHaveProperty('uploadPartInfo');
    expect((await smh.confirmUpload(task)).error?.code).toBe('UploadComplete');
    expect(await xmlCode(await putPart(fetch, started, 4))).toBe('NoSuchUpload');
  });

  test.each([
    ['no part', [], 'MultipartUploadIncomplete'],
    [
      'a gap',
      [
        [1, MiB],
        [3, 10],
      ],
      'MultipartUploadIncomplete',
    ],
    ['parts not from 1', [[2, MiB]], 'MultipartUploadIncomplete'],
    [
      'a part other than the last under 1 MiB',
      [
        [1, MiB - 1],
        [2, 10],
      ],
      'MultipartUploadPartTooSmall',
    ],
  ] as const)('confirm with %s: 400 %s', async (_name, parts, code) => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    for (const [number, size] of parts) await putPart(fetch, started, number, size);
    const { error, response } = await smh.confirmUpload({ ...library, confirmKey: started.confirmKey });
    expect([response.status, error?.code]).toEqual([400, code]);
  });
});

describe('object storage', () => {
  test.each([
    [
      'altered credentials',
      (h: Record<string, string>) => ({ ...h, Authorization: `${h.Authorization}x` }),
      403,
      'AccessDenied',
      'does not match',
    ],
    ['no credentials', () => ({}), 403, 'AccessDenied', 'does not match'],
  ])('%s: %i %s', async (_name, alter, status, code, message) => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    const response = await putPart(fetch, started, 1, 10, alter(started.headers));
    expect([response.status, response.headers.get('content-type')]).toEqual([status, 'application/xml']);
    const text = await response.text();
    expect(text).toContain(`<Code>${code}</Code>`);
    expect(text).toContain(message);
  });

  test('credentials past their expiration (the clock moved on): 403 AccessDenied "Request has expired"', async () => {
    const { smh, fetch, simulator } = world();
    const started = await begin(smh);
    simulator.clock.advance(3_600_000);
    const response = await putPart(fetch, started, 1, 10);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Message>Request has expired</Message>');
  });

  test.each([['0'], ['10001'], ['x'], ['']])('part number %j: 400 InvalidArgument', async (number) => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    expect(await xmlCode(await putPart(fetch, started, number, 10))).toBe('InvalidArgument');
  });

  test("an upload ID that is not the task's: 404 NoSuchUpload; a Content-MD5 that does not match: 400 BadDigest; not a PUT: 405", async () => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    expect(await xmlCode(await putPart(fetch, { ...started, uploadId: 'other' }, 1, 10))).toBe('NoSuchUpload');
    expect(await xmlCode(await putPart(fetch, started, 1, 10, { ...started.headers, 'Content-MD5': 'AAAAAAAAAAAAAAAAAAAAAA==' }))).toBe(
      'BadDigest',
    );
    const md5 = createHash('md5').update(new Uint8Array(10).fill(1)).digest('base64');
    expect((await putPart(fetch, started, 1, 10, { ...started.headers, 'Content-MD5': md5 })).status).toBe(200);
    expect((await fetch(`https://${started.domain}${started.path}`, { method: 'GET' })).status).toBe(405);
  });
});

describe('renew', () => {
  test('fresh headers and expiration for the same task and upload; the older headers hold until they expire', async () => {
    const { smh, fetch, simulator } = world();
    const started = await begin(smh);
    simulator.clock.advance(30 * 60_000);
    const { data: renewed } = await smh.renewUpload({ ...library, confirmKey: started.confirmKey });
    expect(renewed).toMatchObject({ confirmKey: started.confirmKey, uploadId: started.uploadId, path: started.path });
    expect(renewed!.headers.Authorization).not.toBe(started.headers.Authorization);
    expect(Date.parse(renewed!.expiration) - Date.parse(started.expiration)).toBeGreaterThan(29 * 60_000);
    expect((await putPart(fetch, started, 1, 10)).status).toBe(200);
    simulator.clock.advance(31 * 60_000);
    expect((await putPart(fetch, started, 1, 10)).status).toBe(403);
    expect((await putPart(fetch, renewed!, 1, 10)).status).toBe(200);
  });

  test('a simple upload has no renew (400 ParamInvalid); a confirmed or cancelled one, nothing to renew (404)', async () => {
    const { smh, fetch } = world();
    const { data } = await smh.beginSimpleUpload({ ...library, filePath: 'a.txt' });
    const simple = data!.state === 'started' ? data!.upload : expect.unreachable();
    expect((await smh.renewUpload({ ...library, confirmKey: simple.confirmKey })).error).toMatchObject({
      code: 'ParamInvalid',
      message: 'renew is for multipart uploads: begin a simple upload again',
    });
    const multipart = await begin(smh);
    await putPart(fetch, multipart, 1, 10);
    await smh.confirmUpload({ ...library, confirmKey: multipart.confirmKey });
    expect((await smh.renewUpload({ ...library, confirmKey: multipart.confirmKey })).error?.code).toBe('UploadNotFound');
  });
});

describe('cancel, and tasks that are not there', () => {
  test('cancel answers 204; then the status is 404 UploadNotFound, storage NoSuchUpload, and a second cancel 404', async () => {
    const { smh, fetch } = world();
    const started = await begin(smh);
    const task = { ...library, confirmKey: started.confirmKey };
    const cancelled = await smh.cancelUpload(task);
    expect([cancelled.response.status, cancelled.data, cancelled.response.headers.get('x-request-id')]).toEqual([
      204,
      undefined,
      expect.any(String),
    ]);
    expect((await smh.getUploadTask(task)).error?.code).toBe('UploadNotFound');
    expect(await xmlCode(await putPart(fetch, started, 1, 10))).toBe('NoSuchUpload');
    expect((await smh.cancelUpload(task)).error?.code).toBe('UploadNotFound');
  });

  test('a key no task has, or a task of another library or space: 404 UploadNotFound on every call', async () => {
    const { smh } = world();
    const started = await begin(smh);
    for (const task of [
      { ...library, confirmKey: 'no-such-task' },
      { libraryId: 'other', confirmKey: started.confirmKey },
      { ...library, spaceId: 's', confirmKey: started.confirmKey },
    ]) {
      for (const call of [smh.getUploadTask, smh.renewUpload, smh.confirmUpload, smh.cancelUpload])
        expect((await call(task)).error?.code).toBe('UploadNotFound');
    }
  });
});

describe('a simple upload', () => {
  test('begin (no uploadId), one PUT of the body to its path, confirm; before the PUT, confirm is 400 UploadIncomplete', async () => {
    const { smh, fetch } = world();
    const { data } = await smh.beginSimpleUpload({ ...library, filePath: 'docs/report.pdf' });
    const started = data!.state === 'started' ? data!.upload : expect.unreachable();
    expect(started).not.toHaveProperty('uploadId');
    const task = { ...library, confirmKey: started.confirmKey };
    expect((await smh.getUploadTask(task)).data).toEqual(expect.not.objectContaining({ uploadPartInfo: expect.anything() }));
    expect((await smh.confirmUpload(task)).error?.code).toBe('UploadIncomplete');
    expect(
      await xmlCode(
        await fetch(`https://${started.domain}${started.path}?partNumber=1`, { method: 'PUT', headers: started.headers, body: 'x' }),
      ),
    ).toBe('InvalidArgument');
    const put = await fetch(`https://${started.domain}${started.path}`, { method: 'PUT', headers: started.headers, body: 'the report' });
    expect(put.status).toBe(200);
    expect((await smh.confirmUpload(task)).data).toMatchObject({
      path: ['docs', 'report.pdf'],
      type: 'file',
      size: '10',
      eTag: put.headers.get('etag'),
    });
  });
});

describe('names taken, and bytes stored already', () => {
  async function upload(
    smh: SmhClient,
    fetch: MockFetch,
    filePath: string,
    strategy?: 'ask' | 'rename' | 'overwrite',
    hashes: object = {},
  ) {
    const started = await begin(smh, filePath, hashes);
    await putPart(fetch, started, 1, 10);
    return smh.confirmUpload({ ...library, confirmKey: started.confirmKey, ...(strategy ? { conflictResolutionStrategy: strategy } : {}) });
  }

  test('rename (the default) gives the file another name; overwrite replaces it; ask is refused, at confirm and at begin', async () => {
    const { smh, fetch } = world();
    expect((await upload(smh, fetch, 'a/clip.mp4')).data?.path).toEqual(['a', 'clip.mp4']);
    expect((await upload(smh, fetch, 'a/clip.mp4')).data?.path).toEqual(['a', 'clip(1).mp4']);
    expect((await upload(smh, fetch, 'a/clip.mp4')).data?.path).toEqual(['a', 'clip(2).mp4']);
    expect((await upload(smh, fetch, 'a/clip.mp4', 'overwrite')).data).toMatchObject({ path: ['a', 'clip.mp4'], isOverwritten: true });
    expect((await upload(smh, fetch, 'a/clip.mp4', 'ask')).error?.code).toBe('SameNameDirectoryOrFileExists');
    const refused = await smh.beginMultipartUpload({ ...library, filePath: 'a/clip.mp4', conflictResolutionStrategy: 'ask' });
    expect([refused.response.status, refused.error?.code]).toEqual([409, 'SameNameDirectoryOrFileExists']);
  });

  test('begin with the beginning hash of a stored file: 202, send fullHash; with it, 200 and the file in place; another full hash, 201', async () => {
    const { smh, fetch } = world();
    await upload(smh, fetch, 'a.mp4', undefined, { beginningHash: 'aa', fullHash: 'bb' });
    expect((await smh.beginMultipartUpload({ ...library, filePath: 'b.mp4', beginningHash: 'aa' })).data).toEqual({
      state: 'needs-full-hash',
    });
    expect((await smh.beginMultipartUpload({ ...library, filePath: 'b.mp4', beginningHash: 'aa', fullHash: 'bb' })).data).toMatchObject({
      state: 'already-stored',
      file: { path: ['b.mp4'], size: '10' },
    });
    expect((await smh.beginMultipartUpload({ ...library, filePath: 'c.mp4', beginningHash: 'aa', fullHash: 'cc' })).data?.state).toBe(
      'started',
    );
  });
});

describe('bounds', () => {
  test('a JSON body over 64 KiB, or one that is no object: 400 ParamInvalid', async () => {
    const { fetch } = world();
    const url = 'https://api.smh.test/api/v1/file/lib/-/a.mp4?multipart&access_token=t';
    for (const body of ['x'.repeat(65 * 1024), '[1]', 'not json']) {
      const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(400);
      expect((await response.json()).code).toBe('ParamInvalid');
    }
  });

  test('past 1,000 live tasks, begin answers QuotaLimitReached', async () => {
    const { smh, simulator } = world();
    for (let index = 0; index < 1_000; index++) simulator.seedTask({ filePath: `f${index}` });
    const { error, response } = await smh.beginMultipartUpload({ libraryId: 'smh0000000000000', filePath: 'one-more' });
    expect([response.status, error?.code]).toEqual([400, 'QuotaLimitReached']);
  });
});

describe('what a test asks of the simulator', () => {
  test('seedTask: a task with parts stored already; planResume says what is left; read it back', async () => {
    const { smh, simulator } = world();
    const seeded = simulator.seedTask({ filePath: 'v/clip.mp4', fileSize: 5 * MiB, storedParts: [1, 2, 3], confirmKey: 'three-of-five' });
    expect(seeded).toMatchObject({
      confirmKey: 'three-of-five',
      state: 'uploading',
      parts: [{ partNumber: 1, size: MiB }, { partNumber: 2 }, { partNumber: 3 }],
      pendingFaults: 0,
    });
    const { data } = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'three-of-five' });
    const plan = planResume(data!, { fileSize: 5 * MiB, now: new Date(simulator.clock.now()) });
    expect(plan.state === 'upload' && plan.parts.map((part) => part.partNumber)).toEqual([4, 5]);
    expect(simulator.task('three-of-five')).toEqual(seeded);
    expect(simulator.task('none')).toBeUndefined();
  });

  test.each([
    [{ filePath: '' }, 'filePath must be directories and a name joined by "/"'],
    [{ filePath: 'a', kind: 'other' }, 'kind must be "multipart" or "simple"'],
    [{ filePath: 'a', fileSize: 2 * MiB, storedParts: [3] }, 'storedParts must be part numbers from 1 to 2'],
    [{ filePath: 'a', confirmKey: 'has space' }, 'confirmKey must be up to 128 letters'],
    [{ filePath: 'a', partSize: 0 }, 'partSize must be a positive whole number of bytes'],
  ])('seedTask(%o) is refused: %s', (seed, message) => {
    expect(() => createSimulator().seedTask(seed as never)).toThrow(new RegExp(`^seedTask: ${message.replace(/[()]/g, '\\$&')}`));
  });

  test('a seeded task whose credentials expired already: planResume says renew; renew, and the upload goes on', async () => {
    const { smh, simulator } = world();
    simulator.seedTask({ filePath: 'a.mp4', fileSize: 2 * MiB, storedParts: [1], confirmKey: 'stale', credentialsExpireInMs: -1 });
    const task = { libraryId: 'smh0000000000000', confirmKey: 'stale' };
    const now = () => new Date(simulator.clock.now());
    expect(planResume((await smh.getUploadTask(task)).data!, { fileSize: 2 * MiB, now: now() }).state).toBe('renew');
    await smh.renewUpload(task);
    expect(planResume((await smh.getUploadTask(task)).data!, { fileSize: 2 * MiB, now: now() }).state).toBe('upload');
  });

  test('reset forgets every task and file, and puts the clock back', async () => {
    const { smh, simulator } = world();
    const started = await begin(smh);
    simulator.clock.advance(86_400_000);
    simulator.reset();
    expect(Math.abs(simulator.clock.now() - Date.now())).toBeLessThan(1_000);
    expect(simulator.task(started.confirmKey)).toBeUndefined();
    expect((await smh.getUploadTask({ ...library, confirmKey: started.confirmKey })).error?.code).toBe('UploadNotFound');
  });

  test('the clock: advance and set move it; the real clock runs on', () => {
    const { clock } = createSimulator();
    clock.set(new Date('2030-01-01T00:00:00Z'));
    expect(Math.abs(clock.now() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1_000);
    clock.advance(-86_400_000);
    expect(clock.now()).toBeLessThan(Date.parse('2030-01-01T00:00:00Z') - 86_000_000);
    expect(() => clock.advance(Number.NaN)).toThrow(TypeError);
    expect(() => clock.set(Number.NaN)).toThrow(TypeError);
  });

  test('two faces given one simulator share its tasks', async () => {
    const simulator = createSimulator();
    const started = await begin(world(simulator).smh);
    expect((await world(simulator).smh.getUploadTask({ ...library, confirmKey: started.confirmKey })).data?.confirmed).toBe(false);
    expect((await world().smh.getUploadTask({ ...library, confirmKey: started.confirmKey })).error?.code).toBe('UploadNotFound');
  });
});

describe('faults, each met once, in order', () => {
  test('part 2 once with expired credentials, then once with 503; parts without a fault are stored', async () => {
    const { smh, fetch, simulator } = world();
    const started = await begin(smh);
    simulator.addFaults(started.confirmKey, [
      { call: 'storage', partNumber: 2, fault: 'expired' },
      { call: 'storage', partNumber: 2, fault: 503 },
    ]);
    expect((await putPart(fetch, started, 1, 10)).status).toBe(200);
    const expired = await putPart(fetch, started, 2, 10);
    expect([expired.status, await expired.text()]).toEqual([403, expect.stringContaining('Request has expired')]);
    expect(await xmlCode(await putPart(fetch, started, 2, 10))).toBe('ServiceUnavailable');
    expect((await putPart(fetch, started, 2, 10)).status).toBe(200);
    expect(simulator.task(started.confirmKey)?.pendingFaults).toBe(0);
  });

  test("any part: denied, 500, then a dropped connection (fetch's network error)", async () => {
    const { smh, fetch, simulator } = world();
    const started = await begin(smh);
    simulator.addFaults(started.confirmKey, [
      { call: 'storage', fault: 'denied' },
      { call: 'storage', fault: 500 },
      { call: 'storage', fault: 'drop' },
    ]);
    expect((await putPart(fetch, started, 1, 10)).status).toBe(403);
    expect((await putPart(fetch, started, 1, 10)).status).toBe(500);
    await expect(putPart(fetch, started, 1, 10)).rejects.toMatchObject({ constructor: TypeError, message: 'fetch failed' });
    expect((await putPart(fetch, started, 1, 10)).status).toBe(200);
  });

  test("the service's calls: renew once with RateLimitExceeded, the status once dropped, confirm once with InternalServerError", async () => {
    const { smh, fetch, simulator } = world();
    const started = await begin(smh);
    const task = { ...library, confirmKey: started.confirmKey };
    simulator.addFaults(started.confirmKey, [
      { call: 'renewUpload', fault: 'RateLimitExceeded' },
      { call: 'getUploadTask', fault: 'drop' },
      { call: 'confirmUpload', fault: 'InternalServerError' },
    ]);
    expect((await smh.renewUpload(task)).response.status).toBe(429);
    expect((await smh.renewUpload(task)).response.status).toBe(200);
    await expect(smh.getUploadTask(task)).rejects.toMatchObject({ message: 'fetch failed' });
    await putPart(fetch, started, 1, 10);
    expect((await smh.confirmUpload(task)).error?.code).toBe('InternalServerError');
    expect((await smh.confirmUpload(task)).response.status).toBe(200);
  });

  test.each([
    [[{ call: 'renewUpload', fault: 'NoSuchCode' }], 'NoSuchCode is no error renewUpload documents'],
    [[{ call: 'storage', fault: 'slow' }], 'a storage fault is "expired", "denied", "drop", 500 or 503'],
    [[{ call: 'storage', partNumber: 0, fault: 500 }], 'partNumber is an integer from 1 to 10000'],
    [[{ call: 'begin', fault: 'drop' }], 'call is "storage", "getUploadTask", "renewUpload", "confirmUpload" or "cancelUpload"'],
    [[null], 'a fault is an object with call and fault'],
    [Array.from({ length: 101 }, () => ({ call: 'storage', fault: 500 })), "a task's plan holds at most 100 faults"],
  ])('a plan that is wrong is refused, naming what: %#', (faults, message) => {
    const simulator = createSimulator();
    const { confirmKey } = simulator.seedTask({ filePath: 'a' });
    expect(() => simulator.addFaults(confirmKey, faults as never)).toThrow(`addFaults: ${message}`);
    expect(() => simulator.addFaults('none', [])).toThrow('addFaults: no task none');
  });
});

describe("the simulator's own routes, under /__smh-mock/", () => {
  test('reset, the clock, a seeded task read back, a fault plan; what is wrong is a 400 naming it; anything else a 404', async () => {
    const { fetch, smh } = world();
    const route = (path: string, method = 'GET', body?: unknown) =>
      fetch(`https://api.smh.test/__smh-mock/${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const clock = await (await route('clock', 'POST', { now: '2030-01-01T00:00:00Z' })).json();
    expect(Date.parse(clock.now)).toBeGreaterThanOrEqual(Date.parse('2030-01-01T00:00:00Z'));
    expect((await (await route('clock', 'POST', { advanceMs: 60_000 })).json()).now >= '2030-01-01T00:01:00').toBe(true);
    const seeded = await route('tasks', 'POST', { filePath: 'a.mp4', fileSize: 3 * MiB, storedParts: [1], confirmKey: 'routed' });
    expect(seeded.status).toBe(201);
    expect((await (await route('tasks/routed')).json()).parts).toHaveLength(1);
    expect(
      (await (await route('tasks/routed/faults', 'POST', { faults: [{ call: 'getUploadTask', fault: 'RateLimitExceeded' }] })).json())
        .pendingFaults,
    ).toBe(1);
    expect((await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'routed' })).response.status).toBe(429);
    expect((await route('reset', 'POST')).status).toBe(204);
    expect((await route('tasks/routed')).status).toBe(404);
    const wrong = await route('tasks', 'POST', { filePath: '' });
    expect([wrong.status, (await wrong.json()).detail]).toEqual([400, 'filePath must be directories and a name joined by "/"']);
    expect((await route('clock', 'POST', {})).status).toBe(400);
    expect((await route('nothing')).status).toBe(404);
  });
});
