// planResume refuses a task that does not match the file, and options it
// cannot use, before it reads the task: each refusal names the field and why.
import { describe, expect, test } from 'vitest';
import { planResume, type UploadTask } from '../../src/index.ts';
import { before, expectRefusal, fileSize, GiB, info, MiB, multipart, part, planned, refusal, url, withParts } from '../support/resume.ts';
import { example } from '../support/spec.ts';

describe('a file that does not match the task is refused, naming what is wrong', () => {
  test.each([
    [
      'a stored part past the end',
      [...multipart.parts!, part(5, 100)],
      fileSize,
      'parts[2]',
      'parts[2] is part 5, past the end of a 3145828-byte file in 1048576-byte parts (4 parts)',
    ],
    [
      'a stored part just past the end of a file of whole parts',
      [part(1, MiB), part(3, 5)],
      2 * MiB,
      'parts[1]',
      'parts[1] is part 3, past the end of a 2097152-byte file in 1048576-byte parts (2 parts)',
    ],
    [
      'a last part one byte short',
      [...multipart.parts!, part(4, 99)],
      fileSize,
      'parts[2]',
      'parts[2] holds 99 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4',
    ],
    [
      'a last part one byte long',
      [...multipart.parts!, part(4, 101)],
      fileSize,
      'parts[2]',
      'parts[2] holds 101 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4',
    ],
    [
      'a last part stored full',
      [...multipart.parts!, part(4, MiB)],
      fileSize,
      'parts[2]',
      'parts[2] holds 1048576 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4',
    ],
    [
      'a middle part of the wrong size',
      [part(1, MiB), part(2, 5), part(3, MiB)],
      fileSize,
      'parts[1]',
      'parts[1] holds 5 bytes, but a 3145828-byte file in 1048576-byte parts puts 1048576 in part 2',
    ],
    [
      'two full parts that disagree: the later one',
      [part(3, 2 * MiB), part(2, MiB), part(5, 1)],
      8 * MiB + 1,
      'parts[1]',
      'parts[1] holds 1048576 bytes, but a 8388609-byte file in 2097152-byte parts puts 2097152 in part 2',
    ],
    [
      'a file smaller than the stored parts',
      multipart.parts,
      MiB + 5,
      'parts[1]',
      'parts[1] holds 1048576 bytes, but a 1048581-byte file in 1048576-byte parts puts 5 in part 2',
    ],
    [
      'a one-part file shorter than part 1',
      [part(1, MiB)],
      100,
      'parts[0]',
      'parts[0] holds 1048576 bytes, but a 100-byte file in 1048576-byte parts puts 100 in part 1',
    ],
    [
      'a part given twice',
      [part(1, MiB), part(2, MiB), part(1, MiB)],
      fileSize,
      'parts[2]',
      'parts[2] is part 1 again (parts[0] is part 1 too)',
    ],
    [
      'a part given twice, later in the list',
      [part(3, MiB), part(1, MiB), part(2, MiB), part(2, MiB)],
      fileSize,
      'parts[3]',
      'parts[3] is part 2 again (parts[2] is part 2 too)',
    ],
    ['a part number of 0', [part(0, MiB)], fileSize, 'parts[0]', 'parts[0] has PartNumber 0; part numbers are integers from 1 to 10000'],
    [
      'a negative part number',
      [part(1, MiB), part(-2, MiB)],
      fileSize,
      'parts[1]',
      'parts[1] has PartNumber -2; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number over 10,000',
      [part(10_001, MiB)],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber 10001; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number that is not an integer',
      [part(1.5, MiB)],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber 1.5; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number that is text',
      [{ ...part(1, MiB), PartNumber: '1' }],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber "1"; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number that is NaN',
      [part(Number.NaN, MiB)],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber NaN; part numbers are integers from 1 to 10000',
    ],
    [
      'a part without a number',
      [{ Size: MiB }],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber undefined; part numbers are integers from 1 to 10000',
    ],
    [
      'a part that is null',
      [part(1, MiB), null],
      fileSize,
      'parts[1]',
      'parts[1] has PartNumber undefined; part numbers are integers from 1 to 10000',
    ],
    ['a size that is negative', [part(1, -1)], fileSize, 'parts[0]', 'parts[0] has Size -1; a size is a non-negative safe integer (bytes)'],
    [
      'a size that is not an integer',
      [part(1, MiB + 0.5)],
      fileSize,
      'parts[0]',
      'parts[0] has Size 1048576.5; a size is a non-negative safe integer (bytes)',
    ],
    [
      'a size past the safe integers',
      [part(1, 2 ** 53)],
      fileSize,
      'parts[0]',
      'parts[0] has Size 9007199254740992; a size is a non-negative safe integer (bytes)',
    ],
    [
      'a size that is text',
      [{ ...part(1, 0), Size: '1048576' }],
      fileSize,
      'parts[0]',
      'parts[0] has Size "1048576"; a size is a non-negative safe integer (bytes)',
    ],
    [
      'a size that is missing',
      [{ PartNumber: 1 }],
      fileSize,
      'parts[0]',
      'parts[0] has Size undefined; a size is a non-negative safe integer (bytes)',
    ],
  ])('%s', (_name, parts, size, parameter, message) => {
    expectRefusal(() => planResume(withParts(parts), { fileSize: size, now: before }), parameter, message);
  });

  test('a malformed part is refused before the parts are held against the file', () => {
    // parts[0] would be past the end of a one-part file; parts[1] is malformed.
    expectRefusal(
      () => planResume(withParts([part(2, 5), part(0, 5)]), { fileSize: 5, partSize: MiB, now: before }),
      'parts[1]',
      'parts[1] has PartNumber 0; part numbers are integers from 1 to 10000',
    );
  });

  test('parts that are not an array', () => {
    expectRefusal(
      () => planResume(withParts({ 0: part(1, MiB) }), { fileSize, now: before }),
      'parts',
      'parts must be an array, got a value of type object',
    );
    expectRefusal(() => planResume(withParts('1,2'), { fileSize, now: before }), 'parts', 'parts must be an array, got "1,2"');
  });
});

describe('the options, checked before the task', () => {
  test.each([
    ['fileSize', { fileSize: -1 }, 'fileSize must be a non-negative safe integer (bytes), got -1'],
    ['fileSize', { fileSize: 1.5 }, 'fileSize must be a non-negative safe integer (bytes), got 1.5'],
    ['fileSize', { fileSize: Number.MAX_SAFE_INTEGER + 1 }, 'fileSize must be a non-negative safe integer (bytes), got 9007199254740992'],
    ['fileSize', { fileSize: Number.NaN }, 'fileSize must be a non-negative safe integer (bytes), got NaN'],
    ['fileSize', { fileSize: Number.POSITIVE_INFINITY }, 'fileSize must be a non-negative safe integer (bytes), got Infinity'],
    ['fileSize', { fileSize: '10' }, 'fileSize must be a non-negative safe integer (bytes), got "10"'],
    ['fileSize', { fileSize: true }, 'fileSize must be a non-negative safe integer (bytes), got true'],
    ['fileSize', { fileSize: 10n }, 'fileSize must be a non-negative safe integer (bytes), got a value of type bigint'],
    ['fileSize', {}, 'fileSize must be a non-negative safe integer (bytes), got undefined'],
    ['partSize', { fileSize: 10, partSize: 0 }, 'partSize must be a positive safe integer (bytes), got 0'],
    ['partSize', { fileSize: 10, partSize: -1 }, 'partSize must be a positive safe integer (bytes), got -1'],
    ['partSize', { fileSize: 10, partSize: 2.5 }, 'partSize must be a positive safe integer (bytes), got 2.5'],
    [
      'partSize',
      { fileSize: 10, partSize: Number.MAX_SAFE_INTEGER + 1 },
      'partSize must be a positive safe integer (bytes), got 9007199254740992',
    ],
    ['partSize', { fileSize: 10, partSize: null }, 'partSize must be a positive safe integer (bytes), got null'],
    ['partSize', { fileSize: 10, partSize: '1048576' }, 'partSize must be a positive safe integer (bytes), got "1048576"'],
    [
      'partSize',
      { fileSize: 2 * MiB, partSize: MiB - 1 },
      'partSize makes 1048575-byte parts, too small for a 2097152-byte file of several parts: every part but the last holds at least 1048576 bytes (1 MiB)',
    ],
    [
      'partSize',
      { fileSize: 10, partSize: 5 * GiB + 1 },
      'partSize makes 5368709121-byte parts; a part holds at most 5368709120 bytes (5 GiB)',
    ],
    [
      'partSize',
      { fileSize: 10_000 * MiB + 1, partSize: MiB },
      'partSize splits a 10485760001-byte file into 10001 parts of 1048576 bytes; at most 10000 parts are allowed',
    ],
    ['now', { fileSize: 10, now: new Date('never') }, 'now must be a valid Date, got an invalid one'],
    ['now', { fileSize: 10, now: '2021-01-01' }, 'now must be a valid Date, got "2021-01-01"'],
    ['now', { fileSize: 10, now: 1_612_167_362_000 }, 'now must be a valid Date, got 1612167362000'],
    ['now', { fileSize: 10, now: null }, 'now must be a valid Date, got null'],
    ['renewWithin', { fileSize: 10, renewWithin: -1 }, 'renewWithin must be a non-negative safe integer (milliseconds), got -1'],
    ['renewWithin', { fileSize: 10, renewWithin: 0.5 }, 'renewWithin must be a non-negative safe integer (milliseconds), got 0.5'],
    ['options', undefined, 'options must be an object with the fileSize, got undefined'],
    ['options', null, 'options must be an object with the fileSize, got null'],
    ['options', 1024, 'options must be an object with the fileSize, got 1024'],
  ])('%s: %o', (parameter, options, message) => {
    // A confirmed task needs no options at all; they are refused anyway.
    expectRefusal(() => planResume(example('confirmed'), options as never), parameter, message);
  });

  test('partSize 1 and fileSize 0 are valid options', () => {
    expect(planResume(example('confirmed'), { fileSize: 0, partSize: 1 })).toEqual({ state: 'done' });
  });

  test.each([
    [undefined, "task must be the upload task (getUploadTask's data), got undefined"],
    [null, "task must be the upload task (getUploadTask's data), got null"],
    ['{"confirmed":true}', 'task must be the upload task (getUploadTask\'s data), got "{\\"confirmed\\":true}"'],
  ])('a task that is not an object: %j', (task, message) => {
    expectRefusal(() => planResume(task as never, { fileSize: 1 }), 'task', message);
    // Options first: a bad fileSize is named even without a task.
    expect(refusal(() => planResume(task as never, { fileSize: -1 })).parameter).toBe('fileSize');
  });
});

test('fields the contract does not know yet never make it fail', () => {
  const later = {
    ...multipart,
    checksum: 'crc64',
    parts: multipart.parts!.map((p) => ({ ...p, StorageClass: 'STANDARD' })),
    uploadPartInfo: { ...info, region: 'ap-beijing', headers: { ...info.headers, 'x-cos-meta-next': '1' } },
  };
  const parts = planned(planResume(later as UploadTask, { fileSize, now: before }));
  expect(parts.map((p) => [p.partNumber, p.url])).toEqual([
    [3, url(3)],
    [4, url(4)],
  ]);
  expect(parts[0]!.headers).toHaveProperty('x-cos-meta-next', '1');
});
