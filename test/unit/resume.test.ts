// planResume: every state, every refusal (naming what is wrong), the part
// URLs and ranges, the limits at their edges.
import { describe, expect, test } from 'vitest';
import { planResume, SmhInputError, type UploadTask } from '../../src/index.ts';
import { example } from '../support/spec.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const multipart: UploadTask = example('multipartInProgress');
const info = multipart.uploadPartInfo!;
const expiration = new Date(info.expiration);
const before = new Date(expiration.getTime() - 1);
const fileSize = 3 * MiB + 100; // the example's two 1 MiB parts, then parts 3 and 4 (100 bytes)
const part = (PartNumber: number, Size: number) => ({ PartNumber, LastModified: '2021-02-01T08:16:02.000Z', ETag: '"e"', Size });
const withParts = (parts: UploadTask['parts'], changes: Partial<UploadTask> = {}): UploadTask => ({ ...multipart, parts, ...changes });

/** The error planResume throws, to look at. */
function refusal(run: () => unknown): SmhInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SmhInputError);
    return error as SmhInputError;
  }
  return expect.unreachable('planResume did not refuse');
}

describe('the next step, by state', () => {
  test('done: a confirmed task, whatever else it says', () => {
    expect(planResume(example('confirmed'), { fileSize: 10 })).toEqual({ state: 'done' });
    expect(planResume({ ...multipart, confirmed: true, path: null }, { fileSize })).toEqual({ state: 'done' });
  });

  test('unreachable: the directory was deleted (path is null)', () => {
    expect(planResume(example('directoryDeleted'), { fileSize: 10 })).toEqual({ state: 'unreachable' });
    expect(planResume({ ...multipart, path: null }, { fileSize })).toEqual({ state: 'unreachable' });
  });

  test('not-resumable: a simple upload has no uploadPartInfo', () => {
    expect(planResume(example('simpleUpload'), { fileSize: 10 })).toEqual({ state: 'not-resumable' });
  });

  test('upload: exactly the missing parts, ascending, each with its range, PUT, URL and a copy of the headers', () => {
    const plan = planResume(multipart, { fileSize, now: before });
    const url = (n: number) => `https://${info.domain}/smhxxx/xxx.mp4?partNumber=${n}&uploadId=${info.uploadId}`;
    expect(plan).toEqual({
      state: 'upload',
      partSize: MiB,
      expiresAt: expiration,
      parts: [
        { partNumber: 3, start: 2 * MiB, end: 3 * MiB, method: 'PUT', url: url(3), headers: info.headers },
        { partNumber: 4, start: 3 * MiB, end: fileSize, method: 'PUT', url: url(4), headers: info.headers },
      ],
    });
    if (plan.state !== 'upload') return;
    expect(plan.parts[0]!.headers).not.toBe(info.headers);
    expect(plan.parts[0]!.headers).not.toBe(plan.parts[1]!.headers);
  });

  test('renew: parts are missing and the credentials expire at `now` or before', () => {
    expect(planResume(multipart, { fileSize, now: expiration })).toEqual({ state: 'renew', missingParts: [3, 4] });
    expect(planResume(multipart, { fileSize, now: new Date(expiration.getTime() + 1) })).toEqual({ state: 'renew', missingParts: [3, 4] });
    expect(planResume(multipart, { fileSize, now: before }).state).toBe('upload');
    // Without `now`, today: the example's credentials expired in 2021.
    expect(planResume(multipart, { fileSize }).state).toBe('renew');
  });

  test('confirm: every part from 1 to the last is stored, expired credentials or not', () => {
    const all = withParts([...multipart.parts!, part(4, 100), part(3, MiB)]);
    expect(planResume(all, { fileSize, now: before })).toEqual({ state: 'confirm', partCount: 4 });
    expect(planResume(all, { fileSize })).toEqual({ state: 'confirm', partCount: 4 });
  });

  test('gaps are normal: the plan lists exactly the missing numbers', () => {
    const gappy = withParts([part(4, MiB), part(1, MiB), part(6, 5)]);
    const plan = planResume(gappy, { fileSize: 5 * MiB + 5, now: before });
    expect(plan.state === 'upload' && plan.parts.map((p) => p.partNumber)).toEqual([2, 3, 5]);
    expect(planResume(gappy, { fileSize: 5 * MiB + 5, now: expiration })).toEqual({ state: 'renew', missingParts: [2, 3, 5] });
  });

  test('an empty file is one empty part', () => {
    expect(planResume(withParts([]), { fileSize: 0, partSize: MiB, now: before })).toMatchObject({ state: 'upload', parts: [{ partNumber: 1, start: 0, end: 0 }] });
    expect(planResume(withParts([part(1, 0)]), { fileSize: 0, now: before })).toEqual({ state: 'confirm', partCount: 1 });
  });
});

describe('the part URL', () => {
  const urlFor = (changes: Partial<typeof info>) => {
    const plan = planResume(withParts([], { uploadPartInfo: { ...info, ...changes } }), { fileSize: 1, partSize: MiB, now: before });
    return plan.state === 'upload' ? plan.parts[0]!.url : expect.unreachable(plan.state);
  };

  test('has exactly one / between domain and path, whether or not path starts with one', () => {
    const expected = `https://${info.domain}/smhxxx/xxx.mp4?partNumber=1&uploadId=${info.uploadId}`;
    expect(urlFor({ path: 'smhxxx/xxx.mp4' })).toBe(expected);
    expect(urlFor({ path: '/smhxxx/xxx.mp4' })).toBe(expected);
    expect(urlFor({ path: '//smhxxx/xxx.mp4' })).toBe(expected);
  });

  test('percent-encodes each path segment and the upload ID, and keeps the slashes', () => {
    expect(urlFor({ path: '/dir name/视频 #1?.mp4', uploadId: 'a+b/c=' })).toBe(`https://${info.domain}/dir%20name/%E8%A7%86%E9%A2%91%20%231%3F.mp4?partNumber=1&uploadId=a%2Bb%2Fc%3D`);
  });
});

describe('the part size', () => {
  test('is inferred from part 1', () => {
    const plan = planResume(withParts([part(1, 2 * MiB)]), { fileSize: 5 * MiB, now: before });
    expect(plan).toMatchObject({ state: 'upload', partSize: 2 * MiB, parts: [{ partNumber: 2, start: 2 * MiB, end: 4 * MiB }, { partNumber: 3, start: 4 * MiB, end: 5 * MiB }] });
  });

  test('or from any stored part below the highest stored one', () => {
    const plan = planResume(withParts([part(3, 2 * MiB), part(2, 2 * MiB)]), { fileSize: 7 * MiB, now: before });
    expect(plan).toMatchObject({ state: 'upload', partSize: 2 * MiB });
    expect(plan.state === 'upload' && plan.parts.map((p) => [p.partNumber, p.start, p.end])).toEqual([
      [1, 0, 2 * MiB],
      [4, 6 * MiB, 7 * MiB],
    ]);
  });

  test('given, it wins, and the stored parts must agree with it', () => {
    expect(planResume(multipart, { fileSize, partSize: MiB, now: before }).state).toBe('upload');
    const error = refusal(() => planResume(multipart, { fileSize: 4 * MiB, partSize: 2 * MiB, now: before }));
    expect(error.parameter).toBe('parts[0]');
    expect(error.message).toBe('parts[0] holds 1048576 bytes, but a 4194304-byte file in 2097152-byte parts puts 2097152 in part 1');
  });

  test('is required when no stored part shows it', () => {
    for (const parts of [[], undefined, [part(3, 5)]]) {
      const error = refusal(() => planResume(withParts(parts), { fileSize: 3 * MiB, now: before }));
      expect(error.parameter).toBe('partSize');
      expect(error.message).toBe('partSize is required: no stored part shows the part size (part 1, or a part below the last stored one)');
    }
  });
});

describe('the limits, at their edges', () => {
  const plan = (fileSize: number, partSize: number) => planResume(withParts([]), { fileSize, partSize, now: before });

  test('10,000 parts are allowed, 10,001 are not', () => {
    expect(plan(10_000 * MiB, MiB)).toMatchObject({ state: 'upload' });
    const error = refusal(() => plan(10_000 * MiB + 1, MiB));
    expect(error.parameter).toBe('partSize');
    expect(error.message).toBe(`partSize splits a ${10_000 * MiB + 1}-byte file into 10001 parts of 1048576 bytes; at most 10000 parts are allowed`);
  });

  test('parts of 1 MiB are allowed; smaller ones only when the file is one part', () => {
    expect(plan(2 * MiB, MiB).state).toBe('upload');
    expect(plan(MiB - 1, MiB - 1).state).toBe('upload');
    expect(plan(10, 100).state).toBe('upload');
    const error = refusal(() => plan(2 * MiB, MiB - 1));
    expect(error.parameter).toBe('partSize');
    expect(error.message).toBe('partSize makes 1048575-byte parts; every part but the last holds at least 1048576 bytes (1 MiB)');
  });

  test('parts of 5 GiB are allowed, bigger ones are not, even for a file of one part', () => {
    expect(plan(5 * GiB, 5 * GiB)).toMatchObject({ state: 'upload', parts: [{ partNumber: 1, start: 0, end: 5 * GiB }] });
    const error = refusal(() => plan(10, 5 * GiB + 1));
    expect(error.parameter).toBe('partSize');
    expect(error.message).toBe('partSize makes 5368709121-byte parts; a part holds at most 5368709120 bytes (5 GiB)');
  });

  test('an inferred part size is held to the same limits, naming the part that shows it', () => {
    const error = refusal(() => planResume(withParts([part(1, 1000)]), { fileSize: 5000, now: before }));
    expect(error.parameter).toBe('parts[0]');
    expect(error.message).toBe('parts[0] makes 1000-byte parts; every part but the last holds at least 1048576 bytes (1 MiB)');
  });

  test('the largest file, 10,000 parts of 5 GiB, is planned exactly; a byte more is refused', () => {
    const largest = 10_000 * 5 * GiB;
    const result = planResume(withParts([]), { fileSize: largest, partSize: 5 * GiB, now: before });
    expect(result.state === 'upload' && result.parts.at(-1)).toMatchObject({ partNumber: 10_000, start: largest - 5 * GiB, end: largest });
    expect(refusal(() => planResume(withParts([]), { fileSize: largest + 1, partSize: 5 * GiB, now: before })).parameter).toBe('partSize');
    expect(refusal(() => planResume(withParts([]), { fileSize: Number.MAX_SAFE_INTEGER, partSize: 5 * GiB, now: before })).parameter).toBe('partSize');
  });
});

describe('a file that does not match the task is refused, naming what is wrong', () => {
  test.each([
    ['a stored part past the end', [...multipart.parts!, part(5, 100)], fileSize, 'parts[2]', 'parts[2] is part 5, past the end of a 3145828-byte file in 1048576-byte parts (4 parts)'],
    ['a last part of the wrong size', [...multipart.parts!, part(4, 99)], fileSize, 'parts[2]', 'parts[2] holds 99 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4'],
    ['a middle part of the wrong size', [part(1, MiB), part(2, 5), part(3, MiB)], fileSize, 'parts[1]', 'parts[1] holds 5 bytes, but a 3145828-byte file in 1048576-byte parts puts 1048576 in part 2'],
    ['a file smaller than the stored parts', multipart.parts, MiB + 5, 'parts[1]', 'parts[1] holds 1048576 bytes, but a 1048581-byte file in 1048576-byte parts puts 5 in part 2'],
    ['a part given twice', [part(1, MiB), part(2, MiB), part(1, MiB)], fileSize, 'parts[2]', 'parts[2] is part 1 again (parts[0] is part 1 too)'],
    ['a part number of 0', [part(0, MiB)], fileSize, 'parts[0]', 'parts[0] has PartNumber 0; part numbers are integers from 1 to 10000'],
    ['a part number over 10,000', [part(10_001, MiB)], fileSize, 'parts[0]', 'parts[0] has PartNumber 10001; part numbers are integers from 1 to 10000'],
    ['a part number that is not an integer', [part(1.5, MiB)], fileSize, 'parts[0]', 'parts[0] has PartNumber 1.5; part numbers are integers from 1 to 10000'],
    ['a size that is negative', [part(1, -1)], fileSize, 'parts[0]', 'parts[0] has Size -1; a size is a non-negative integer'],
    ['a size that is text', [{ ...part(1, 0), Size: '1048576' as unknown as number }], fileSize, 'parts[0]', 'parts[0] has Size "1048576"; a size is a non-negative integer'],
  ])('%s', (_name, parts, size, parameter, message) => {
    const error = refusal(() => planResume(withParts(parts), { fileSize: size, now: before }));
    expect(error.parameter).toBe(parameter);
    expect(error.message).toBe(message);
  });

  test('an expiration that is not a date', () => {
    const error = refusal(() => planResume(withParts(multipart.parts, { uploadPartInfo: { ...info, expiration: 'soon' } }), { fileSize, now: before }));
    expect(error.parameter).toBe('uploadPartInfo.expiration');
    expect(error.message).toBe('uploadPartInfo.expiration must be a date-time, got "soon"');
  });

  test('parts that are not an array', () => {
    expect(refusal(() => planResume(withParts({} as never), { fileSize, now: before })).message).toBe('parts must be an array');
  });
});

describe('the options are checked before the task', () => {
  test.each([
    ['fileSize', { fileSize: -1 }, 'fileSize must be a non-negative safe integer (bytes), got -1'],
    ['fileSize', { fileSize: 1.5 }, 'fileSize must be a non-negative safe integer (bytes), got 1.5'],
    ['fileSize', { fileSize: Number.MAX_SAFE_INTEGER + 1 }, `fileSize must be a non-negative safe integer (bytes), got ${Number.MAX_SAFE_INTEGER + 1}`],
    ['fileSize', { fileSize: '10' }, 'fileSize must be a non-negative safe integer (bytes), got "10"'],
    ['fileSize', {}, 'fileSize must be a non-negative safe integer (bytes), got undefined'],
    ['partSize', { fileSize: 10, partSize: 0 }, 'partSize must be a positive safe integer (bytes), got 0'],
    ['partSize', { fileSize: 10, partSize: 2.5 }, 'partSize must be a positive safe integer (bytes), got 2.5'],
    ['now', { fileSize: 10, now: new Date('never') }, 'now must be a valid Date'],
    ['now', { fileSize: 10, now: '2021-01-01' }, 'now must be a valid Date'],
    ['options', undefined, 'options must be an object with the fileSize'],
  ])('%s: %j', (parameter, options, message) => {
    // A confirmed task needs no options at all; they are refused anyway.
    const error = refusal(() => planResume(example('confirmed'), options as never));
    expect(error.parameter).toBe(parameter);
    expect(error.message).toBe(message);
  });

  test('a task that is not an object', () => {
    expect(refusal(() => planResume(null as never, { fileSize: 1 })).message).toBe("task must be the upload task (getUploadTask's data)");
  });
});

test('fields the contract does not know yet never make it fail', () => {
  const later = { ...multipart, checksum: 'crc64', parts: multipart.parts!.map((p) => ({ ...p, StorageClass: 'STANDARD' })), uploadPartInfo: { ...info, region: 'ap-beijing' } };
  expect(planResume(later as UploadTask, { fileSize, now: before })).toMatchObject({ state: 'upload', parts: [{ partNumber: 3 }, { partNumber: 4 }] });
});
