// The one mechanism that finds a secret in text, for the client's redaction
// and the servers' logs: every spelling a URL, a form or a proxy gives it,
// only where it stands whole (bounded by `=&#?`, quotes, whitespace, the
// text's ends), in time linear in the text for any secret from 1 byte to
// 64 KiB and for hundreds of secrets.
// The seed, here too: vitest.mutation.config.ts runs no setupFiles, and a property's name carries its seed, which
// StrykerJS must find again to run the property against a mutant.
import '../support/seed.ts';
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
    ['beside escapes that decode to nothing, kept as they are', 'tok', 'p=100%&q=%zz+1&t=tok', 'p=100%&q=%zz+1&t=[REDACTED]'],
    ['a secret that looks encoded, as given and encoded once', 'a%41', 'x=a%2541&y=a%41', 'x=[REDACTED]&y=[REDACTED]'],
    ['what a secret that looks encoded decodes to, another text', 'a%41', 'x=aA', 'x=aA'],
    ['a secret of spaces, a `+` for each', '  ', 'q=++&r=+', 'q=[REDACTED]&r=+'],
    ['a character of three UTF-8 bytes encoded twice, the longest a spelling gets', '€', 't=%25E2%2582%25AC', 't=[REDACTED]'],
    ['an encoded text that is not the secret', 'a b', 'q=a%20c&r=a+c', 'q=a%20c&r=a+c'],
    ['a secret with a separator inside, after a word', 'a b', 'q=xa b', 'q=xa b'],
    ['a secret with a separator inside, before a word', 'a b', 'a bx&r', 'a bx&r'],
    ['a secret with a separator inside, within a word', 'a b', 'xa bx', 'xa bx'],
    ['a secret with a separator inside, the whole text', 'a b', 'a b', '[REDACTED]'],
    ['a secret after a near miss of itself', 'a=a=b', 'x=a=a=a=b', 'x=a=[REDACTED]'],
    ['a secret that overlaps itself: each place it stands whole', 'a=a', 'a=a=a', '[REDACTED]'],
    ['a secret that stands whole twice, end to end', '=a=', '=a==a=', '[REDACTED][REDACTED]'],
  ])('%s', (_name, secret, text, expected) => {
    expect(createRedactor([secret])(text)).toBe(expected);
  });

  // The naive search: every place the secret stands whole; places that overlap make one replacement.
  const wherever = (secret: string, text: string) => {
    const bounds = (index: number) => index < 0 || index >= text.length || /[=&#?"'`\s]/.test(text[index]!);
    let [result, at] = ['', 0];
    for (let start = 0; start + secret.length <= text.length; start++) {
      const end = start + secret.length;
      if (!text.startsWith(secret, start) || !bounds(start - 1) || !bounds(end)) continue;
      result += start >= at ? `${text.slice(at, start)}[REDACTED]` : '';
      at = end;
    }
    return result + text.slice(at);
  };
  const over = (chars: string[], maxLength: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength });

  test.prop([over(['a', '='], 5), over(['a', '=', '&'], 40)], { numRuns: 500 })(
    'a secret, with separators inside or not, is replaced wherever it stands whole, however it repeats itself',
    (secret, text) => {
      expect(createRedactor([secret])(text)).toBe(wherever(secret, text));
    },
  );
});

describe("bounded by `=&#?`, quotes and whitespace, Unicode's included, and by nothing else", () => {
  const bounds = (char: string) => /[=&#?"'`\s]/.test(char);
  const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

  test('each UTF-16 code unit around a secret: replaced only between two that bound it', () => {
    const redact = createRedactor(['tok']);
    const wrong = units.filter((char) => {
      const text = `x${char}tok${char}x`;
      return redact(text) !== (bounds(char) ? `x${char}[REDACTED]${char}x` : text);
    });
    expect(wrong.map((char) => char.charCodeAt(0).toString(16))).toEqual([]);
  });

  test('each character that bounds a secret, inside one: the secret is found as given', () => {
    const wrong = units.filter(bounds).filter((char) => createRedactor([`a${char}b`])(`q=a${char}b&r`) !== 'q=[REDACTED]&r');
    expect(wrong.map((char) => char.charCodeAt(0).toString(16))).toEqual([]);
  });
});

describe('several secrets at once', () => {
  test('with a replacement of its own', () => {
    expect(createRedactor(['one', 'two'], '***')('one=two&x=one')).toBe('***=***&x=***');
  });

  const eight = ['x 1', 'x 2', 'x 3', 'x 4', 'x 5', 'x 6', 'x 7', 'x 8'];
  test.each([
    ['of lengths far apart', ['a', 'b'.repeat(20)], `a&${'b'.repeat(20)}`, '[REDACTED]&[REDACTED]'],
    ['one inside another', ['a b c', 'b'], 'q=a b c&r=b', 'q=[REDACTED]&r=[REDACTED]'],
    ['two that overlap where they stand: one replacement', ['a b', 'b c'], 'a b c', '[REDACTED]'],
    ['one found by its own search after one found as a segment', ['a b', 'c'], 'c=a b', '[REDACTED]=[REDACTED]'],
    [
      'more than eight with a separator inside: the eight longest found as given',
      [...eight, 'the long one'],
      'q=the long one',
      'q=[REDACTED]',
    ],
  ])('%s', (_name, secrets, text, expected) => {
    expect(createRedactor(secrets)(text)).toBe(expected);
  });
});

describe('a long secret is found anywhere when asked (a log quotes it inside its own words); a short one only whole', () => {
  test('as given and encoded', () => {
    const redact = createRedactor(['S3cr,et;val', 'ab'], '***', { anywhereFrom: 8 });
    expect(redact('named S3cr,et;val; and S3cr%2Cet%3Bval: ab, tab')).toBe('named ***; and ***: ab, tab');
  });

  test.each([
    ['exactly as long as asked', ['12345678'], 'x12345678y', 'x***y'],
    ['one shorter than asked', ['1234567'], 'x1234567y 1234567', 'x1234567y ***'],
    ['with a space, as a form spells it', ['S3cr et val'], 'xS3cr+et+valy', 'x***y'],
    ['overlapping itself', ['aaaaaaaa'], 'aaaaaaaaa', '***'],
    ['two, end to end', ['aaaaaaaa', 'bbbbbbbb'], 'xaaaaaaaabbbbbbbbx', 'x******x'],
  ])('%s', (_name, secrets, text, expected) => {
    expect(createRedactor(secrets, '***', { anywhereFrom: 8 })(text)).toBe(expected);
  });
});

describe('linear in the text, for any secret length', () => {
  // The fastest of a few runs, so a collection pause or a busy neighbour in one run is not counted as the search's cost.
  const timed = (work: () => void, runs = 3) =>
    Math.min(
      ...Array.from({ length: runs }, () => {
        const started = performance.now();
        work();
        return performance.now() - started;
      }),
    );

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
    const cost = (times: number) => {
      const text = secret.repeat(times);
      return timed(() => redact(text));
    };
    redact(secret.repeat(20_000)); // warm-up
    // Linear is 4×; a search that starts again at each match would be 16×.
    expect(cost(80_000) / cost(20_000)).toBeLessThan(8);
  });

  test('four hundred secrets with separators inside cost about what eight do', () => {
    const text = `${'y 1 '.repeat(10_000)}q=the longest one&`;
    const cost = (count: number) => {
      const redact = createRedactor([...Array.from({ length: count - 1 }, (_, index) => `x ${index}`), 'the longest one']);
      expect(redact(text)).toMatch(/q=\[REDACTED\]&$/);
      return timed(() => redact(text));
    };
    cost(8); // warm-up
    // Eight searches either way; a search for each secret would be fifty times the work.
    expect(cost(400) / cost(8)).toBeLessThan(5);
  });
});
