// planResume: every state and their order, the part URLs, ranges and headers,
// and the part size (given or shown by the stored parts). Its limits are in
// resume-limits.test.ts, its refusals in resume-refusals.test.ts.
import { describe, expect, test } from 'vitest';
import { planResume } from '../../src/index.ts';
import {
  before,
  domain,
  expectRefusal,
  expiration,
  fileSize,
  info,
  MiB,
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
