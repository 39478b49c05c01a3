// The one mechanism that finds a secret in text, for the client's redaction
// and the servers' logs: every spelling a URL, a form or a proxy gives it,
// only where it stands whole, in time linear in the text for any secret
// from 1 byte to 64 KiB.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createRedactor } from '../../src/shared/secret-redactor.ts';

const spellings = (secret: string) => [
  secret,
  encodeURIComponent(secret),
  encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
  encodeURIComponent(encodeURIComponent(secret)),
  new URLSearchParams({ t: secret }).toString().slice(2),
  // As a URL parser re-encodes what a client sent (an apostrophe becomes %27).
  new URL(`https://x/?t=${encodeURIComponent(secret)}`).search.slice(3),
];
// What stands around a value in a URL, a form, JSON or prose.
const around = fc.constantFrom(
  ['access_token=', '&user_id=u'],
  ['"', '"'],
  ["'", "'"],
  ['token ', ' expired'],
  ['', ''],
  ['?t=', '#top'],
  ['`', '`'],
);

describe('every spelling, where it stands whole', () => {
  test.prop([fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).filter((secret) => secret.isWellFormed()), around], {
    numRuns: 500,
  })('each spelling of any secret is replaced, and what stands around it is kept', (secret, [before, after]) => {
    const redact = createRedactor([secret]);
    for (const spelling of spellings(secret)) expect(redact(`${before}${spelling}${after}`)).toBe(`${before}[REDACTED]${after}`);
  });

  test.each([
    ['a word that contains it', 't', 'UploadNotFound', 'UploadNotFound'],
    ['a dotted name', 't', 'init.params', 'init.params'],
    ['a path segment', 'tok', '/api/tok/x', '/api/tok/x'],
    ['a longer value that starts with it', 'tok', 'access_token=tok2', 'access_token=tok2'],
    ['two whole ones and one inside a word', 'ab', 'ab&ab=xaby', '[REDACTED]&[REDACTED]=xaby'],
    ['a secret with separators inside, as given', 'a&b=c d', 'q=a&b=c d&r', 'q=[REDACTED]&r'],
    ['a secret that is a prefix of its own encoding (a trailing %)', 'tok%', 'access_token=tok%25', 'access_token=[REDACTED]'],
    ['an empty secret, which is no secret', '', 'a==b', 'a==b'],
  ])('%s', (_name, secret, text, expected) => {
    expect(createRedactor([secret])(text)).toBe(expected);
  });

  test('a long secret is found anywhere when asked (a log quotes it inside its own words); a short one only whole', () => {
    const redact = createRedactor(['S3cr,et;val', 'ab'], '***', { anywhereFrom: 8 });
    expect(redact('named S3cr,et;val; and S3cr%2Cet%3Bval: ab, tab')).toBe('named ***; and ***: ab, tab');
  });

  test('several secrets at once, with a replacement of its own', () => {
    expect(createRedactor(['one', 'two'], '***')('one=two&x=one')).toBe('***=***&x=***');
  });
});

describe('linear in the text, for any secret length', () => {
  const timed = (work: () => void) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };

  test.each([1, 100, 6_200, 65_536])('a %i-character secret in a 1 MiB text costs about what a 1-character one does', (length) => {
    const secret = 's'.repeat(length);
    const text = `${'x '.repeat(100_000)}access_token=${secret}&${'a=b&'.repeat(100_000)}`;
    const redact = createRedactor([secret]);
    expect(redact(text)).toContain('access_token=[REDACTED]&');
    const baseline = timed(() => createRedactor(['s'])(text));
    expect(timed(() => redact(text))).toBeLessThan(baseline * 5 + 50);
  });

  test('a secret that repeats itself, with separators inside, against a text made of it: four times the text, about four times the time', () => {
    const secret = 'ab=ab=ab&';
    const redact = createRedactor([secret]);
    const cost = (times: number) => timed(() => redact(secret.repeat(times)));
    cost(20_000); // warm-up
    // Linear is 4×; a search that starts again at each match would be 16×.
    expect(cost(200_000) / cost(50_000)).toBeLessThan(8);
  });
});
