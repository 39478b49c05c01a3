// RFC 3339 date-times, as the spec's `format: date-time` means them. One
// reader for the whole package: the planner calls it, and the generated
// validator carries its source (scripts/build-validator.ts inlines it).

/**
 * The moment `text` names, in milliseconds since the epoch, when it is an
 * RFC 3339 date-time with its offset: `2021-07-24T10:34:32Z`,
 * `2021-07-24t18:34:32.5+08:00`. Undefined for anything else, so no reading
 * depends on the machine's time zone: no offset (`2021-07-24T10:34:32`), a
 * space for the `T`, a date alone, a number.
 *
 * Calendar dates are real ones (leap years included); years run 0000–9999.
 * A fraction is cut to milliseconds, not rounded: never later than written.
 * A leap second (`23:59:60Z`) is refused: epoch milliseconds have no place
 * for it, and moving it to a neighbouring second would change the moment.
 * It has no inner functions and no imports, so that its source runs alone.
 */
export function parseDateTime(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetHour = Number(match[9] ?? 0);
  const offsetMinute = Number(match[10] ?? 0);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  // Month 00 or 13 has no days at all.
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const real = day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59;
  if (!real || offsetHour > 23 || offsetMinute > 59) return undefined;
  // setUTCFullYear, unlike Date.UTC, takes the years 0–99 as written.
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day);
  moment.setUTCHours(hour, minute, second, Number((match[7] ?? '').padEnd(3, '0').slice(0, 3)));
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute) * 60_000;
  return moment.getTime() - offset;
}
