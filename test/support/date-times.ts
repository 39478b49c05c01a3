// Date-times for the parser's property tests: an independent reading of a
// valid one, and valid ones broken in ways that leave no RFC 3339 date-time.
import fc from 'fast-check';
import { dateTime } from './arbitraries.ts';

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

function replaceAt(text: string, index: number, by: string): string {
  return `${text.slice(0, index)}${by}${text.slice(index + 1)}`;
}

/** A valid date-time broken one way: [how, the broken text]. */
export const brokenDateTime: fc.Arbitrary<[string, string]> = fc
  .tuple(dateTime, fc.constantFrom(...breakings), fc.nat())
  .map(([text, [how, breaking], at]) => [how, breaking(text, at)]);
