// planResume at its limits: the largest part count, part size and file it
// plans, and the first past each, refused with why.
import { describe, expect, test } from 'vitest';
import { planResume } from '../../src/index.ts';
import { before, expectRefusal, GiB, MiB, part, planned, url, withParts } from '../support/resume.ts';
import { example } from '../support/spec.ts';

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
