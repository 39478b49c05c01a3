// planResume: every state and their order, the part URLs, ranges and headers,
// the part size (given or shown by the stored parts), the limits at their
// edges, and every refusal, naming what is wrong and saying why.
import { describe, expect, test } from 'vitest';
import { planResume, type UploadTask } from '../../src/index.ts';
import {
  before,
  domain,
  expectRefusal,
  expiration,
  fileSize,
  GiB,
  info,
  MiB,
  multipart,
  part,
  planned,
  refusal,
  uploadId,
  url,
  withInfo,
  withParts,
} from '../support/resume.ts';
import { example } from '../support/spec.ts';

describe('the next step, by state', () => {
  test('done: the confirmed example, and any confirmed task whatever else it says', () => {
    expect(planResume(example('confirmed'), { fileSize: 10 })).toEqual({ state: 'done' });
    expect(planResume(withParts([part(7, 1)], { confirmed: true, path: null }), { fileSize })).toEqual({ state: 'done' });
  });

  test('unreachable: the directory-deleted example, and any task whose path is null', () => {
    expect(planResume(example('directoryDeleted'), { fileSize: 10 })).toEqual({ state: 'unreachable' });
    expect(planResume(withParts([part(7, 1)], { path: null }), { fileSize })).toEqual({ state: 'unreachable' });
  });

  test('not-resumable: the simple-upload example, and a task whose uploadPartInfo is null', () => {
    expect(planResume(example('simpleUpload'), { fileSize: 10 })).toEqual({ state: 'not-resumable' });
    expect(planResume(withParts([part(7, 1)], { uploadPartInfo: null as never }), { fileSize })).toEqual({ state: 'not-resumable' });
  });

  test('upload: the multipart example, exactly its missing parts, ascending, each with its range, PUT, URL and headers', () => {
    expect(planResume(multipart, { fileSize, now: before })).toEqual({
      state: 'upload',
      partSize: MiB,
      expiresAt: expiration,
      parts: [
        { partNumber: 3, start: 2 * MiB, end: 3 * MiB, method: 'PUT', url: url(3), headers: info.headers },
        { partNumber: 4, start: 3 * MiB, end: 3 * MiB + 100, method: 'PUT', url: url(4), headers: info.headers },
      ],
    });
  });

  test('upload: each part gets a copy of the headers of its own', () => {
    const parts = planned(planResume(multipart, { fileSize, now: before }));
    expect(parts[0]!.headers).toEqual({
      'Content-Type': 'application/octet-stream',
      Authorization: 'q-sign-algorithm=sha1&xxx',
      'x-cos-security-token': 'bKdMa7A0nAJjqejygamFMyWoXCC0uRLxxxxxx',
    });
    expect(parts[0]!.headers).not.toBe(info.headers);
    expect(parts[0]!.headers).not.toBe(parts[1]!.headers);
    parts[0]!.headers['Content-Length'] = '1048576';
    expect(parts[1]!.headers).not.toHaveProperty('Content-Length');
    expect(info.headers).not.toHaveProperty('Content-Length');
  });

  test('renew: parts are missing and less than the renewal margin (5 minutes) remains; exactly the margin left, upload', () => {
    for (const now of [new Date(before.getTime() + 1), expiration, new Date(expiration.getTime() + 1)]) {
      expect(planResume(multipart, { fileSize, now })).toEqual({ state: 'renew', missingParts: [3, 4] });
    }
    expect(planResume(multipart, { fileSize, now: before }).state).toBe('upload');
  });

  test('now defaults to the present moment', () => {
    // The example's credentials expired in 2021.
    expect(planResume(multipart, { fileSize })).toEqual({ state: 'renew', missingParts: [3, 4] });
    const later = new Date(Date.now() + 3_600_000);
    expect(planResume(withInfo({ expiration: later.toISOString() }), { fileSize })).toMatchObject({ state: 'upload', expiresAt: later });
  });

  test('confirm: every part from 1 to the last is stored, in any order, expired credentials or not', () => {
    const all = withParts([part(4, 100), ...multipart.parts!, part(3, MiB)]);
    expect(planResume(all, { fileSize, now: before })).toEqual({ state: 'confirm', partCount: 4 });
    expect(planResume(all, { fileSize, now: expiration })).toEqual({ state: 'confirm', partCount: 4 });
    expect(planResume(withParts([part(1, 10)]), { fileSize: 10 })).toEqual({ state: 'confirm', partCount: 1 });
  });

  test('gaps are normal: the plan lists exactly the missing numbers', () => {
    const gappy = withParts([part(4, MiB), part(1, MiB), part(6, 5)]);
    const parts = planned(planResume(gappy, { fileSize: 5 * MiB + 5, now: before }));
    expect(parts.map((p) => [p.partNumber, p.start, p.end, p.url])).toEqual([
      [2, MiB, 2 * MiB, url(2)],
      [3, 2 * MiB, 3 * MiB, url(3)],
      [5, 4 * MiB, 5 * MiB, url(5)],
    ]);
    expect(planResume(gappy, { fileSize: 5 * MiB + 5, now: expiration })).toEqual({ state: 'renew', missingParts: [2, 3, 5] });
  });

  test('an empty file is one empty part', () => {
    expect(planResume(withParts([]), { fileSize: 0, partSize: MiB, now: before })).toMatchObject({
      state: 'upload',
      partSize: MiB,
      parts: [{ partNumber: 1, start: 0, end: 0, url: url(1) }],
    });
    expect(planResume(withParts(undefined), { fileSize: 0, partSize: 1, now: before })).toMatchObject({
      state: 'upload',
      parts: [{ partNumber: 1, start: 0, end: 0 }],
    });
    expect(planResume(withParts([part(1, 0)]), { fileSize: 0, now: before })).toEqual({ state: 'confirm', partCount: 1 });
  });

  test('a file of one byte in one-byte parts', () => {
    expect(planResume(withParts([]), { fileSize: 1, partSize: 1, now: before })).toMatchObject({
      state: 'upload',
      partSize: 1,
      parts: [{ partNumber: 1, start: 0, end: 1 }],
    });
  });
});

describe('the states, in order: done, unreachable, not-resumable, then confirm, renew or upload', () => {
  const broken = { fileSize: 1, partSize: 1 }; // valid options, for a file none of these parts fits

  test('done before unreachable, unreachable before not-resumable', () => {
    expect(planResume({ ...example('simpleUpload'), confirmed: true, path: null }, { fileSize: 1 })).toEqual({ state: 'done' });
    expect(planResume({ ...example('simpleUpload'), path: null }, { fileSize: 1 })).toEqual({ state: 'unreachable' });
  });

  test('the first three need nothing from the parts or uploadPartInfo, however wrong for the file', () => {
    const wrong = withParts([part(9, 1), part(9, 2)], { uploadPartInfo: { expiration: 'soon' } as never });
    expect(planResume({ ...wrong, confirmed: true }, broken)).toEqual({ state: 'done' });
    expect(planResume({ ...wrong, path: null }, broken)).toEqual({ state: 'unreachable' });
    expect(planResume({ ...wrong, uploadPartInfo: undefined }, broken)).toEqual({ state: 'not-resumable' });
  });

  test('confirm needs nothing from uploadPartInfo; renew needs only its expiration', () => {
    const all = [...multipart.parts!, part(3, MiB), part(4, 100)];
    expect(planResume(withInfo({ expiration: 'soon', domain: undefined, headers: undefined }, all), { fileSize, now: before })).toEqual({
      state: 'confirm',
      partCount: 4,
    });
    expect(
      planResume(withInfo({ domain: undefined, path: undefined, uploadId: undefined, headers: undefined }), { fileSize, now: expiration }),
    ).toEqual({ state: 'renew', missingParts: [3, 4] });
  });
});

describe('the part URL', () => {
  const urlFor = (changes: Record<string, unknown>) =>
    planned(planResume(withInfo(changes, []), { fileSize: 1, partSize: MiB, now: before }))[0]!.url;

  test('has exactly one / between domain and path, whether or not path starts with one', () => {
    const expected = `https://${domain}/smhxxx/xxx.mp4?partNumber=1&uploadId=${uploadId}`;
    expect(urlFor({ path: 'smhxxx/xxx.mp4' })).toBe(expected);
    expect(urlFor({ path: '/smhxxx/xxx.mp4' })).toBe(expected);
    expect(urlFor({ path: '//smhxxx/xxx.mp4' })).toBe(expected);
  });

  test('keeps the slashes inside the path, and a trailing one', () => {
    expect(urlFor({ path: '/a/b//c/' })).toBe(`https://${domain}/a/b//c/?partNumber=1&uploadId=${uploadId}`);
  });

  test('percent-encodes each path segment and the upload ID', () => {
    expect(urlFor({ domain: 'cos.example', path: '/dir name/视频 #1?.mp4', uploadId: 'a+b/c=&d' })).toBe(
      'https://cos.example/dir%20name/%E8%A7%86%E9%A2%91%20%231%3F.mp4?partNumber=1&uploadId=a%2Bb%2Fc%3D%26d',
    );
  });

  test('carries each part its own number', () => {
    const parts = planned(planResume(withParts([]), { fileSize: 3 * MiB, partSize: MiB, now: before }));
    expect(parts.map((p) => p.url)).toEqual([url(1), url(2), url(3)]);
  });
});

describe('the part size', () => {
  test('is inferred from part 1', () => {
    const plan = planResume(withParts([part(1, 2 * MiB)]), { fileSize: 5 * MiB, now: before });
    expect(plan).toMatchObject({ state: 'upload', partSize: 2 * MiB });
    expect(planned(plan).map((p) => [p.partNumber, p.start, p.end])).toEqual([
      [2, 2 * MiB, 4 * MiB],
      [3, 4 * MiB, 5 * MiB],
    ]);
  });

  test.each([
    [
      'parts 3 and 2',
      [part(3, 2 * MiB), part(2, 2 * MiB)],
      [
        [1, 0, 2 * MiB],
        [4, 6 * MiB, 7 * MiB],
      ],
    ],
    [
      'the short last part listed before part 2',
      [part(4, MiB), part(2, 2 * MiB)],
      [
        [1, 0, 2 * MiB],
        [3, 4 * MiB, 6 * MiB],
      ],
    ],
    [
      'the short last part listed before part 3',
      [part(4, MiB), part(3, 2 * MiB)],
      [
        [1, 0, 2 * MiB],
        [2, 2 * MiB, 4 * MiB],
      ],
    ],
  ])('or from any stored part below the highest stored one: %s', (_name, parts, ranges) => {
    const plan = planResume(withParts(parts), { fileSize: 7 * MiB, now: before });
    expect(plan).toMatchObject({ state: 'upload', partSize: 2 * MiB });
    expect(planned(plan).map((p) => [p.partNumber, p.start, p.end])).toEqual(ranges);
  });

  test('given, it wins, and the stored parts must agree with it', () => {
    expect(planResume(multipart, { fileSize, partSize: MiB, now: before })).toMatchObject({ state: 'upload', partSize: MiB });
    expectRefusal(
      () => planResume(multipart, { fileSize: 4 * MiB, partSize: 2 * MiB, now: before }),
      'parts[0]',
      'parts[0] holds 1048576 bytes, but a 4194304-byte file in 2097152-byte parts puts 2097152 in part 1',
    );
  });

  test('given, it plans the parts no stored part shows', () => {
    const plan = planResume(withParts([part(3, 5)]), { fileSize: 2 * 3 * MiB + 5, partSize: 3 * MiB, now: before });
    expect(planned(plan).map((p) => [p.partNumber, p.start, p.end])).toEqual([
      [1, 0, 3 * MiB],
      [2, 3 * MiB, 6 * MiB],
    ]);
  });

  test.each([
    ['no part stored', []],
    ['parts absent', undefined],
    ['parts null', null],
    ['only the last part stored', [part(3, 5)]],
    ['only part 2 stored, the highest', [part(2, MiB)]],
  ])('is required when no stored part shows it: %s', (_name, parts) => {
    expectRefusal(
      () => planResume(withParts(parts), { fileSize: 3 * MiB, now: before }),
      'partSize',
      'partSize is required: no stored part shows the part size (part 1, or a part below the highest stored one)',
    );
  });
});

describe('the limits, at their edges', () => {
  const plan = (fileSize: number, partSize: number) => planResume(withParts([]), { fileSize, partSize, now: before });

  test('10,000 parts are allowed, 10,001 are not', () => {
    const parts = planned(plan(10_000 * MiB, MiB));
    expect(parts).toHaveLength(10_000);
    expect(parts.at(-1)).toMatchObject({ partNumber: 10_000, start: 9_999 * MiB, end: 10_000 * MiB, url: url(10_000) });
    expectRefusal(
      () => plan(10_000 * MiB + 1, MiB),
      'partSize',
      'partSize splits a 10485760001-byte file into 10001 parts of 1048576 bytes; at most 10000 parts are allowed',
    );
  });

  test('a stored part 10,000 is allowed, 10,001 is not', () => {
    const parts = planned(planResume(withParts([part(10_000, 5), part(1, MiB)]), { fileSize: 9_999 * MiB + 5, now: before }));
    expect([parts.length, parts[0]!.partNumber, parts.at(-1)!.partNumber]).toEqual([9_998, 2, 9_999]);
    expectRefusal(
      () => planResume(withParts([part(1, MiB), part(10_001, 5)]), { fileSize: 10_000 * MiB + 5, now: before }),
      'parts[1]',
      'parts[1] has PartNumber 10001; part numbers are integers from 1 to 10000',
    );
  });

  test('parts of 1 MiB are allowed; smaller ones only when the file is one part', () => {
    expect(planned(plan(2 * MiB, MiB)).map((p) => [p.start, p.end])).toEqual([
      [0, MiB],
      [MiB, 2 * MiB],
    ]);
    expect(planned(plan(MiB - 1, MiB - 1))).toMatchObject([{ partNumber: 1, start: 0, end: MiB - 1 }]);
    expect(planned(plan(10, 100))).toMatchObject([{ partNumber: 1, start: 0, end: 10 }]);
    expectRefusal(
      () => plan(2 * MiB, MiB - 1),
      'partSize',
      'partSize makes 1048575-byte parts, too small for a 2097152-byte file of several parts: every part but the last holds at least 1048576 bytes (1 MiB)',
    );
    expectRefusal(
      () => plan(MiB, MiB - 1),
      'partSize',
      'partSize makes 1048575-byte parts, too small for a 1048576-byte file of several parts: every part but the last holds at least 1048576 bytes (1 MiB)',
    );
  });

  test('parts of 5 GiB are allowed, bigger ones are not, even for a file of one part', () => {
    expect(planned(plan(5 * GiB, 5 * GiB))).toMatchObject([{ partNumber: 1, start: 0, end: 5 * GiB }]);
    expect(planned(plan(5 * GiB + 1, 5 * GiB)).map((p) => [p.start, p.end])).toEqual([
      [0, 5 * GiB],
      [5 * GiB, 5 * GiB + 1],
    ]);
    expectRefusal(
      () => plan(10, 5 * GiB + 1),
      'partSize',
      'partSize makes 5368709121-byte parts; a part holds at most 5368709120 bytes (5 GiB)',
    );
  });

  test('a part size the stored parts show is held to the same limits, naming the part that shows it', () => {
    expectRefusal(
      () => planResume(withParts([part(1, 1000)]), { fileSize: 5000, now: before }),
      'parts[0]',
      'parts[0] makes 1000-byte parts, too small for a 5000-byte file of several parts: every part but the last holds at least 1048576 bytes (1 MiB)',
    );
    expectRefusal(
      () => planResume(withParts([part(3, 5), part(2, 5 * GiB + 1)]), { fileSize: 20 * GiB, now: before }),
      'parts[1]',
      'parts[1] makes 5368709121-byte parts; a part holds at most 5368709120 bytes (5 GiB)',
    );
    expectRefusal(
      () => planResume(withParts([part(1, MiB)]), { fileSize: 10_000 * MiB + 1, now: before }),
      'parts[0]',
      'parts[0] splits a 10485760001-byte file into 10001 parts of 1048576 bytes; at most 10000 parts are allowed',
    );
  });

  test('the largest file, 10,000 parts of 5 GiB, is planned exactly; a byte more is refused', () => {
    const largest = 10_000 * 5 * GiB;
    expect(planned(plan(largest, 5 * GiB)).at(-1)).toMatchObject({ partNumber: 10_000, start: largest - 5 * GiB, end: largest });
    expectRefusal(
      () => plan(largest + 1, 5 * GiB),
      'partSize',
      'partSize splits a 53687091200001-byte file into 10001 parts of 5368709120 bytes; at most 10000 parts are allowed',
    );
  });

  test('fileSize may be any safe integer, up to Number.MAX_SAFE_INTEGER; no part size splits that into 10,000 parts', () => {
    expect(planResume(example('confirmed'), { fileSize: Number.MAX_SAFE_INTEGER })).toEqual({ state: 'done' });
    expect(planResume(example('simpleUpload'), { fileSize: Number.MAX_SAFE_INTEGER })).toEqual({ state: 'not-resumable' });
    expectRefusal(
      () => plan(Number.MAX_SAFE_INTEGER, 5 * GiB),
      'partSize',
      'partSize splits a 9007199254740991-byte file into 1677722 parts of 5368709120 bytes; at most 10000 parts are allowed',
    );
  });
});

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
