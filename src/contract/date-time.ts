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
 *
 * Read character by character, with no regular expression and no Date: the
 * validator checks every date of every task with it. It has no inner
 * functions and no imports, so that its source runs alone.
 */
export function parseDateTime(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  // YYYY-MM-DDTHH:MM:SS: separators at 4, 7, 10, 13 and 16, digits elsewhere.
  // Text too short to hold them all reads NaN past its end, and is refused
  // where the zone should be.
  const t = text.charCodeAt(10);
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (t !== 84 && t !== 116) ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  )
    return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (let index = 0; index < 19; index++) {
    if (index === 4 || index === 7 || index === 10 || index === 13 || index === 16) continue;
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (index <= 3) year = year * 10 + digit;
    else if (index <= 6) month = month * 10 + digit;
    else if (index <= 9) day = day * 10 + digit;
    else if (index <= 12) hour = hour * 10 + digit;
    else if (index <= 15) minute = minute * 10 + digit;
    else second = second * 10 + digit;
  }
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    const start = ++at;
    for (; ; at++) {
      const digit = text.charCodeAt(at) - 48;
      // Past the end, NaN: no digit either.
      if (!(digit >= 0 && digit <= 9)) break;
      if (at - start < 3) millis = millis * 10 + digit;
    }
    if (at === start) return undefined;
    // Cut, not rounded: `.5` is 500 ms, `.1239` is 123.
    if (at - start === 1) millis *= 100;
    else if (at - start === 2) millis *= 10;
  }
  let offset = 0;
  const zone = text.charCodeAt(at);
  if (zone === 90 || zone === 122) {
    if (at + 1 !== text.length) return undefined;
  } else if (zone === 43 || zone === 45) {
    if (at + 6 !== text.length || text.charCodeAt(at + 3) !== 58) return undefined;
    const h1 = text.charCodeAt(at + 1) - 48;
    const h2 = text.charCodeAt(at + 2) - 48;
    const m1 = text.charCodeAt(at + 4) - 48;
    const m2 = text.charCodeAt(at + 5) - 48;
    if (h1 < 0 || h2 < 0 || h2 > 9 || m1 < 0 || m2 < 0 || m2 > 9) return undefined;
    const offsetHour = h1 * 10 + h2;
    const offsetMinute = m1 * 10 + m2;
    // A tens digit above 9 makes 100 or more: refused here.
    if (offsetHour > 23 || offsetMinute > 59) return undefined;
    offset = (zone === 45 ? -1 : 1) * (offsetHour * 60 + offsetMinute) * 60_000;
  } else return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return undefined;
  // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), years 0–99 as written.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const epochDays = era * 146_097 + dayOfEra - 719_468;
  return ((epochDays * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis - offset;
}
