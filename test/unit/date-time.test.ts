// parseDateTime: RFC 3339 date-times with their offset, read to the
// millisecond whatever the machine's time zone; everything else refused. The
// generated validator runs the same function: their verdicts never differ.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseDateTime } from '../../src/contract/date-time.ts';
import { validateUploadTask } from '../../src/index.ts';
import { brokenDateTime, dateTime, momentOf, replaceAt } from '../support/date-times.ts';
import { example } from '../support/spec.ts';

describe('accepted', () => {
  test.each([
    ['2024-06-01T02:00:00Z', Date.UTC(2024, 5, 1, 2)],
    ['2024-06-01T10:00:00+08:00', Date.UTC(2024, 5, 1, 2)],
    ['2024-06-01T11:00:00+09:00', Date.UTC(2024, 5, 1, 2)],
    ['2024-05-31T21:30:00-04:30', Date.UTC(2024, 5, 1, 2)],
    ['2024-06-01t02:00:00z', Date.UTC(2024, 5, 1, 2)],
    ['2024-06-01T02:00:00-00:00', Date.UTC(2024, 5, 1, 2)],
    ['2024-06-01T02:00:00+23:59', Date.UTC(2024, 5, 1, 2) - (23 * 60 + 59) * 60_000],
    ['2024-06-01T02:00:00.5Z', Date.UTC(2024, 5, 1, 2, 0, 0, 500)],
    ['2024-06-01T02:00:00.123Z', Date.UTC(2024, 5, 1, 2, 0, 0, 123)],
    ['2024-06-01T02:00:00.1239999999Z', Date.UTC(2024, 5, 1, 2, 0, 0, 123)],
    ['2024-06-01T02:00:00.12Z', Date.UTC(2024, 5, 1, 2, 0, 0, 120)],
    ['2024-06-01T02:00:00.05Z', Date.UTC(2024, 5, 1, 2, 0, 0, 50)],
    // Cut, never rounded up into the next second.
    ['2024-06-01T02:00:00.999999999Z', Date.UTC(2024, 5, 1, 2, 0, 0, 999)],
    ['2024-05-31T18:00:00.5-08:00', Date.UTC(2024, 5, 1, 2, 0, 0, 500)],
    ['2023-12-31T23:59:59Z', Date.UTC(2023, 11, 31, 23, 59, 59)],
    ['0000-01-01T00:00:00Z', -62_167_219_200_000],
    ['0099-12-31T23:59:59Z', -59_011_459_201_000],
    ['9999-12-31T23:59:59.999Z', 253_402_300_799_999],
    ['1970-01-01T00:00:00Z', 0],
  ])('%s is %d', (text, moment) => {
    expect(parseDateTime(text)).toBe(moment);
  });
});

describe('refused', () => {
  test.each([
    // No offset: `new Date` reads these in the machine's time zone.
    '2024-06-01 10:00',
    '2024-06-01T10:00:00',
    '2024-06-01T10:00:00.000',
    '2024-06-01',
    // `new Date` reads these as a year.
    '2099',
    '1',
    '',
    '2024-06-01 10:00:00Z',
    '2024-06-01T10:00Z',
    '2024-06-01T10:00:00.Z',
    '2024-06-01T10:00:00+0800',
    '2024-06-01T10:00:00+08',
    '2024-06-01T10:00:00 +08:00',
    '2024-06-01T10:00:00UTC',
    '2024-6-01T10:00:00Z',
    '+002024-06-01T10:00:00Z',
    '12024-06-01T10:00:00Z',
    '2024-00-10T00:00:00Z',
    '2024-13-10T00:00:00Z',
    '2024-06-00T00:00:00Z',
    '2024-06-01T24:00:00Z',
    '2024-06-01T23:60:00Z',
    // A leap second: no epoch millisecond is its own, so it is refused, not moved.
    '2016-12-31T23:59:60Z',
    '2024-06-01T10:00:00+24:00',
    '2024-06-01T10:00:00+08:60',
    '2024-06-01T10:00:00Z\n',
    ' 2024-06-01T10:00:00Z',
    '２０２４-06-01T10:00:00Z',
    '2024-06-01T10:00:00Z2024-06-01T10:00:00Z',
  ])('%j', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  const text = '2024-06-01T02:00:00Z';
  const notText = [1_700_000_000_000, 2099, 0, null, undefined, new Date(0), [text], { toString: () => text }];
  test.each(notText)('what is no string: %o', (value) => {
    expect(parseDateTime(value)).toBeUndefined();
  });
});

describe('the calendar', () => {
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const lastDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((days, index) => [index + 1, days]);

  test.each(lastDays)('month %i of 2023 ends on day %i: the day after is no date', (month, days) => {
    const yearMonth = `2023-${twoDigits(month)}`;
    expect(parseDateTime(`${yearMonth}-${days}T23:59:59Z`)).toBe(Date.UTC(2023, month - 1, days, 23, 59, 59));
    expect(parseDateTime(`${yearMonth}-${days + 1}T00:00:00Z`)).toBeUndefined();
  });

  // Every fourth year is a leap year, but not every hundredth, yet every four hundredth.
  test.each([
    ['2024', true],
    ['2023', false],
    ['2100', false],
    ['1900', false],
    ['2000', true],
    ['1600', true],
    ['0000', true],
    ['0004', true],
    ['0100', false],
    ['9996', true],
  ])('February %s has a day 29: %s', (year, leap) => {
    const text = `${year}-02-29T00:00:00Z`;
    // ECMAScript's own format reads years 0000–9999 as written.
    expect(parseDateTime(text)).toBe(leap ? Date.parse(text) : undefined);
  });
});

describe('a character where another belongs is refused', () => {
  const valid = '2024-06-01T02:00:00Z';
  // '/' and ':' are the characters either side of the digits.
  const insteadOf = (character: string) => (/\d/.test(character) ? ['/', ':'] : [character === '-' ? ':' : '-', '0']);
  const broken = [...valid.slice(0, 19)].flatMap((character, index) => insteadOf(character).map((by) => replaceAt(valid, index, by)));
  test.each(broken)('in the date or time: %j', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  const withOffset = '2024-06-01T10:00:00+08:00';
  const insteadOfInOffset = (character: string) =>
    // A sign: a space, a digit, or the Unicode minus sign (U+2212).
    character === '+' ? [' ', '0', '\u2212'] : character === ':' ? ['.', '0', '-'] : ['/', ':'];
  const brokenOffsets = [...withOffset.slice(19)].flatMap((character, index) =>
    insteadOfInOffset(character).map((by) => replaceAt(withOffset, 19 + index, by)),
  );
  test.each(brokenOffsets)('in the offset: %j', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  test.each(['+08:00:00', '+08:00Z', '+08:000', '+08:0', '+8:00'])('an offset of another length: %j', (offset) => {
    expect(parseDateTime(`2024-06-01T10:00:00${offset}`)).toBeUndefined();
  });
});

describe('for any date-time', () => {
  test.prop([dateTime], { numRuns: 1000 })("the moment it names, as Date.parse reads it in ECMAScript's own format", (text) => {
    expect(parseDateTime(text)).toBe(momentOf(text));
  });

  test.prop([brokenDateTime], { numRuns: 1000 })('broken any way, it is refused', ([, text]) => {
    expect(parseDateTime(text)).toBeUndefined();
  });
});

describe('the generated validator reads date-times with this function', () => {
  const verdict = (text: unknown) => validateUploadTask({ ...example('simpleUpload'), creationTime: text }).valid;
  // Valid, broken, anything, and near misses of every part of the grammar.
  const nearMiss = fc.stringMatching(/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d{0,3})?([Zz]|[+-]\d\d:?\d\d)?$/);
  const anyText = fc.oneof(
    dateTime,
    brokenDateTime.map(([, text]) => text),
    fc.string({ maxLength: 30 }),
    nearMiss,
  );

  test.prop([anyText], { numRuns: 2000 })('valid exactly when parseDateTime reads a moment', (text) => {
    expect(verdict(text)).toBe(parseDateTime(text) !== undefined);
  });
});
