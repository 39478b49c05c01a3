// The package's one masker (src/secrets.ts): known secrets replaced in every
// spelling, secret parameters and headers masked by name, control
// characters escaped, deep values redacted without recursion.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maskedHeaders, requestLog } from '../../src/mock/log.ts';
import { createRedactor, escapeControls, maskTarget, redactDeep, secretHeaders, secretParameters, secretsOf } from '../../src/secrets.ts';

const SECRET = 'a/b c+d%é';
const redact = createRedactor([SECRET]);

describe('createRedactor', () => {
  const encoded = encodeURIComponent(SECRET);
  test.each([
    ['as given', SECRET],
    ['percent-encoded', encoded],
    ['percent-encoded in lower case', encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
    ['form-encoded, + for a space', new URLSearchParams({ t: SECRET }).toString().slice(2)],
    ['encoded twice', encodeURIComponent(encoded)],
    ['as a URL parser re-encodes it', new URL(`http://x/?t=${encoded}`).search.slice(3)],
    ['mixing raw and encoded characters', 'a%2Fb c%2Bd%25é'],
  ])('replaces it %s', (_name, spelling) => {
    expect(redact(`before ${spelling} after`)).toBe('before [REDACTED] after');
  });

  test('replaces every occurrence, with the replacement asked for', () => {
    expect(createRedactor([SECRET], '***')(`${SECRET}|${SECRET}`)).toBe('***|***');
  });

  test('the longest of several secrets wins where one begins another', () => {
    expect(createRedactor(['abc', 'abcdef'])('abcdefg abcx')).toBe('[REDACTED]g [REDACTED]x');
  });

  test('ignores empty secrets and leaves other text alone', () => {
    expect(createRedactor(['', SECRET])('nothing secret here')).toBe('nothing secret here');
    expect(createRedactor([])('anything')).toBe('anything');
  });

  test('a + stands for a space only: text that differs from the secret elsewhere is kept', () => {
    expect(createRedactor(['ab cd'])('ab+cd a+ cd +b cd')).toBe('[REDACTED] a+ cd +b cd');
  });

  test('a secret made of regular expression syntax is matched literally', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the secret is these characters, literally
    expect(createRedactor(['.*+?^${}()|[]\\-'])('x.*+?^${}()|[]\\-y and xy')).toBe('x[REDACTED]y and xy');
  });

  test('for any secret, each of its spellings is replaced whole', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.isWellFormed()),
        (secret) => {
          const mask = createRedactor([secret]);
          const encoded = encodeURIComponent(secret);
          return [
            secret,
            encoded,
            encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
            encodeURIComponent(encoded),
            new URLSearchParams({ t: secret }).toString().slice(2),
          ].every((spelling) => mask(spelling) === '[REDACTED]');
        },
      ),
    );
  });
});

describe('maskTarget', () => {
  test.each([
    ['/p?upload&access_token=abc', '/p?upload&access_token=***'],
    ['/p?ACCESS_TOKEN=abc&x=1', '/p?ACCESS_TOKEN=***&x=1'],
    ['/p?access%5Ftoken=abc', '/p?access%5Ftoken=***'],
    ['/p?Library_Secret=a,b;c%20d&user_id=u', '/p?Library_Secret=***&user_id=u'],
    ['/p?access+token=abc', '/p?access+token=abc'],
    // A form decoder reads + as a space: this names another parameter.
    ['/p?access_to+ken=abc', '/p?access_to+ken=abc'],
    ['http://host/p?access_token=abc#frag', 'http://host/p?access_token=***'],
    // OAuth's implicit flow returns a token in the fragment, which no server is sent.
    ['/p?x=1#access_token=abc', '/p?x=1'],
    ['/p#access_token=abc', '/p'],
    ['/?access_token=abc', '/?access_token=***'],
    // Only the query has parameters: a path is logged as it is.
    ['/p&access_token=abc', '/p&access_token=abc'],
    ['/p?access_token', '/p?access_token=***'],
    ['/p?%zz=1&access_token=t', '/p?%zz=1&access_token=***'],
    ['/p', '/p'],
  ])('%s → %s', (target, masked) => {
    expect(maskTarget(target)).toBe(masked);
  });

  test('the secret names come from the spec: the API key and the password-format parameter', () => {
    expect([...secretParameters].sort()).toEqual(['access_token', 'library_secret']);
    expect(secretHeaders.has('authorization') && secretHeaders.has('x-cos-security-token')).toBe(true);
  });
});

test('secretsOf: the decoded values of secret parameters and credential headers', () => {
  const url = new URL('http://x/p?Access_Token=a%2Fb&library_secret=s&user_id=u');
  expect(secretsOf(url, { authorization: 'Bearer z', 'x-cos-security-token': 'c', accept: '*/*' })).toEqual(['a/b', 's', 'Bearer z', 'c']);
});

test.each(['Authorization', 'Proxy-Authorization', 'Cookie', 'Set-Cookie', 'X-Cos-Security-Token'])(
  'a %s header never shows its value in a log line, masked by name and by value',
  (name) => {
    const headers = { [name]: 'sid=credential', Accept: '*/*' };
    const lines: string[] = [];
    const secrets = secretsOf(new URL('http://x/p'), headers);
    const log = requestLog((entry) => lines.push(entry.message), 'debug', 'GET', '/p', secrets);
    log.detail(`headers ${maskedHeaders(headers)}; echoed sid=credential`);
    expect(lines).toEqual([`GET /p: headers ${name}: ***, Accept: */*; echoed ***`]);
  },
);

describe('escapeControls', () => {
  test('C0, DEL, C1 and the line and paragraph separators become escapes; other text is kept', () => {
    expect(escapeControls('a\nb\r\u001b[31m\u007f\u0085\u009f\u2028\u2029é🎬')).toBe(
      'a\\x0ab\\x0d\\x1b[31m\\x7f\\x85\\x9f\\u2028\\u2029é🎬',
    );
  });

  test('for any text, the result has no control character', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(escapeControls(text))));
  });
});

describe('redactDeep', () => {
  test('a value without the secret comes back as it is, the same object', () => {
    const body = { a: [1, { b: 'c' }] };
    expect(redactDeep(body, redact)).toBe(body);
  });

  test('a copy keeps keys and shape, redacts strings at any depth, keeps "__proto__" a key', () => {
    const body = JSON.parse(`{"__proto__": {"x": "${SECRET}"}, "list": ["${SECRET}", 1, null], "n": 2}`);
    const copy = redactDeep(body, redact);
    expect(Object.keys(copy)).toEqual(['__proto__', 'list', 'n']);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":"[REDACTED]"},"list":["[REDACTED]",1,null],"n":2}');
    expect(JSON.stringify(body)).toContain(SECRET); // the original is left as it was
  });

  test('nesting 100,000 deep overflows nothing', () => {
    let deep: unknown = SECRET;
    for (let depth = 0; depth < 100_000; depth++) deep = [deep];
    let copy = redactDeep(deep, redact);
    for (let depth = 0; depth < 100_000; depth++) copy = (copy as unknown[])[0];
    expect(copy).toBe('[REDACTED]');
  });

  test('null, undefined, numbers and booleans come back as they are', () => {
    expect([null, undefined, 7, true].map((value) => redactDeep(value, redact))).toEqual([null, undefined, 7, true]);
  });

  test('a sparse array is copied with its holes where they were', () => {
    const list: string[] = [];
    list[2] = SECRET;
    const copy = redactDeep(list, redact);
    expect([copy.length, Object.keys(copy), copy[2]]).toEqual([3, ['2'], '[REDACTED]']);
  });

  test('what an object that is no error inherits is not its own: it comes back as the same instance', () => {
    // Only an error's message is read from its prototype (a DOMException's).
    class Notice {
      readonly id = 1;
      get message() {
        return SECRET;
      }
    }
    const notice = new Notice();
    expect(redactDeep(notice, redact)).toBe(notice);
  });

  test('a cycle is copied as a cycle', () => {
    const body: Record<string, unknown> = { secret: SECRET };
    body.self = body;
    const copy = redactDeep(body, redact) as Record<string, unknown>;
    expect(copy.self).toBe(copy);
    expect(copy.secret).toBe('[REDACTED]');
  });

  test('an error keeps its class, name, hidden fields and cause; the message is redacted', () => {
    class Custom extends TypeError {
      constructor(readonly code: number) {
        super(`failed for ${SECRET}`, { cause: new Error(`cause ${SECRET}`) });
      }
    }
    const error = new Custom(7);
    Object.defineProperty(error, 'hidden', { value: [SECRET], enumerable: false });
    const copy = redactDeep(error, redact) as Custom & { hidden: string[] };
    expect(copy).toBeInstanceOf(Custom);
    expect(copy).toBeInstanceOf(TypeError);
    expect([copy.message, copy.code, copy.hidden, (copy.cause as Error).message]).toEqual([
      'failed for [REDACTED]',
      7,
      ['[REDACTED]'],
      'cause [REDACTED]',
    ]);
    expect(copy.stack).not.toContain(SECRET);
    expect(Object.getOwnPropertyDescriptor(copy, 'hidden')?.enumerable).toBe(false);
  });

  test('a DOMException keeps its name (AbortError, TimeoutError)', () => {
    const copy = redactDeep(new DOMException(`aborted ${SECRET}`, 'TimeoutError'), redact);
    expect(copy).toBeInstanceOf(DOMException);
    expect([copy.name, copy.message]).toEqual(['TimeoutError', 'aborted [REDACTED]']);
  });
});
