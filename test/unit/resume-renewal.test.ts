// The renewal margin: a plan is `renew` when less than `renewWithin` remains
// before the expiration (5 minutes by default, as the vendor's uploader
// renews), and `upload` with exactly that much left. At the expiration
// itself it is `renew` whatever the margin.
import { describe, expect, test } from 'vitest';
import { planResume, type ResumeOptions } from '../../src/index.ts';
import { expectRefusal, expiration, fileSize, MiB, margin, multipart, part, withParts } from '../support/resume.ts';
import { example } from '../support/spec.ts';

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
