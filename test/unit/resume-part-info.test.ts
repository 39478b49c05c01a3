// What planResume takes from uploadPartInfo, read strictly: the expiration
// only as an RFC 3339 date-time with its offset (never in the machine's time
// zone), the domain only as a host and a port, the headers only as tokens
// and field values. Anything else is refused, naming the field.
import { describe, expect, test } from 'vitest';
import { planResume } from '../../src/index.ts';
import { before, expectRefusal, expiration, fileSize, multipart, planned, uploadId, withInfo } from '../support/resume.ts';

/** Plans the example's missing parts with `changes` to its uploadPartInfo, at `before`. */
const plan = (changes: Record<string, unknown>) => planResume(withInfo(changes), { fileSize, now: before });
const urlOf = (changes: Record<string, unknown>) => planned(plan(changes))[0]!.url;

describe('the expiration', () => {
  const expected = 'must be an RFC 3339 date-time with an offset (2021-07-24T10:34:32Z)';

  test.each([
    ['text', 'soon'],
    ['missing', undefined],
    ['null', null],
    // Each of these reads in the machine's time zone, or as a year, or as milliseconds, to `new Date`.
    ['a date and time without an offset, with a space', '2024-06-01 10:00'],
    ['a date and time without an offset', '2024-06-01T10:00:00'],
    ['a date and time without an offset, with a fraction', '2021-07-24T10:34:32.000'],
    ['a year', '2099'],
    ['a digit', '1'],
    ['a date alone', '2021-07-24'],
    ['a space for the T, with an offset', '2021-07-24 10:34:32Z'],
    ['an offset without its colon', '2021-07-24T18:34:32+0800'],
    ['an offset of hours alone', '2021-07-24T18:34:32+08'],
    ['no seconds', '2021-07-24T10:34Z'],
    ['an empty fraction', '2021-07-24T10:34:32.Z'],
    ['a day the month does not have', '2021-02-29T10:34:32Z'],
    ['a leap second (no epoch millisecond names it)', '2016-12-31T23:59:60Z'],
    ['an hour 24', '2021-07-24T24:00:00Z'],
    ['an offset past 23:59', '2021-07-24T10:34:32+24:00'],
    ['a trailing newline', '2021-07-24T10:34:32Z\n'],
    ['a leading space', ' 2021-07-24T10:34:32Z'],
    ['a Date, not its text', expiration],
  ])('is refused when it is %s', (_name, value) => {
    const shown = value instanceof Date ? 'a value of type object' : (JSON.stringify(value) ?? 'undefined');
    expectRefusal(() => plan({ expiration: value }), 'uploadPartInfo.expiration', `uploadPartInfo.expiration ${expected}, got ${shown}`);
  });

  test.each([1_700_000_000_000, 1_627_122_872_000, 2099])('is refused when it is a number, even one `new Date` reads: %s', (value) => {
    expectRefusal(() => plan({ expiration: value }), 'uploadPartInfo.expiration', `uploadPartInfo.expiration ${expected}, got ${value}`);
  });

  test('at another offset it is the same moment: +08:00 is eight hours ahead of Z', () => {
    expect(plan({ expiration: '2021-07-24T18:34:32+08:00' })).toMatchObject({ state: 'upload', expiresAt: expiration });
    const east = planResume(withInfo({ expiration: '2024-06-01T10:00:00+08:00' }), { fileSize, now: new Date('2024-06-01T00:00:00Z') });
    const utc = planResume(withInfo({ expiration: '2024-06-01T02:00:00Z' }), { fileSize, now: new Date('2024-06-01T00:00:00Z') });
    expect(east).toEqual(utc);
    expect(east).toMatchObject({ expiresAt: new Date(Date.UTC(2024, 5, 1, 2)) });
  });

  test('t and z may be lower case, a fraction is cut to milliseconds, -00:00 is UTC', () => {
    expect(plan({ expiration: '2021-07-24t10:34:32z' })).toMatchObject({ expiresAt: expiration });
    expect(plan({ expiration: '2021-07-24T10:34:32.0009999Z' })).toMatchObject({ expiresAt: expiration });
    expect(plan({ expiration: '2021-07-24T10:34:32.25-00:00' })).toMatchObject({ expiresAt: new Date(expiration.getTime() + 250) });
  });
});

describe('the domain', () => {
  const expected =
    'must be a host name or IPv4 address with an optional port ' + '(examplebucket-1250000000.cos.ap-beijing.myqcloud.com, 127.0.0.1:8443)';

  test.each([
    ['good@evil:444/x?', 'user info: the parts would go to evil'],
    ['evil/x', 'a path'],
    ['evil?x', 'a query'],
    ['evil#x', 'a fragment'],
    ['evil\\x', 'a backslash, which a URL parser reads as a slash'],
    ['a b', 'whitespace'],
    ['host\n', 'a trailing newline'],
    [' host', 'a leading space'],
    ['host:99999', 'a port past 65535'],
    ['host:65536', 'a port one past 65535'],
    ['host:0', 'port 0'],
    ['host:0443', 'a port with a leading zero'],
    ['host:', 'an empty port'],
    [':443', 'a port alone'],
    ['host:443:443', 'two ports'],
    ['cos.example:x:443', 'a colon inside the host'],
    ['[::1]', 'an IPv6 literal'],
    ['[::1]:443', 'an IPv6 literal with a port'],
    ['::1', 'a bare IPv6 address'],
    ['a..b', 'an empty label'],
    ['.a', 'a leading dot'],
    ['a.', 'a trailing dot'],
    ['-a.com', 'a label that starts with a hyphen'],
    ['a-.com', 'a label that ends with a hyphen'],
    ['ex_ample.com', 'an underscore'],
    ['bücher.de', 'a name not in ASCII (storage hands out punycode)'],
    [`${'a'.repeat(64)}.com`, 'a label of 64 characters'],
    [`${`${'a'.repeat(63)}.`.repeat(4).slice(0, 251)}.com`, 'a name of 255 characters'],
    ['1.2.3', 'a name ending in a number, which a URL parser reads as 1.2.0.3'],
    ['cos.0x7f', 'a name ending in a hexadecimal number'],
    ['256.1.1.1', 'an octet past 255'],
    ['010.0.0.1', 'an octet with a leading zero, which a URL parser reads as octal'],
    ['127.0.0.01', 'a two-digit octet with a leading zero'],
    ['1.2.3.4.5', 'five octets'],
  ])('%j is refused: %s', (domain) => {
    expectRefusal(() => plan({ domain }), 'uploadPartInfo.domain', `uploadPartInfo.domain ${expected}, got ${JSON.stringify(domain)}`);
  });

  test.each([
    'examplebucket-1250000000.cos.ap-beijing.myqcloud.com',
    'examplebucket-1250000000.cos-internal.ap-beijing.tencentcos.cn:443',
    'localhost',
    'LOCALHOST:1',
    'cos.example:65535',
    '127.0.0.1:8443',
    '255.255.255.255',
    '0.0.0.0',
    `${'a'.repeat(63)}.com`,
    `${`${'a'.repeat(63)}.`.repeat(3)}${'b'.repeat(61)}`,
  ])('%s is a host: the URL starts with it', (domain) => {
    expect(urlOf({ domain })).toBe(`https://${domain}/smhxxx/xxx.mp4?partNumber=3&uploadId=${uploadId}`);
    expect(new URL(urlOf({ domain })).host).toBe(domain.toLowerCase().replace(/:443$/, ''));
  });
});

describe('the headers', () => {
  const expected = 'must be a string of header-value characters (no CR, LF or other control character, none above U+00FF)';

  test.each([
    ['a number', 42, '42'],
    ['an object', {}, 'a value of type object'],
    ['null', null, 'null'],
    ['true', true, 'true'],
    ['CR LF', 'a\r\nb', '"a\\r\\nb"'],
    ['a CR', 'a\rb', '"a\\rb"'],
    ['an LF', 'a\nb', '"a\\nb"'],
    ['a NUL', 'a\u0000b', '"a\\u0000b"'],
    ['DEL', 'a\u007fb', '"a\u007fb"'],
    ['a character above U+00FF', 'q-sign€', '"q-sign€"'],
  ])('a value that is %s is refused, naming the header', (_name, value, shown) => {
    const headers = { ...multipart.uploadPartInfo!.headers, Authorization: value };
    const name = 'uploadPartInfo.headers.Authorization';
    expectRefusal(() => plan({ headers }), name, `${name} ${expected}, got ${shown}`);
  });

  test.each(['a b', '', 'Authorization:', 'x(y)', 'x-cös', 'a\r\nb', 'x"y'])('a name that is no HTTP token is refused: %j', (name) => {
    const token = "an HTTP token (letters, digits and !#$%&'*+-.^_`|~)";
    const message = `uploadPartInfo.headers must name each header with ${token}, got ${JSON.stringify(name)}`;
    expectRefusal(() => plan({ headers: { Authorization: 'x', [name]: 'v' } }), 'uploadPartInfo.headers', message);
  });

  test('values may hold spaces, tabs and Latin-1 text, or nothing; names any token character', () => {
    const headers = { Authorization: 'q-sign-algorithm=sha1&q-ak=AK ID\tx', "x-cos-meta-!#$%&'*+.^_`|~": 'café', Empty: '' };
    expect(planned(plan({ headers })).map((p) => p.headers)).toEqual([headers, headers]);
  });

  test('empty headers are headers: each part gets an empty object', () => {
    expect(planned(plan({ headers: {} })).map((p) => p.headers)).toEqual([{}, {}]);
  });

  test('a "__proto__" header is a header, not the copy\'s prototype', () => {
    const headers = JSON.parse('{"__proto__": "v", "Authorization": "x"}');
    const [first] = planned(plan({ headers }));
    expect(Object.keys(first!.headers)).toEqual(['__proto__', 'Authorization']);
    expect(Object.getPrototypeOf(first!.headers)).toBe(Object.prototype);
  });
});

test.each([
  ['domain', undefined, 'uploadPartInfo.domain must be a non-empty string, got undefined'],
  ['domain', '', 'uploadPartInfo.domain must be a non-empty string, got ""'],
  ['path', null, 'uploadPartInfo.path must be a non-empty string, got null'],
  ['path', '', 'uploadPartInfo.path must be a non-empty string, got ""'],
  ['uploadId', 42, 'uploadPartInfo.uploadId must be a non-empty string, got 42'],
  ['uploadId', '', 'uploadPartInfo.uploadId must be a non-empty string, got ""'],
  ['headers', undefined, 'uploadPartInfo.headers must be an object of header names and values, got undefined'],
  ['headers', null, 'uploadPartInfo.headers must be an object of header names and values, got null'],
  ['headers', 'Authorization: x', 'uploadPartInfo.headers must be an object of header names and values, got "Authorization: x"'],
  ['headers', [['Authorization', 'x']], 'uploadPartInfo.headers must be an object of header names and values, got a value of type array'],
])('an uploadPartInfo.%s of %j, when parts are to be sent', (field, value, message) => {
  expectRefusal(() => plan({ [field]: value }), `uploadPartInfo.${field}`, message);
});
