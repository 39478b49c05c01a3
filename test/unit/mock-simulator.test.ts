// The simulator's upload lifecycle, driven in process (createMockFetch and
// the client): begin, parts stored, the status, renew, confirm and cancel,
// as the service answers them, a simple upload, names taken and bytes stored
// already. Its storage, seeds, faults and routes have files of their own
// (mock-simulator-*.test.ts).
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { SmhClient } from '../../src/index.ts';
import { IN_PROCESS_STORAGE_HOST, type MockFetch } from '../../src/mock/index.ts';
import { beginUpload, type Issued, putPart, simulatorWorld, storageError } from '../support/simulator.ts';

const MiB = 1024 * 1024;
const library = { libraryId: 'lib' };
const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest();
const bytesOf = (size: number, fill: number) => new Uint8Array(size).fill(fill);

/** PUTs `size` bytes (filled with `fill`, the part number by default) as part `number`, with the credentials given. */
const putBytes = (fetch: MockFetch, issued: Issued, number: number, size = MiB, headers = issued.headers, fill = number) =>
  putPart(fetch, issued, number, { headers, body: bytesOf(size, fill) });

const isoNear = (moment: number) => ({
  asymmetricMatch: (text: unknown) =>
    typeof text === 'string' && new Date(Date.parse(text)).toISOString() === text && Math.abs(Date.parse(text) - moment) < 2_000,
});

describe('a multipart upload, begun, sent and confirmed', () => {
  test('begin answers where to send the parts: its own storage host, a path, an upload ID, headers and an hour of credentials', async () => {
    const { smh, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    expect(started).toEqual({
      domain: IN_PROCESS_STORAGE_HOST,
      path: expect.stringMatching(/^\/smh-storage\/[0-9a-f]{32}$/),
      uploadId: expect.stringMatching(/^\d+[0-9a-f]{48}$/),
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: expect.stringMatching(/^q-sign-algorithm=sha1&q-ak=AKIDsimulator&q-sign-time=\d+;\d+&q-key-time=\d+;\d+&/),
        'x-cos-security-token': expect.stringMatching(/^[0-9a-f]{48}$/),
      },
      confirmKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      expiration: isoNear(simulator.clock.now() + 3_600_000),
      availableDomainNum: 1,
    });
  });

  test('the status of a task just begun: not confirmed, its path and type, no parts, and where to send them', async () => {
    const { smh, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const { data } = await smh.getUploadTask({ ...library, confirmKey: started.confirmKey });
    expect(data).toEqual({
      confirmed: false,
      path: ['videos', 'clip.mp4'],
      type: 'video',
      creationTime: isoNear(simulator.clock.now()),
      conflictResolutionStrategy: 'rename',
      force: false,
      availableDomainNum: 1,
      uploadId: started.uploadId,
      parts: [],
      uploadPartInfo: {
        domain: started.domain,
        path: started.path,
        uploadId: started.uploadId,
        headers: started.headers,
        expiration: started.expiration,
      },
    });
    expect(simulator.task(started.confirmKey)).toStrictEqual({
      confirmKey: started.confirmKey,
      kind: 'multipart',
      libraryId: 'lib',
      spaceId: '-',
      filePath: 'videos/clip.mp4',
      state: 'uploading',
      uploadId: started.uploadId,
      parts: [],
      expiration: started.expiration,
      pendingFaults: 0,
    });
  });

  test('a part PUT with the issued headers is stored; the status lists it with its size, MD5 ETag and time; a second PUT of it replaces it', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const stored = await putBytes(fetch, started, 2, MiB, started.headers, 7);
    expect([stored.status, stored.headers.get('etag')]).toEqual([200, `"${md5(bytesOf(MiB, 7)).toString('hex')}"`]);
    await putBytes(fetch, started, 2, 100);
    const { data } = await smh.getUploadTask({ ...library, confirmKey: started.confirmKey });
    expect(data?.parts).toEqual([
      { PartNumber: 2, Size: 100, ETag: `"${md5(bytesOf(100, 2)).toString('hex')}"`, LastModified: isoNear(simulator.clock.now()) },
    ]);
  });

  test('parts sent out of order are listed in order, by the status and by task()', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    for (const number of [3, 1, 2]) await putBytes(fetch, started, number, 10 * number);
    const etag = (number: number) => `"${md5(bytesOf(10 * number, number)).toString('hex')}"`;
    const { data } = await smh.getUploadTask({ ...library, confirmKey: started.confirmKey });
    expect(data?.parts?.map((part) => [part.PartNumber, part.Size, part.ETag])).toEqual([1, 2, 3].map((n) => [n, 10 * n, etag(n)]));
    expect(simulator.task(started.confirmKey)?.parts).toEqual([1, 2, 3].map((n) => ({ partNumber: n, size: 10 * n, etag: etag(n) })));
  });

  test("confirm with every part from 1 (sent in any order), the last smaller: the file, its ETag the MD5 of the parts' MD5s and their count", async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const sizes = { 1: MiB, 2: MiB, 3: 10 } as Record<number, number>;
    for (const number of [3, 1, 2]) await putBytes(fetch, started, number, sizes[number]);
    const task = { ...library, confirmKey: started.confirmKey };
    const { data } = await smh.confirmUpload({ ...task, crc64: '123' });
    const eTag = md5(Buffer.concat([1, 2, 3].map((n) => md5(bytesOf(sizes[n]!, n)))));
    expect(data).toEqual({
      path: ['videos', 'clip.mp4'],
      name: 'clip.mp4',
      type: 'video',
      creationTime: isoNear(simulator.clock.now()),
      modificationTime: isoNear(simulator.clock.now()),
      contentType: 'video/mp4',
      size: String(2 * MiB + 10),
      eTag: `"${eTag.toString('hex')}-3"`,
      crc64: '123',
      isOverwritten: false,
    });
    expect((await smh.getUploadTask(task)).data).toEqual({
      confirmed: true,
      path: ['videos', 'clip.mp4'],
      type: 'video',
      creationTime: isoNear(simulator.clock.now()),
      conflictResolutionStrategy: 'rename',
      force: false,
      availableDomainNum: 1,
    });
    expect(simulator.task(started.confirmKey)).toMatchObject({ state: 'confirmed', path: ['videos', 'clip.mp4'] });
    const second = await smh.confirmUpload(task);
    expect([second.response.status, second.error?.code]).toEqual([409, 'UploadComplete']);
    expect((await storageError(await putBytes(fetch, started, 4))).code).toBe('NoSuchUpload');
  });

  test('confirm without a crc64 answers none; a crc64 that is no string is not echoed', async () => {
    const { smh, fetch } = simulatorWorld();
    for (const [index, body] of [undefined, JSON.stringify({ crc64: 123 })].entries()) {
      const started = await beginUpload(smh, { filePath: `a${index}.bin` });
      await putBytes(fetch, started, 1, 10);
      const url = `https://api.smh.test/api/v1/file/lib/-/${started.confirmKey}?confirm&access_token=t`;
      const answer = await (await fetch(url, { method: 'POST', ...(body ? { body } : {}) })).json();
      expect(answer).toMatchObject({ size: '10', contentType: 'application/octet-stream' });
      expect(answer).not.toHaveProperty('crc64');
    }
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
  ] as const)('confirm with %s: 400 %s, and the task still uploading', async (_name, parts, code) => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    for (const [number, size] of parts) await putBytes(fetch, started, number, size);
    const { error, response } = await smh.confirmUpload({ ...library, confirmKey: started.confirmKey });
    expect([response.status, error?.code]).toEqual([400, code]);
    expect(simulator.task(started.confirmKey)?.state).toBe('uploading');
  });
});

describe('renew', () => {
  test('fresh headers and expiration for the same task and upload; the older headers hold until they expire', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    simulator.clock.advance(30 * 60_000);
    const { data: renewed } = await smh.renewUpload({ ...library, confirmKey: started.confirmKey });
    expect(renewed).toEqual({ ...started, headers: expect.any(Object), expiration: isoNear(simulator.clock.now() + 3_600_000) });
    expect(renewed!.headers.Authorization).not.toBe(started.headers.Authorization);
    expect(renewed!.headers['x-cos-security-token']).not.toBe(started.headers['x-cos-security-token']);
    expect(simulator.task(started.confirmKey)?.expiration).toBe(renewed!.expiration);
    expect((await putBytes(fetch, started, 1, 10)).status).toBe(200);
    simulator.clock.advance(31 * 60_000);
    expect((await putBytes(fetch, started, 1, 10)).status).toBe(403);
    expect((await putBytes(fetch, renewed!, 1, 10)).status).toBe(200);
  });

  test('a task keeps its newest 16 sets of credentials: the 16th renew forgets the set begin issued', async () => {
    const { smh, fetch } = simulatorWorld();
    const started = await beginUpload(smh);
    const renew = async () => (await smh.renewUpload({ ...library, confirmKey: started.confirmKey })).data!;
    const first = await renew();
    for (let count = 2; count <= 15; count++) await renew();
    expect((await putBytes(fetch, started, 1, 10)).status).toBe(200);
    await renew();
    expect((await storageError(await putBytes(fetch, started, 1, 10))).code).toBe('AccessDenied');
    expect((await putBytes(fetch, first, 1, 10)).status).toBe(200);
  });

  test('a simple upload has no renew (400 ParamInvalid); a confirmed one, nothing to renew (404)', async () => {
    const { smh, fetch } = simulatorWorld();
    const simple = await beginUpload(smh, { filePath: 'a.txt', simple: true });
    const refused = await smh.renewUpload({ ...library, confirmKey: simple.confirmKey });
    expect([refused.response.status, refused.error]).toEqual([
      400,
      expect.objectContaining({ code: 'ParamInvalid', message: 'renew is for multipart uploads: begin a simple upload again' }),
    ]);
    const multipart = await beginUpload(smh);
    await putBytes(fetch, multipart, 1, 10);
    await smh.confirmUpload({ ...library, confirmKey: multipart.confirmKey });
    const confirmed = await smh.renewUpload({ ...library, confirmKey: multipart.confirmKey });
    expect([confirmed.response.status, confirmed.error?.code]).toEqual([404, 'UploadNotFound']);
  });
});

describe('cancel, and tasks that are not there', () => {
  test('cancel answers 204; then the status is 404 UploadNotFound, storage NoSuchUpload, and a second cancel 404', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const task = { ...library, confirmKey: started.confirmKey };
    const cancelled = await smh.cancelUpload(task);
    expect([cancelled.response.status, cancelled.data, cancelled.response.headers.get('x-request-id')]).toEqual([
      204,
      undefined,
      expect.any(String),
    ]);
    expect(simulator.task(started.confirmKey)).toBeUndefined();
    expect((await smh.getUploadTask(task)).error?.code).toBe('UploadNotFound');
    expect((await storageError(await putBytes(fetch, started, 1, 10))).code).toBe('NoSuchUpload');
    expect((await smh.cancelUpload(task)).error?.code).toBe('UploadNotFound');
  });

  test('cancel of a confirmed task: 404 UploadNotFound, and the task stays confirmed', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const task = { ...library, confirmKey: started.confirmKey };
    await putBytes(fetch, started, 1, 10);
    await smh.confirmUpload(task);
    const cancelled = await smh.cancelUpload(task);
    expect([cancelled.response.status, cancelled.error?.code]).toEqual([404, 'UploadNotFound']);
    expect((await smh.getUploadTask(task)).data?.confirmed).toBe(true);
    expect(simulator.task(started.confirmKey)?.state).toBe('confirmed');
  });

  test('a key no task has, or a task of another library or space: 404 UploadNotFound on every call', async () => {
    const { smh } = simulatorWorld();
    const started = await beginUpload(smh);
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
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh, { filePath: 'docs/report.pdf', simple: true });
    expect(started).not.toHaveProperty('uploadId');
    const task = { ...library, confirmKey: started.confirmKey };
    expect((await smh.getUploadTask(task)).data).toEqual({
      confirmed: false,
      path: ['docs', 'report.pdf'],
      type: 'file',
      creationTime: isoNear(simulator.clock.now()),
      conflictResolutionStrategy: 'rename',
      force: false,
      availableDomainNum: 1,
    });
    const before = simulator.task(started.confirmKey);
    expect([before?.kind, before?.parts, before && 'uploadId' in before]).toEqual(['simple', [], false]);
    const incomplete = await smh.confirmUpload(task);
    expect([incomplete.response.status, incomplete.error?.code]).toEqual([400, 'UploadIncomplete']);
    const put = await fetch(`https://${started.domain}${started.path}`, { method: 'PUT', headers: started.headers, body: 'the report' });
    expect([put.status, put.headers.get('etag')]).toEqual([200, `"${createHash('md5').update('the report').digest('hex')}"`]);
    expect(simulator.task(started.confirmKey)?.parts).toEqual([{ partNumber: 1, size: 10, etag: put.headers.get('etag') }]);
    expect((await smh.confirmUpload(task)).data).toMatchObject({
      path: ['docs', 'report.pdf'],
      type: 'file',
      contentType: 'application/octet-stream',
      size: '10',
      eTag: put.headers.get('etag'),
    });
    expect(simulator.task(started.confirmKey)).toMatchObject({ state: 'confirmed', path: ['docs', 'report.pdf'] });
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
    const started = await beginUpload(smh, { filePath, ...hashes });
    await putBytes(fetch, started, 1, 10);
    return smh.confirmUpload({ ...library, confirmKey: started.confirmKey, ...(strategy ? { conflictResolutionStrategy: strategy } : {}) });
  }

  test('rename (the default) gives the file another name; overwrite replaces it; ask is refused, at confirm and at begin', async () => {
    const { smh, fetch } = simulatorWorld();
    expect((await upload(smh, fetch, 'a/clip.mp4')).data).toMatchObject({ path: ['a', 'clip.mp4'], isOverwritten: false });
    expect((await upload(smh, fetch, 'a/clip.mp4')).data).toMatchObject({ path: ['a', 'clip(1).mp4'], isOverwritten: false });
    expect((await upload(smh, fetch, 'a/clip.mp4')).data?.path).toEqual(['a', 'clip(2).mp4']);
    expect((await upload(smh, fetch, 'a/clip.mp4', 'overwrite')).data).toMatchObject({ path: ['a', 'clip.mp4'], isOverwritten: true });
    expect((await upload(smh, fetch, 'a/new.mp4', 'overwrite')).data).toMatchObject({ path: ['a', 'new.mp4'], isOverwritten: false });
    const asked = await upload(smh, fetch, 'a/clip.mp4', 'ask');
    expect([asked.response.status, asked.error?.code]).toEqual([409, 'SameNameDirectoryOrFileExists']);
    const refused = await smh.beginMultipartUpload({ ...library, filePath: 'a/clip.mp4', conflictResolutionStrategy: 'ask' });
    expect([refused.response.status, refused.error?.code]).toEqual([409, 'SameNameDirectoryOrFileExists']);
  });

  test("the strategy begin was given is the task's: its status shows it, and a confirm that names none follows it", async () => {
    const { smh, fetch } = simulatorWorld();
    await upload(smh, fetch, 'a.mp4');
    const overwriting = await beginUpload(smh, { filePath: 'a.mp4', conflictResolutionStrategy: 'overwrite' });
    const status = await smh.getUploadTask({ ...library, confirmKey: overwriting.confirmKey });
    expect(status.data?.conflictResolutionStrategy).toBe('overwrite');
    await putBytes(fetch, overwriting, 1, 10);
    expect((await smh.confirmUpload({ ...library, confirmKey: overwriting.confirmKey })).data).toMatchObject({
      path: ['a.mp4'],
      isOverwritten: true,
    });
    const asking = await beginUpload(smh, { filePath: 'b.mp4', conflictResolutionStrategy: 'ask' });
    await upload(smh, fetch, 'b.mp4');
    await putBytes(fetch, asking, 1, 10);
    const refused = await smh.confirmUpload({ ...library, confirmKey: asking.confirmKey });
    expect([refused.response.status, refused.error?.code]).toEqual([409, 'SameNameDirectoryOrFileExists']);
  });

  test.each([
    ['clip', 'clip(1)'],
    ['v1.2/clip', 'v1.2/clip(1)'],
    ['v1.2/clip.mp4', 'v1.2/clip(1).mp4'],
  ])('a second %s is renamed %s', async (filePath, renamed) => {
    const { smh, fetch } = simulatorWorld();
    await upload(smh, fetch, filePath);
    expect((await upload(smh, fetch, filePath)).data?.path).toEqual(renamed.split('/'));
  });

  test('begin with the beginning hash of a stored file: 202, send fullHash; with it, 200 and the file in place; another full hash, 201', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const original = await beginUpload(smh, { filePath: 'a.mp4', simple: true, beginningHash: 'aa', fullHash: 'bb' });
    const put = await fetch(`https://${original.domain}${original.path}`, { method: 'PUT', headers: original.headers, body: 'ten bytes!' });
    await smh.confirmUpload({ ...library, confirmKey: original.confirmKey });
    expect((await smh.beginMultipartUpload({ ...library, filePath: 'b.mp4', beginningHash: 'aa' })).data).toEqual({
      state: 'needs-full-hash',
    });
    const rapid = await smh.beginMultipartUpload({ ...library, filePath: 'b.mp4', beginningHash: 'aa', fullHash: 'bb' });
    expect([rapid.response.status, rapid.data]).toEqual([
      200,
      {
        state: 'already-stored',
        file: {
          path: ['b.mp4'],
          name: 'b.mp4',
          type: 'video',
          creationTime: isoNear(simulator.clock.now()),
          modificationTime: isoNear(simulator.clock.now()),
          contentType: 'video/mp4',
          size: '10',
          eTag: put.headers.get('etag'),
          isOverwritten: false,
        },
      },
    ]);
    const again = await smh.beginSimpleUpload({ ...library, filePath: 'b.mp4', beginningHash: 'aa', fullHash: 'bb' });
    expect(again.data).toMatchObject({ state: 'already-stored', file: { path: ['b(1).mp4'], isOverwritten: false } });
    expect((await smh.beginMultipartUpload({ ...library, filePath: 'c.mp4', beginningHash: 'aa', fullHash: 'cc' })).data?.state).toBe(
      'started',
    );
    expect((await smh.beginMultipartUpload({ ...library, filePath: 'd.mp4', beginningHash: 'ff' })).data?.state).toBe('started');
  });

  test('a file a rapid upload stored is one a later begin finds by its hashes, when the first is gone', async () => {
    const { smh, fetch } = simulatorWorld();
    await upload(smh, fetch, 'a.mp4', undefined, { beginningHash: 'aa', fullHash: 'bb' });
    await smh.beginMultipartUpload({ ...library, filePath: 'b.mp4', beginningHash: 'aa', fullHash: 'bb' });
    // a.mp4 overwritten with other bytes: only b.mp4 has the hashes now.
    await upload(smh, fetch, 'a.mp4', 'overwrite', { beginningHash: 'cc', fullHash: 'dd' });
    const rapid = await smh.beginMultipartUpload({
      ...library,
      filePath: 'e.mp4',
      beginningHash: 'aa',
      fullHash: 'bb',
      conflictResolutionStrategy: 'overwrite',
    });
    expect(rapid.data).toMatchObject({ state: 'already-stored', file: { path: ['e.mp4'], isOverwritten: false } });
  });
});

describe("a file's type, from its name", () => {
  test.each([
    ...['mp4', 'mov', 'mkv', 'avi', 'webm', 'm4v', 'flv', 'ts', 'MP4', 'old.Mov'].map((ext) => [`clip.${ext}`, 'video', 'video/mp4']),
    ...['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'bmp', 'tif', 'tiff', 'JPG'].map((ext) => [`photo.${ext}`, 'image', 'image/jpeg']),
    ...['report.pdf', 'mp4', 'clip.mp4.txt', 'noext', 'a.b.c'].map((name) => [name, 'file', 'application/octet-stream']),
  ])('%s is a %s (%s)', async (name, type, contentType) => {
    const { smh, simulator } = simulatorWorld();
    const { confirmKey } = simulator.seedTask({ filePath: `dir/${name}`, fileSize: 10, storedParts: [1] });
    const task = { libraryId: 'smh0000000000000', confirmKey };
    expect((await smh.getUploadTask(task)).data?.type).toBe(type);
    expect((await smh.confirmUpload(task)).data).toMatchObject({ name, type, contentType });
  });
});

describe("the service's JSON bodies", () => {
  test.each([
    ['over 64 KiB', 'x'.repeat(65 * 1024), 'the request body is over 65536 bytes'],
    ['an array', '[1]', 'the request body must be a JSON object'],
    ['not JSON', 'not json', 'the request body must be a JSON object'],
    ['null', 'null', 'the request body must be a JSON object'],
    ['a number', '5', 'the request body must be a JSON object'],
    ['a string', '"text"', 'the request body must be a JSON object'],
  ])('a body %s: 400 ParamInvalid, naming why', async (_name, body, message) => {
    const { fetch, simulator } = simulatorWorld();
    const url = 'https://api.smh.test/api/v1/file/lib/-/a.mp4?multipart&access_token=t';
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect([response.status, await response.json()]).toEqual([400, expect.objectContaining({ code: 'ParamInvalid', message })]);
    const seeded = simulator.seedTask({ filePath: 'b' });
    const confirm = `https://api.smh.test/api/v1/file/smh0000000000000/-/${seeded.confirmKey}?confirm&access_token=t`;
    expect((await fetch(confirm, { method: 'POST', body })).status).toBe(400);
  });
});
