// planResume for any file, part size and set of stored parts (fast-check,
// seeded by FC_SEED like the other property tests): stored plus planned parts
// are exactly 1..N, every byte is in exactly one part, each range is the one
// its number implies, and any task the file cannot match is refused, naming
// the part that does not fit.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planResume, SmhInputError, type UploadTask } from '../../src/index.ts';
import { example } from '../support/spec.ts';

const seed = Number(process.env.FC_SEED ?? 20_210_201);
fc.configureGlobal({ seed });

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const multipart: UploadTask = example('multipartInProgress');
const expiration = new Date(multipart.uploadPartInfo!.expiration);

interface Upload {
  partSize: number;
  partCount: number;
  fileSize: number;
  /** Part numbers already stored, in the order the task lists them. */
  stored: number[];
  /** Whether to give partSize, or let it be inferred (only when a stored part shows it). */
  givePartSize: boolean;
  now: Date;
}

/** The size part `n` has, by the definition (not the code under test): full parts, then the rest. */
const sizeOf = ({ partSize, partCount, fileSize }: Upload, n: number) => (n < partCount ? partSize : fileSize - (partCount - 1) * partSize);

const upload: fc.Arbitrary<Upload> = fc
  .record({
    partSize: fc.oneof(fc.constantFrom(MiB, 5 * MiB, 5 * GiB), fc.integer({ min: MiB, max: 5 * GiB })),
    // Mostly small files; now and then one near the 10,000-part limit.
    partCount: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 64 }) }, { weight: 1, arbitrary: fc.integer({ min: 9_990, max: 10_000 }) }),
    lastShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .chain(({ partSize, partCount, lastShare }) => {
    // The last part holds 1..partSize bytes (0 only for an empty file of one part).
    const last = partCount === 1 ? Math.floor(lastShare * partSize) : Math.max(1, Math.ceil(lastShare * partSize));
    const all = Array.from({ length: Math.min(partCount, 40) }, (_, index) => index + 1).concat(partCount > 40 ? [partCount - 1, partCount] : []);
    const stored = fc.oneof(
      fc.subarray([...new Set(all)]),
      fc.constant(Array.from({ length: partCount }, (_, index) => index + 1)), // everything: confirm
    );
    return fc.record({
      partSize: fc.constant(partSize),
      partCount: fc.constant(partCount),
      fileSize: fc.constant((partCount - 1) * partSize + last),
      stored: stored.chain((numbers) => fc.shuffledSubarray(numbers, { minLength: numbers.length, maxLength: numbers.length })),
      givePartSize: fc.boolean(),
      now: fc.oneof(fc.constant(expiration), fc.integer({ min: -86_400_000, max: 86_400_000 }).map((offset) => new Date(expiration.getTime() + offset))),
    });
  });

function taskFor(u: Upload, stored = u.stored.map((n) => ({ PartNumber: n, LastModified: '2021-02-01T08:16:02.000Z', ETag: `"${n}"`, Size: sizeOf(u, n) }))): UploadTask {
  return { ...multipart, parts: stored };
}

/** Whether a stored part shows the part size: part 1, or one below the highest stored number. */
const shown = (stored: number[]) => stored.includes(1) || stored.some((n) => n < Math.max(...stored));

describe('for any file and any stored parts that fit it', () => {
  test('stored plus planned are exactly 1..N, each byte in one part, each range the one its number implies', () => {
    fc.assert(
      fc.property(upload, (u) => {
        const options = { fileSize: u.fileSize, now: u.now, ...(u.givePartSize || !shown(u.stored) ? { partSize: u.partSize } : {}) };
        const plan = planResume(taskFor(u), options);
        const missing = Array.from({ length: u.partCount }, (_, index) => index + 1).filter((n) => !u.stored.includes(n));
        if (missing.length === 0) return void expect(plan).toEqual({ state: 'confirm', partCount: u.partCount });
        if (u.now.getTime() >= expiration.getTime()) return void expect(plan).toEqual({ state: 'renew', missingParts: missing });

        expect(plan.state).toBe('upload');
        if (plan.state !== 'upload') return;
        expect(plan.partSize).toBe(u.partSize);
        expect(plan.parts.map((part) => part.partNumber)).toEqual(missing);
        // Every part, stored or planned, by number: the ranges tile [0, fileSize).
        const planned = new Map(plan.parts.map((part) => [part.partNumber, part]));
        let offset = 0;
        for (let n = 1; n <= u.partCount; n++) {
          const size = sizeOf(u, n);
          const part = planned.get(n);
          if (part) expect([part.start, part.end]).toEqual([offset, offset + size]);
          offset += size;
        }
        expect(offset).toBe(u.fileSize);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a task the file cannot match is refused, naming the part', () => {
  const partial = upload.filter((u) => u.stored.length > 0);

  test('a stored part past the last', () => {
    fc.assert(
      fc.property(upload.filter((u) => u.partCount < 10_000), fc.nat(), (u, at) => {
        const stored = [...u.stored];
        const extra = Math.min(10_000, u.partCount + 1 + (at % 5));
        const index = at % (stored.length + 1);
        stored.splice(index, 0, extra);
        const parts = taskFor(u).parts!.slice();
        parts.splice(index, 0, { PartNumber: extra, LastModified: '2021-02-01T08:16:02.000Z', ETag: '"x"', Size: 1 });
        const error = catchRefusal(() => planResume({ ...multipart, parts }, { fileSize: u.fileSize, partSize: u.partSize, now: u.now }));
        expect(error.parameter).toBe(`parts[${index}]`);
        expect(error.message).toContain(`is part ${extra}, past the end`);
      }),
      { numRuns: 200 },
    );
  });

  test('a stored part of another size than its number implies', () => {
    fc.assert(
      fc.property(partial, fc.nat(), fc.integer({ min: 1, max: MiB }), (u, at, delta) => {
        const parts = taskFor(u).parts!.slice();
        const index = at % parts.length;
        const wrong = parts[index]!.Size > delta ? parts[index]!.Size - delta : parts[index]!.Size + delta;
        parts[index] = { ...parts[index]!, Size: wrong };
        const error = catchRefusal(() => planResume({ ...multipart, parts }, { fileSize: u.fileSize, partSize: u.partSize, now: u.now }));
        expect(error.parameter).toBe(`parts[${index}]`);
        expect(error.message).toContain(`holds ${wrong} bytes`);
      }),
      { numRuns: 200 },
    );
  });

  test('a stored part given twice', () => {
    fc.assert(
      fc.property(partial, fc.nat(), (u, at) => {
        const parts = taskFor(u).parts!.slice();
        const twin = parts[at % parts.length]!;
        parts.push(twin);
        const error = catchRefusal(() => planResume({ ...multipart, parts }, { fileSize: u.fileSize, partSize: u.partSize, now: u.now }));
        expect(error.parameter).toBe(`parts[${parts.length - 1}]`);
        expect(error.message).toContain(`is part ${twin.PartNumber} again`);
      }),
      { numRuns: 200 },
    );
  });
});

function catchRefusal(run: () => unknown): SmhInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SmhInputError) return error;
    throw error;
  }
  return expect.unreachable('planResume did not refuse');
}
