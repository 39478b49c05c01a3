// What a test asks of the simulator in process: createSimulator's options,
// seedTask (and the seeds it refuses, naming why), task(), the clock, reset,
// the caps on live tasks, and one simulator shared between faces.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { planResume } from '../../src/index.ts';
import { createSimulator, type Simulator } from '../../src/mock/index.ts';
import { putPart, simulatorWorld } from '../support/simulator.ts';

const MiB = 1024 * 1024;
const defaults = { libraryId: 'smh0000000000000' };

afterEach(() => {
  vi.useRealTimers();
});

describe('createSimulator', () => {
  test.each([[999], [1000.5], [Number.NaN], ['5000']])('credentialsTtlMs %j is refused', (credentialsTtlMs) => {
    expect(() => createSimulator({ credentialsTtlMs: credentialsTtlMs as number })).toThrow(
      new TypeError('createSimulator: credentialsTtlMs must be a whole number of milliseconds, at least 1000'),
    );
  });

  test('credentialsTtlMs: how long the credentials begin and renew issue hold', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { smh, fetch, simulator } = simulatorWorld(createSimulator({ credentialsTtlMs: 1000 }));
    const { data } = await smh.beginMultipartUpload({ ...defaults, filePath: 'a.mp4' });
    const started = data?.state === 'started' ? data.upload : expect.unreachable();
    expect(Date.parse(started.expiration) - simulator.clock.now()).toBe(1000);
    simulator.clock.advance(999);
    expect((await putPart(fetch, started, 1)).status).toBe(200);
    simulator.clock.advance(1);
    expect((await putPart(fetch, started, 1)).status).toBe(403);
    const renewed = (await smh.renewUpload({ ...defaults, confirmKey: started.confirmKey })).data!;
    expect(Date.parse(renewed.expiration) - simulator.clock.now()).toBe(1000);
  });
});

describe('seedTask', () => {
  test('a task with parts stored already; planResume says what is left; read it back', async () => {
    const { smh, simulator } = simulatorWorld();
    const seeded = simulator.seedTask({ filePath: 'v/clip.mp4', fileSize: 5 * MiB, storedParts: [1, 2, 3], confirmKey: 'three-of-five' });
    expect(seeded).toMatchObject({
      confirmKey: 'three-of-five',
      state: 'uploading',
      parts: [{ partNumber: 1, size: MiB }, { partNumber: 2 }, { partNumber: 3 }],
      pendingFaults: 0,
    });
    const { data } = await smh.getUploadTask({ ...defaults, confirmKey: 'three-of-five' });
    const plan = planResume(data!, { fileSize: 5 * MiB, now: new Date(simulator.clock.now()) });
    expect(plan.state === 'upload' && plan.parts.map((part) => part.partNumber)).toEqual([4, 5]);
    expect(simulator.task('three-of-five')).toEqual(seeded);
    expect(simulator.task('none')).toBeUndefined();
  });

  test('the defaults: a multipart task of the spec\'s library, space "-", a random key, no parts, credentials for the time to live, rename', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { smh, simulator } = simulatorWorld();
    const seeded = simulator.seedTask({ filePath: 'a/b.mp4' });
    expect(seeded).toStrictEqual({
      confirmKey: expect.stringMatching(/^[0-9a-f]{32}$/),
      kind: 'multipart',
      libraryId: 'smh0000000000000',
      spaceId: '-',
      filePath: 'a/b.mp4',
      state: 'uploading',
      uploadId: expect.any(String),
      parts: [],
      expiration: new Date(simulator.clock.now() + 3_600_000).toISOString(),
      pendingFaults: 0,
    });
    const { data } = await smh.getUploadTask({ ...defaults, confirmKey: seeded.confirmKey });
    expect(data).toMatchObject({ conflictResolutionStrategy: 'rename', uploadId: seeded.uploadId, parts: [] });
  });

  test('given library, space, strategy and credentials that expire in 5 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { smh, simulator } = simulatorWorld();
    const seeded = simulator.seedTask({
      filePath: 'a.mp4',
      libraryId: 'lib',
      spaceId: 'space',
      conflictResolutionStrategy: 'overwrite',
      credentialsExpireInMs: 5_000,
    });
    expect(seeded).toMatchObject({ libraryId: 'lib', spaceId: 'space', expiration: new Date(simulator.clock.now() + 5_000).toISOString() });
    const { data } = await smh.getUploadTask({ libraryId: 'lib', spaceId: 'space', confirmKey: seeded.confirmKey });
    expect(data).toMatchObject({ conflictResolutionStrategy: 'overwrite', uploadPartInfo: { expiration: seeded.expiration } });
    expect(data?.uploadPartInfo?.headers.Authorization).toMatch(/&q-sign-time=(\d+);(\d+)&/);
    const [, start, end] = /&q-sign-time=(\d+);(\d+)&/.exec(data!.uploadPartInfo!.headers.Authorization!)!;
    expect(Number(end) - Number(start)).toBe(5);
  });

  test.each([
    [
      'the last part holding the rest',
      { fileSize: 2.5 * MiB, storedParts: [3, 1] },
      [
        [1, MiB],
        [3, 0.5 * MiB],
      ],
    ],
    [
      'no fileSize: the parts, the last stored the last',
      { partSize: 2 * MiB, storedParts: [1, 3] },
      [
        [1, 2 * MiB],
        [3, 2 * MiB],
      ],
    ],
    [
      'parts of a byte',
      { partSize: 1, fileSize: 3, storedParts: [1, 2, 3] },
      [
        [1, 1],
        [2, 1],
        [3, 1],
      ],
    ],
    ['an empty file', { fileSize: 0, storedParts: [1] }, [[1, 0]]],
    ['a part named twice', { fileSize: 2 * MiB, storedParts: [2, 2] }, [[2, MiB]]],
  ])('stored parts: %s', (_name, seed, parts) => {
    const seeded = createSimulator().seedTask({ filePath: 'a.mp4', ...seed });
    expect(seeded.parts).toEqual(
      parts.map(([partNumber, size]) => ({ partNumber, size, etag: expect.stringMatching(/^"[0-9a-f]{32}"$/) })),
    );
    expect(new Set(seeded.parts.map((part) => part.etag)).size).toBe(parts.length);
  });

  test('a simple task with its body stored: confirm makes the file', async () => {
    const { smh, simulator } = simulatorWorld();
    const seeded = simulator.seedTask({ filePath: 'a.txt', kind: 'simple', fileSize: 10, storedParts: [1] });
    expect(seeded).toMatchObject({ kind: 'simple', parts: [{ partNumber: 1, size: 10 }] });
    expect('uploadId' in seeded).toBe(false);
    const { data } = await smh.confirmUpload({ ...defaults, confirmKey: seeded.confirmKey });
    expect(data).toMatchObject({ path: ['a.txt'], size: '10', eTag: seeded.parts[0]!.etag });
    expect(simulator.task(seeded.confirmKey)).toMatchObject({ state: 'confirmed', path: ['a.txt'] });
  });

  test('keys of up to 128 letters, digits, "-", "_", "." and "~"', () => {
    const simulator = createSimulator();
    for (const confirmKey of ['k'.repeat(128), 'a-b_c.d~e'])
      expect(simulator.seedTask({ filePath: 'a', confirmKey }).confirmKey).toBe(confirmKey);
  });

  test('credentials that expired already: planResume says renew; renew, and the upload goes on', async () => {
    const { smh, simulator } = simulatorWorld();
    simulator.seedTask({ filePath: 'a.mp4', fileSize: 2 * MiB, storedParts: [1], confirmKey: 'stale', credentialsExpireInMs: 0 });
    const task = { ...defaults, confirmKey: 'stale' };
    const now = () => new Date(simulator.clock.now());
    expect(planResume((await smh.getUploadTask(task)).data!, { fileSize: 2 * MiB, now: now() }).state).toBe('renew');
    await smh.renewUpload(task);
    expect(planResume((await smh.getUploadTask(task)).data!, { fileSize: 2 * MiB, now: now() }).state).toBe('upload');
  });

  const FILE_PATH = 'filePath must be directories and a name joined by "/"';
  const refused = (seed: unknown, message: string): [unknown, string] => [seed, message];
  test.each([
    refused(null, 'the seed must be an object with filePath'),
    refused('a.mp4', 'the seed must be an object with filePath'),
    refused({}, FILE_PATH),
    refused({ filePath: 5 }, FILE_PATH),
    ...['', '/a', 'a/', 'a//b', '.', './a', 'a/..', 'a/../b'].map((filePath) => refused({ filePath }, FILE_PATH)),
    refused({ filePath: 'a', kind: 'other' }, 'kind must be "multipart" or "simple"'),
    ...[0, 1.5, '1'].map((partSize) => refused({ filePath: 'a', partSize }, 'partSize must be a positive whole number of bytes')),
    ...[-1, 1.5, '1'].map((fileSize) => refused({ filePath: 'a', fileSize }, 'fileSize must be a whole number of bytes')),
    refused({ filePath: 'a', storedParts: 5 }, 'storedParts must be an array of part numbers'),
    ...[[0], [1.5], [3]].map((storedParts) =>
      refused({ filePath: 'a', fileSize: 2 * MiB, storedParts }, 'storedParts must be part numbers from 1 to 2'),
    ),
    refused({ filePath: 'a', kind: 'simple', fileSize: 3 * MiB, storedParts: [2] }, 'storedParts must be part numbers from 1 to 1'),
    ...[5, '', 'has space', 'k'.repeat(129), 'taken'].map((confirmKey) =>
      refused({ filePath: 'a', confirmKey }, 'confirmKey must be up to 128 letters, digits, "-", "_", "." or "~", and no other task\'s'),
    ),
    refused({ filePath: 'a', credentialsExpireInMs: 1.5 }, 'credentialsExpireInMs must be a whole number of milliseconds'),
  ])('seedTask(%j) is refused: %s', (seed, message) => {
    const simulator = createSimulator();
    simulator.seedTask({ filePath: 'a', confirmKey: 'taken' });
    expect(() => simulator.seedTask(seed as never)).toThrow(new TypeError(`seedTask: ${message}`));
  });
});

describe('the clock, and reset', () => {
  test('advance and set move it; the real clock runs on; reset puts it back', () => {
    const { clock } = createSimulator();
    clock.set(new Date('2030-01-01T00:00:00Z'));
    expect(Math.abs(clock.now() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1_000);
    clock.advance(-86_400_000);
    expect(Math.abs(clock.now() - Date.parse('2029-12-31T00:00:00Z'))).toBeLessThan(1_000);
    clock.set(Date.parse('2031-01-01T00:00:00Z'));
    expect(Math.abs(clock.now() - Date.parse('2031-01-01T00:00:00Z'))).toBeLessThan(1_000);
    clock.reset();
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1_000);
  });

  test.each([
    [(clock: Simulator['clock']) => clock.advance(Number.NaN), 'clock.advance: ms must be a finite number, got NaN'],
    [(clock: Simulator['clock']) => clock.advance(Number.POSITIVE_INFINITY), 'clock.advance: ms must be a finite number, got Infinity'],
    [(clock: Simulator['clock']) => clock.set(Number.NaN), 'clock.set: the moment must be a valid Date or epoch milliseconds'],
    [(clock: Simulator['clock']) => clock.set(new Date('not a date')), 'clock.set: the moment must be a valid Date or epoch milliseconds'],
  ])('a move that is no moment is refused: %#', (move, message) => {
    const { clock } = createSimulator();
    expect(() => move(clock)).toThrow(new TypeError(message));
  });

  test('reset forgets every task and file, and puts the clock back', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const begun = (await smh.beginMultipartUpload({ ...defaults, filePath: 'a.mp4' })).data;
    const started = begun?.state === 'started' ? begun.upload : expect.unreachable();
    await putPart(fetch, started, 1);
    await smh.confirmUpload({ ...defaults, confirmKey: started.confirmKey });
    const seeded = simulator.seedTask({ filePath: 'b.mp4' });
    simulator.clock.advance(86_400_000);
    simulator.reset();
    expect(Math.abs(simulator.clock.now() - Date.now())).toBeLessThan(1_000);
    expect([simulator.task(started.confirmKey), simulator.task(seeded.confirmKey)]).toEqual([undefined, undefined]);
    expect((await smh.getUploadTask({ ...defaults, confirmKey: seeded.confirmKey })).error?.code).toBe('UploadNotFound');
    const again = simulator.seedTask({ filePath: 'a.mp4', fileSize: 1, storedParts: [1] });
    expect((await smh.confirmUpload({ ...defaults, confirmKey: again.confirmKey })).data?.path).toEqual(['a.mp4']);
  });
});

describe('tasks', () => {
  test('two faces given one simulator share its tasks; another simulator has none of them', async () => {
    const simulator = createSimulator();
    const begun = (await simulatorWorld(simulator).smh.beginMultipartUpload({ ...defaults, filePath: 'a.mp4' })).data;
    const started = begun?.state === 'started' ? begun.upload : expect.unreachable();
    expect((await simulatorWorld(simulator).smh.getUploadTask({ ...defaults, confirmKey: started.confirmKey })).data?.confirmed).toBe(
      false,
    );
    expect((await simulatorWorld().smh.getUploadTask({ ...defaults, confirmKey: started.confirmKey })).error?.code).toBe('UploadNotFound');
  });

  test('at 1,000 tasks being uploaded, begin answers 400 QuotaLimitReached; a task confirmed or cancelled frees its place', async () => {
    const { smh, simulator } = simulatorWorld();
    const seeded = Array.from({ length: 1_000 }, (_, index) =>
      simulator.seedTask({ filePath: `f${index}`, fileSize: 1, storedParts: [1] }),
    );
    const begin = (filePath: string) => smh.beginMultipartUpload({ ...defaults, filePath });
    const full = await begin('one-more');
    expect([full.response.status, full.error?.code]).toEqual([400, 'QuotaLimitReached']);
    await smh.confirmUpload({ ...defaults, confirmKey: seeded[0]!.confirmKey });
    expect((await begin('one-more')).response.status).toBe(201);
    expect((await begin('two-more')).error?.code).toBe('QuotaLimitReached');
    await smh.cancelUpload({ ...defaults, confirmKey: seeded[1]!.confirmKey });
    expect((await begin('two-more')).response.status).toBe(201);
  });
});
