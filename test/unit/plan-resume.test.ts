// planResume plans the resume: every state and their order, the part URLs,
// ranges and headers, the part size (given or shown by the stored parts), the
// renewal margin, and the limits at their edges. What it refuses is in
// plan-resume-refusals.test.ts.
import { describe, expect, test } from 'vitest';
import { planResume, type ResumeOptions } from '../../src/index.ts';
import {
  before,
  domain,
  expectRefusal,
  expiration,
  fileSize,
  GiB,
  info,
  MiB,
  margin,
  multipart,
  part,
  planned,
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

  test('upload: every part shares one frozen copy of the headers, so a plan grows with parts plus headers, not their product', () => {
    const parts = planned(planResume(multipart, { fileSize, now: before }));
    expect(parts[0]!.headers).toEqual(info.headers);
    expect(parts[0]!.headers).not.toBe(info.headers);
    expect(parts[1]!.headers).toBe(parts[0]!.headers);
    expect(Object.isFrozen(parts[0]!.headers)).toBe(true);
  });

  test('a hostile task (20,000 headers, 10,000 parts to plan) is planned in linear time and memory', () => {
    const headers = Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`x-h${index}`, 'v']));
    const started = performance.now();
    const parts = planned(planResume(withInfo({ headers }, []), { fileSize: 10_000 * MiB, partSize: MiB, now: before }));
    expect(parts).toHaveLength(10_000);
    expect(new Set(parts.map((part) => part.headers)).size).toBe(1);
    expect(performance.now() - started).toBeLessThan(2_000);
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

  test('is http: by protocol, for a mock over plain HTTP; https: by default and when asked', () => {
    const urls = (protocol?: ResumeOptions['protocol']) =>
      planned(planResume(multipart, { fileSize, now: before, protocol })).map((p) => p.url);
    expect(urls('http:')).toEqual([url(3).replace('https:', 'http:'), url(4).replace('https:', 'http:')]);
    expect(urls('https:')).toEqual([url(3), url(4)]);
    expect(urls(undefined)).toEqual([url(3), url(4)]);
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

/** The state planned for the example at `left` milliseconds before its expiration. */
const stateAt = (left: number, options: Partial<ResumeOptions> = {}) =>
  planResume(multipart, { fileSize, now: new Date(expiration.getTime() - left), ...options }).state;

describe('by default, 5 minutes', () => {
  test('exactly 5 minutes left: upload; a millisecond less: renew', () => {
    expect(margin).toBe(300_000);
    expect(stateAt(margin)).toBe('upload');
    expect(stateAt(margin - 1)).toBe('renew');
  });

  test('an hour left: upload; a minute, none, or past the expiration: renew', () => {
    expect(stateAt(3_600_000)).toBe('upload');
    for (const left of [60_000, 1, 0, -1, -86_400_000]) expect(stateAt(left)).toBe('renew');
  });

  test('undefined is the default', () => {
    expect(stateAt(margin, { renewWithin: undefined })).toBe('upload');
    expect(stateAt(margin - 1, { renewWithin: undefined })).toBe('renew');
  });

  test('the renew plan lists the missing parts, as without a margin', () => {
    expect(planResume(multipart, { fileSize, now: new Date(expiration.getTime() - 1) })).toEqual({ state: 'renew', missingParts: [3, 4] });
  });
});

describe('renewWithin, given', () => {
  test('one minute: upload with exactly a minute left, renew with a millisecond less', () => {
    expect(stateAt(60_000, { renewWithin: 60_000 })).toBe('upload');
    expect(stateAt(59_999, { renewWithin: 60_000 })).toBe('renew');
  });

  test('longer than the default: 10 minutes', () => {
    expect(stateAt(600_000, { renewWithin: 600_000 })).toBe('upload');
    expect(stateAt(599_999, { renewWithin: 600_000 })).toBe('renew');
  });

  test('0: upload until the last millisecond; at the expiration itself, renew', () => {
    expect(stateAt(1, { renewWithin: 0 })).toBe('upload');
    expect(stateAt(0, { renewWithin: 0 })).toBe('renew');
    expect(stateAt(-1, { renewWithin: 0 })).toBe('renew');
  });

  test('1: the same as 0', () => {
    expect(stateAt(1, { renewWithin: 1 })).toBe('upload');
    expect(stateAt(0, { renewWithin: 1 })).toBe('renew');
  });

  test('the largest safe integer: always renew', () => {
    expect(stateAt(86_400_000 * 365 * 100, { renewWithin: Number.MAX_SAFE_INTEGER })).toBe('renew');
  });

  test('the upload plan still says when the credentials expire, not when the margin begins', () => {
    const plan = planResume(multipart, { fileSize, now: new Date(expiration.getTime() - 600_000), renewWithin: 600_000 });
    expect(plan).toMatchObject({ state: 'upload', expiresAt: expiration });
  });

  test('it does not matter to a task with nothing to send', () => {
    expect(planResume(example('confirmed'), { fileSize: 10, renewWithin: 600_000 })).toEqual({ state: 'done' });
    const all = withParts([...multipart.parts!, part(3, MiB), part(4, 100)]);
    expect(planResume(all, { fileSize, now: expiration, renewWithin: 600_000 })).toEqual({ state: 'confirm', partCount: 4 });
  });
});

test.each([
  [-1, '-1'],
  [1.5, '1.5'],
  [Number.NaN, 'NaN'],
  [Number.POSITIVE_INFINITY, 'Infinity'],
  [Number.MAX_SAFE_INTEGER + 1, '9007199254740992'],
  ['300000', '"300000"'],
  [null, 'null'],
  [300_000n, 'a value of type bigint'],
])('renewWithin %s is refused, before the task is read', (renewWithin, shown) => {
  const message = `renewWithin must be a non-negative safe integer (milliseconds), got ${shown}`;
  expectRefusal(() => planResume(example('confirmed'), { fileSize: 10, renewWithin: renewWithin as never }), 'renewWithin', message);
  expectRefusal(() => planResume(null as never, { fileSize: 10, renewWithin: renewWithin as never }), 'renewWithin', message);
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
