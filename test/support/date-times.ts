// Date-times for the property tests: RFC 3339 ones of any calendar date and
// offset, an independent reading of one, and valid ones broken in ways that
// leave no RFC 3339 date-time.
import { fc } from '@fast-check/vitest';

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is this month's last day. setUTCFullYear, unlike
  // Date.UTC, takes years 0–99 literally.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** RFC 3339 date-time strings: any real calendar date, any offset, optional fraction, either case of T and Z. */
export const dateTime: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: '' }),
    t: fc.constantFrom('T', 't'),
    offset: fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${twoDigits(h)}:${twoDigits(m)}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, t, offset }) => {
    const date = `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(Math.min(day, daysIn(year, month)))}`;
    return `${date}${t}${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(second)}${fraction ? `.${fraction}` : ''}${offset}`;
  });

/**
 * The moment a valid RFC 3339 date-time names, read by `Date.parse` once it
 * is in ECMAScript's own format (upper-case T and Z, three fraction digits),
 * which the language defines exactly, whatever the machine's time zone.
 */
export function momentOf(text: string): number {
  const match = /^(.{10})[Tt](.{8})(?:\.(\d+))?(.*)$/.exec(text)!;
  const [, date, time, fraction = '', offset = ''] = match;
  return Date.parse(`${date}T${time}.${fraction.padEnd(3, '0').slice(0, 3)}${offset.toUpperCase()}`);
}

/** Each turns a valid date-time into text no RFC 3339 reader accepts. */
const breakings: Array<[string, (text: string, at: number) => string]> = [
  ['without its offset', (text) => text.replace(/(?:[Zz]|[+-]\d\d:\d\d)$/, '')],
  ['a space for the T', (text) => text.replace(/[Tt]/, ' ')],
  ['a character before it', (text, at) => `${' \n0x+'[at % 5]}${text}`],
  ['a character after it', (text, at) => `${text}${' \n0Zx'[at % 5]}`],
  [
    'a digit replaced by another kind of digit or a letter',
    (text, at) => {
      const digits = [...text.matchAll(/\d/g)].map((match) => match.index);
      return replaceAt(text, digits[at % digits.length]!, ['a', '٣', '５', ' '][at % 4]!);
    },
  ],
  [
    'a separator dropped',
    (text, at) => {
      const separators = [...text.matchAll(/[-:]/g)].map((match) => match.index);
      return replaceAt(text, separators[at % separators.length]!, '');
    },
  ],
  [
    "a separator or the offset's sign replaced by another character",
    (text, at) => {
      const separators = [...text.matchAll(/[-:Tt+]/g)].map((match) => match.index);
      return replaceAt(text, separators[at % separators.length]!, ['/', '0', ' ', '.'][at % 4]!);
    },
  ],
  [
    'a field out of range',
    (text, at) => {
      const fields: Array<[number, string]> = [
        [5, '13'],
        [5, '00'],
        [8, '32'],
        [8, '00'],
        [11, '24'],
        [14, '60'],
        [17, '60'],
      ];
      const [index, value] = fields[at % fields.length]!;
      return `${text.slice(0, index)}${value}${text.slice(index + 2)}`;
    },
  ],
];

/** `text` with its character at `index` replaced by `by`. */
export function replaceAt(text: string, index: number, by: string): string {
  return `${text.slice(0, index)}${by}${text.slice(index + 1)}`;
}

/** A valid date-time broken one way: [how, the broken text]. */
export const brokenDateTime: fc.Arbitrary<[string, string]> = fc
  .tuple(dateTime, fc.constantFrom(...breakings), fc.nat())
  .map(([text, [how, breaking], at]) => [how, breaking(text, at)]);
