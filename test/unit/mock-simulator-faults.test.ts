// A task's fault plan (docs/mocks.md#faults): each fault met once, in the
// order given, by the first call or part upload it fits; a plan that is
// wrong is refused, naming what.
import { describe, expect, test } from 'vitest';
import { createSimulator, type Fault } from '../../src/mock/index.ts';
import { beginUpload, putPart, simulatorWorld, storageError } from '../support/simulator.ts';

const library = { libraryId: 'lib' };

describe('storage faults', () => {
  test('part 2 once with expired credentials, then once with 503; parts without a fault are stored', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    expect(
      simulator.addFaults(started.confirmKey, [
        { call: 'storage', partNumber: 2, fault: 'expired' },
        { call: 'storage', partNumber: 2, fault: 503 },
      ]).pendingFaults,
    ).toBe(2);
    expect((await putPart(fetch, started, 1)).status).toBe(200);
    expect(await storageError(await putPart(fetch, started, 2))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'Request has expired',
    });
    expect(simulator.task(started.confirmKey)?.pendingFaults).toBe(1);
    expect(await storageError(await putPart(fetch, started, 2))).toMatchObject({
      status: 503,
      code: 'ServiceUnavailable',
      message: 'Please reduce your request rate.',
    });
    expect((await putPart(fetch, started, 2)).status).toBe(200);
    expect(simulator.task(started.confirmKey)?.pendingFaults).toBe(0);
  });

  test("any part: denied, 500, then a dropped connection (fetch's network error)", async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    simulator.addFaults(started.confirmKey, [
      { call: 'storage', fault: 'denied' },
      { call: 'storage', fault: 500 },
      { call: 'storage', fault: 'drop' },
    ]);
    expect(await storageError(await putPart(fetch, started, 1))).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'The request signature we calculated does not match the signature you provided.',
    });
    expect(await storageError(await putPart(fetch, started, 1))).toMatchObject({
      status: 500,
      code: 'InternalError',
      message: 'We encountered an internal error. Please try again.',
    });
    await expect(putPart(fetch, started, 1)).rejects.toMatchObject({ constructor: TypeError, message: 'fetch failed' });
    expect((await putPart(fetch, started, 1)).status).toBe(200);
  });
});

describe("faults on the service's calls", () => {
  test('renew once with RateLimitExceeded, the status once dropped, confirm once with InternalServerError', async () => {
    const { smh, fetch, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const task = { ...library, confirmKey: started.confirmKey };
    simulator.addFaults(started.confirmKey, [
      { call: 'renewUpload', fault: 'RateLimitExceeded' },
      { call: 'getUploadTask', fault: 'drop' },
      { call: 'confirmUpload', fault: 'InternalServerError' },
    ]);
    expect((await smh.renewUpload(task)).response.status).toBe(429);
    expect((await smh.renewUpload(task)).response.status).toBe(200);
    await expect(smh.getUploadTask(task)).rejects.toMatchObject({ message: 'fetch failed' });
    await putPart(fetch, started, 1);
    expect((await smh.confirmUpload(task)).error?.code).toBe('InternalServerError');
    expect((await smh.confirmUpload(task)).response.status).toBe(200);
  });

  test('cancel once dropped, then once with a 400 it documents (ParamInvalid); then the task is cancelled', async () => {
    const { smh, simulator } = simulatorWorld();
    const started = await beginUpload(smh);
    const task = { ...library, confirmKey: started.confirmKey };
    simulator.addFaults(started.confirmKey, [
      { call: 'cancelUpload', fault: 'drop' },
      { call: 'cancelUpload', fault: 'ParamInvalid' },
    ]);
    await expect(smh.cancelUpload(task)).rejects.toMatchObject({ message: 'fetch failed' });
    const refused = await smh.cancelUpload(task);
    expect([refused.response.status, refused.error?.code]).toEqual([400, 'ParamInvalid']);
    expect((await smh.cancelUpload(task)).response.status).toBe(204);
  });
});

describe('a plan that is wrong is refused, naming what', () => {
  const CALL = 'call is "storage", "getUploadTask", "renewUpload", "confirmUpload" or "cancelUpload"';
  test.each([
    [[{ call: 'renewUpload', fault: 'NoSuchCode' }], 'NoSuchCode is no error renewUpload documents'],
    [[{ call: 'renewUpload', fault: 'UploadComplete' }], 'UploadComplete is no error renewUpload documents'],
    [[{ call: 'getUploadTask', fault: 'multipartInProgress' }], 'multipartInProgress is no error getUploadTask documents'],
    [[{ call: 'renewUpload', fault: ['RateLimitExceeded'] }], 'RateLimitExceeded is no error renewUpload documents'],
    [[{ call: 'renewUpload', fault: 500 }], '500 is no error renewUpload documents'],
    [[{ call: 'storage', fault: 'slow' }], 'a storage fault is "expired", "denied", "drop", 500 or 503'],
    [[{ call: 'storage', partNumber: 0, fault: 500 }], 'partNumber is an integer from 1 to 10000'],
    [[{ call: 'storage', partNumber: 10_001, fault: 500 }], 'partNumber is an integer from 1 to 10000'],
    [[{ call: 'storage', partNumber: 1.5, fault: 500 }], 'partNumber is an integer from 1 to 10000'],
    [[{ call: 'begin', fault: 'drop' }], CALL],
    [[{ fault: 'drop' }], CALL],
    [[null], 'a fault is an object with call and fault'],
    [['drop'], 'a fault is an object with call and fault'],
    [{ call: 'storage', fault: 500 }, 'faults must be an array'],
    [Array.from({ length: 101 }, () => ({ call: 'storage', fault: 500 })), "a task's plan holds at most 100 faults"],
  ])('%j', (faults, message) => {
    const simulator = createSimulator();
    const { confirmKey } = simulator.seedTask({ filePath: 'a' });
    expect(() => simulator.addFaults(confirmKey, faults as never)).toThrow(new TypeError(`addFaults: ${message}`));
    expect(simulator.task(confirmKey)?.pendingFaults).toBe(0);
  });

  test('a task no one has', () => {
    expect(() => createSimulator().addFaults('none', [])).toThrow(new TypeError('addFaults: no task none'));
  });

  test('a plan holds up to 100 faults, added at once or bit by bit; part numbers run from 1 to 10000', () => {
    const simulator = createSimulator();
    const { confirmKey } = simulator.seedTask({ filePath: 'a' });
    const faults: Fault[] = [
      { call: 'storage', partNumber: 1, fault: 'expired' },
      { call: 'storage', partNumber: 10_000, fault: 'drop' },
      ...Array.from({ length: 97 }, () => ({ call: 'storage', fault: 500 }) as const),
    ];
    expect(simulator.addFaults(confirmKey, faults).pendingFaults).toBe(99);
    expect(simulator.addFaults(confirmKey, [{ call: 'renewUpload', fault: 'ParamInvalid' }]).pendingFaults).toBe(100);
    expect(() => simulator.addFaults(confirmKey, [{ call: 'storage', fault: 503 }])).toThrow("a task's plan holds at most 100 faults");
  });
});
