// planResume for any file, part size, set of stored parts and moment: stored
// plus planned parts are exactly 1..N, every byte of the file is in exactly
// one part, each range is the one its number implies, the state follows from
// the stored parts, the moment and the renewal margin; a task the file cannot
// match is refused, naming the stored part that does not fit; an expiration
// names the same moment at any offset, and is refused without one. Runs are seeded
// (FC_SEED=<n> replays another run); a failure prints its seed and path.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { planResume, SmhInputError, type UploadPart, type UploadTask } from '../../src/index.ts';
import { brokenDateTime, dateTime, momentOf } from '../support/date-times.ts';
import { example } from '../support/spec.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const multipart: UploadTask = example('multipartInProgress');
const info = multipart.uploadPartInfo!;
const expiration = new Date(info.expiration);
const headers = JSON.stringify(info.headers);
/** The default renewal margin, 5 minutes; `upload` needs at least this much left. */
const margin = 5 * 60_000;

interface Upload {
  partSize: number;
  partCount: number;
  fileSize: number;
  /** Part numbers already stored, in the order the task lists them. */
  stored: number[];
  /** Whether to give partSize, or let it be inferred (only when a stored part shows it). */
  givePartSize: boolean;
  now: Date;
  /** The renewal margin to give; undefined for the default. */
  renewWithin: number | undefined;
}

/** The size part `n` has, by the definition: full parts, then the rest. */
const sizeOf = ({ partSize, partCount, fileSize }: Upload, n: number) => (n < partCount ? partSize : fileSize - (partCount - 1) * partSize);

const upload: fc.Arbitrary<Upload> = fc
  .record({
    partSize: fc.oneof(
      fc.constantFrom(MiB, 5 * MiB, 5 * GiB),
      fc.integer({ min: MiB, max: 64 * MiB }),
      fc.integer({ min: MiB, max: 5 * GiB }),
    ),
    // Mostly files of a few parts; now and then one at the 10,000-part limit.
    partCount: fc.oneof(
      { weight: 29, arbitrary: fc.integer({ min: 1, max: 64 }) },
      { weight: 1, arbitrary: fc.integer({ min: 9_995, max: 10_000 }) },
    ),
    lastShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .chain(({ partSize, partCount, lastShare }) => {
    // The last part holds 1..partSize bytes (0 only for an empty file of one part).
    const last = partCount === 1 ? Math.floor(lastShare * partSize) : Math.max(1, Math.ceil(lastShare * partSize));
    // Of a file of many parts, the first 40 and the last two may be stored.
    const candidates = [
      ...new Set([...Array.from({ length: Math.min(partCount, 40) }, (_, index) => index + 1), Math.max(1, partCount - 1), partCount]),
    ];
    const stored = fc.oneof(
      { weight: 4, arbitrary: fc.subarray(candidates) },
      { weight: 1, arbitrary: fc.constant(Array.from({ length: partCount }, (_, index) => index + 1)) }, // every part: confirm
    );
    return fc.record({
      partSize: fc.constant(partSize),
      partCount: fc.constant(partCount),
      fileSize: fc.constant((partCount - 1) * partSize + last),
      stored: stored.chain((numbers) => fc.shuffledSubarray(numbers, { minLength: numbers.length, maxLength: numbers.length })),
      givePartSize: fc.boolean(),
      // The edges: the expiration, and the default margin before it.
      now: fc
        .oneof(fc.constantFrom(0, 1, margin - 1, margin, margin + 1), fc.integer({ min: -86_400_000, max: 86_400_000 }))
        .map((left) => new Date(expiration.getTime() - left)),
      renewWithin: fc.option(fc.oneof(fc.constantFrom(0, 1, margin), fc.integer({ min: 0, max: 3_600_000 })), { nil: undefined }),
    });
  });

function storedParts(u: Upload): UploadPart[] {
  return u.stored.map((n) => ({ PartNumber: n, LastModified: '2021-02-01T08:16:02.000Z', ETag: `"${n}"`, Size: sizeOf(u, n) }));
}

/** Whether a stored part shows the part size: part 1, or one below the highest stored number. */
const shown = (stored: number[]) => stored.includes(1) || stored.some((n) => n < Math.max(...stored));

/** The options a caller has: partSize when asked to give it, or when nothing stored shows it. */
const optionsFor = (u: Upload) => ({
  fileSize: u.fileSize,
  now: u.now,
  ...(u.givePartSize || !shown(u.stored) ? { partSize: u.partSize } : {}),
  ...(u.renewWithin === undefined ? {} : { renewWithin: u.renewWithin }),
});

/** Whether the credentials are to be renewed: less than the margin left, or none at all. */
const mustRenew = (u: Upload) => {
  const left = expiration.getTime() - u.now.getTime();
  return left <= 0 || left < (u.renewWithin ?? margin);
};

/** What is wrong with an upload plan's parts, given what is stored; empty when nothing is. */
function tilingProblems(
  u: Upload,
  planned: ReadonlyArray<{ partNumber: number; start: number; end: number; url: string; headers: Record<string, string> }>,
): string[] {
  const problems: string[] = [];
  const numbers = [...u.stored, ...planned.map((part) => part.partNumber)].sort((a, b) => a - b);
  if (numbers.length !== u.partCount || numbers.some((n, index) => n !== index + 1))
    problems.push(`stored plus planned are not 1..${u.partCount}`);
  const byNumber = new Map(planned.map((part) => [part.partNumber, part]));
  const storedSizes = new Map(storedParts(u).map((part) => [part.PartNumber, part.Size]));
  // Walk the file part by part: each planned range starts where the one before ends.
  let offset = 0;
  for (let n = 1; n <= u.partCount && problems.length < 5; n++) {
    const part = byNumber.get(n);
    const size = part ? part.end - part.start : storedSizes.get(n);
    if (size === undefined) continue; // already reported above
    if (part && part.start !== offset) problems.push(`part ${n} starts at ${part.start}, not ${offset}`);
    if (part && (part.start !== (n - 1) * u.partSize || part.end !== Math.min(n * u.partSize, u.fileSize)))
      problems.push(`part ${n} is [${part.start}, ${part.end})`);
    if (part && !part.url.endsWith(`?partNumber=${n}&uploadId=${info.uploadId}`)) problems.push(`part ${n} goes to ${part.url}`);
    if (part && JSON.stringify(part.headers) !== headers) problems.push(`part ${n} has other headers`);
    offset += size;
  }
  if (offset !== u.fileSize) problems.push(`the parts cover ${offset} bytes of ${u.fileSize}`);
  return problems;
}

describe('for any file and any stored parts that fit it', () => {
  test.prop([upload], { numRuns: 300 })(
    'stored plus planned are exactly 1..N, each byte in one part, each range the one its number implies',
    (u) => {
      const plan = planResume({ ...multipart, parts: storedParts(u) }, optionsFor(u));
      const stored = new Set(u.stored);
      const missing = Array.from({ length: u.partCount }, (_, index) => index + 1).filter((n) => !stored.has(n));
      if (missing.length === 0) return void expect(plan).toEqual({ state: 'confirm', partCount: u.partCount });
      if (mustRenew(u)) return void expect(plan).toEqual({ state: 'renew', missingParts: missing });
      if (plan.state !== 'upload') return void expect(plan.state).toBe('upload');
      expect([plan.partSize, plan.expiresAt]).toEqual([u.partSize, expiration]);
      expect(tilingProblems(u, plan.parts)).toEqual([]);
    },
  );

  test.prop([upload.filter((u) => shown(u.stored) && u.stored.length < u.partCount)], { numRuns: 100 })(
    'the part size a stored part shows is the part size',
    (u) => {
      const now = new Date(expiration.getTime() - margin);
      const plan = planResume({ ...multipart, parts: storedParts(u) }, { fileSize: u.fileSize, now });
      expect(plan.state === 'upload' && plan.partSize).toBe(u.partSize);
    },
  );
});

describe('a task the file cannot match is refused, naming the part', () => {
  const partial = upload.filter((u) => u.stored.length > 0);

  test.prop([upload.filter((u) => u.partCount < 10_000), fc.nat()], { numRuns: 200 })('a stored part past the last', (u, at) => {
    const extra = Math.min(10_000, u.partCount + 1 + (at % 5));
    const index = at % (u.stored.length + 1);
    const parts = storedParts(u);
    parts.splice(index, 0, { PartNumber: extra, LastModified: '2021-02-01T08:16:02.000Z', ETag: '"x"', Size: 1 });
    const error = refusal(() => planResume({ ...multipart, parts }, { fileSize: u.fileSize, partSize: u.partSize, now: u.now }));
    expect([error.parameter, error.message]).toEqual([
      `parts[${index}]`,
      `parts[${index}] is part ${extra}, past the end of a ${u.fileSize}-byte file in ${u.partSize}-byte parts (${u.partCount} parts)`,
    ]);
  });

  test.prop([partial, fc.nat(), fc.integer({ min: 1, max: MiB })], { numRuns: 200 })(
    'a stored part of another size than its number implies',
    (u, at, delta) => {
      const parts = storedParts(u);
      const index = at % parts.length;
      const { PartNumber: n, Size: size } = parts[index]!;
      const wrong = size > delta ? size - delta : size + delta;
      parts[index] = { ...parts[index]!, Size: wrong };
      const error = refusal(() => planResume({ ...multipart, parts }, { fileSize: u.fileSize, partSize: u.partSize, now: u.now }));
      expect([error.parameter, error.message]).toEqual([
        `parts[${index}]`,
        `parts[${index}] holds ${wrong} bytes, but a ${u.fileSize}-byte file in ${u.partSize}-byte parts puts ${size} in part ${n}`,
      ]);
    },
  );

  test.prop([partial, fc.nat(), fc.nat()], { numRuns: 200 })(
    'a stored part given twice, whether or not partSize is given',
    (u, which, where) => {
      const parts = storedParts(u);
      const twin = parts[which % parts.length]!;
      // Anywhere after the first one: the later of the two is named.
      const first = parts.indexOf(twin);
      const index = first + 1 + (where % (parts.length - first));
      parts.splice(index, 0, twin);
      const error = refusal(() => planResume({ ...multipart, parts }, optionsFor(u)));
      expect([error.parameter, error.message]).toEqual([
        `parts[${index}]`,
        `parts[${index}] is part ${twin.PartNumber} again (parts[${first}] is part ${twin.PartNumber} too)`,
      ]);
    },
  );
});

describe('the expiration, whatever the offset it is written at', () => {
  const missing = { ...multipart, parts: [] };
  const options = { fileSize: 1, partSize: 1, renewWithin: 0 };

  test.prop([dateTime, fc.integer({ min: 1, max: 86_400_000 })], { numRuns: 300 })(
    'names one moment: expiresAt is that moment, and the plan is upload until then',
    (text, left) => {
      const moment = momentOf(text);
      const task = { ...missing, uploadPartInfo: { ...info, expiration: text } };
      const plan = planResume(task, { ...options, now: new Date(moment - left) });
      expect(plan).toMatchObject({ state: 'upload', expiresAt: new Date(moment) });
      expect(planResume(task, { ...options, now: new Date(moment) })).toEqual({ state: 'renew', missingParts: [1] });
    },
  );

  test.prop([brokenDateTime], { numRuns: 300 })(
    'broken any way (without its offset, among others), it is refused, naming it',
    ([, text]) => {
      const task = { ...missing, uploadPartInfo: { ...info, expiration: text } };
      const error = refusal(() => planResume(task, { ...options, now: expiration }));
      const expected = 'must be an RFC 3339 date-time with an offset (2021-07-24T10:34:32Z)';
      expect([error.parameter, error.message]).toEqual([
        'uploadPartInfo.expiration',
        `uploadPartInfo.expiration ${expected}, got ${JSON.stringify(text)}`,
      ]);
    },
  );
});

/** The SmhInputError `run` throws; anything else fails the property. */
function refusal(run: () => unknown): SmhInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SmhInputError) return error;
    throw error;
  }
  return expect.unreachable('planResume did not refuse');
}
