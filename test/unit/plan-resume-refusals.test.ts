// planResume refuses, naming the field and why: options it cannot use
// (before it reads the task), a task that does not match the file, and
// uploadPartInfo read strictly, since its fields become a URL and headers: the
// expiration only as an RFC 3339 date-time with its offset, the domain only
// as a host and a port, the path and upload ID as nothing that moves the part,
// the headers only as tokens and field values fetch will send.
import { describe, expect, test } from 'vitest';
import { planResume, type UploadTask } from '../../src/index.ts';
import {
  before,
  expectRefusal,
  expiration,
  fileSize,
  GiB,
  info,
  MiB,
  multipart,
  part,
  planned,
  refusal,
  uploadId,
  url,
  withInfo,
  withParts,
} from '../support/resume.ts';
import { example } from '../support/spec.ts';

describe('a file that does not match the task is refused, naming what is wrong', () => {
  test.each([
    [
      'a stored part past the end',
      [...multipart.parts!, part(5, 100)],
      fileSize,
      'parts[2]',
      'parts[2] is part 5, past the end of a 3145828-byte file in 1048576-byte parts (4 parts)',
    ],
    [
      'a stored part just past the end of a file of whole parts',
      [part(1, MiB), part(3, 5)],
      2 * MiB,
      'parts[1]',
      'parts[1] is part 3, past the end of a 2097152-byte file in 1048576-byte parts (2 parts)',
    ],
    [
      'a last part one byte short',
      [...multipart.parts!, part(4, 99)],
      fileSize,
      'parts[2]',
      'parts[2] holds 99 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4',
    ],
    [
      'a last part one byte long',
      [...multipart.parts!, part(4, 101)],
      fileSize,
      'parts[2]',
      'parts[2] holds 101 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4',
    ],
    [
      'a last part stored full',
      [...multipart.parts!, part(4, MiB)],
      fileSize,
      'parts[2]',
      'parts[2] holds 1048576 bytes, but a 3145828-byte file in 1048576-byte parts puts 100 in part 4',
    ],
    [
      'a middle part of the wrong size',
      [part(1, MiB), part(2, 5), part(3, MiB)],
      fileSize,
      'parts[1]',
      'parts[1] holds 5 bytes, but a 3145828-byte file in 1048576-byte parts puts 1048576 in part 2',
    ],
    [
      'two full parts that disagree: the later one',
      [part(3, 2 * MiB), part(2, MiB), part(5, 1)],
      8 * MiB + 1,
      'parts[1]',
      'parts[1] holds 1048576 bytes, but a 8388609-byte file in 2097152-byte parts puts 2097152 in part 2',
    ],
    [
      'a file smaller than the stored parts',
      multipart.parts,
      MiB + 5,
      'parts[1]',
      'parts[1] holds 1048576 bytes, but a 1048581-byte file in 1048576-byte parts puts 5 in part 2',
    ],
    [
      'a one-part file shorter than part 1',
      [part(1, MiB)],
      100,
      'parts[0]',
      'parts[0] holds 1048576 bytes, but a 100-byte file in 1048576-byte parts puts 100 in part 1',
    ],
    [
      'a part given twice',
      [part(1, MiB), part(2, MiB), part(1, MiB)],
      fileSize,
      'parts[2]',
      'parts[2] is part 1 again (parts[0] is part 1 too)',
    ],
    [
      'a part given twice, later in the list',
      [part(3, MiB), part(1, MiB), part(2, MiB), part(2, MiB)],
      fileSize,
      'parts[3]',
      'parts[3] is part 2 again (parts[2] is part 2 too)',
    ],
    ['a part number of 0', [part(0, MiB)], fileSize, 'parts[0]', 'parts[0] has PartNumber 0; part numbers are integers from 1 to 10000'],
    [
      'a negative part number',
      [part(1, MiB), part(-2, MiB)],
      fileSize,
      'parts[1]',
      'parts[1] has PartNumber -2; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number over 10,000',
      [part(10_001, MiB)],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber 10001; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number that is not an integer',
      [part(1.5, MiB)],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber 1.5; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number that is text',
      [{ ...part(1, MiB), PartNumber: '1' }],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber "1"; part numbers are integers from 1 to 10000',
    ],
    [
      'a part number that is NaN',
      [part(Number.NaN, MiB)],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber NaN; part numbers are integers from 1 to 10000',
    ],
    [
      'a part without a number',
      [{ Size: MiB }],
      fileSize,
      'parts[0]',
      'parts[0] has PartNumber undefined; part numbers are integers from 1 to 10000',
    ],
    [
      'a part that is null',
      [part(1, MiB), null],
      fileSize,
      'parts[1]',
      'parts[1] has PartNumber undefined; part numbers are integers from 1 to 10000',
    ],
    ['a size that is negative', [part(1, -1)], fileSize, 'parts[0]', 'parts[0] has Size -1; a size is a non-negative safe integer (bytes)'],
    [
      'a size that is not an integer',
      [part(1, MiB + 0.5)],
      fileSize,
      'parts[0]',
      'parts[0] has Size 1048576.5; a size is a non-negative safe integer (bytes)',
    ],
    [
      'a size past the safe integers',
      [part(1, 2 ** 53)],
      fileSize,
      'parts[0]',
      'parts[0] has Size 9007199254740992; a size is a non-negative safe integer (bytes)',
    ],
    [
      'a size that is text',
      [{ ...part(1, 0), Size: '1048576' }],
      fileSize,
      'parts[0]',
      'parts[0] has Size "1048576"; a size is a non-negative safe integer (bytes)',
    ],
    [
      'a size that is missing',
      [{ PartNumber: 1 }],
      fileSize,
      'parts[0]',
      'parts[0] has Size undefined; a size is a non-negative safe integer (bytes)',
    ],
  ])('%s', (_name, parts, size, parameter, message) => {
    expectRefusal(() => planResume(withParts(parts), { fileSize: size, now: before }), parameter, message);
  });

  test('a malformed part is refused before the parts are held against the file', () => {
    // parts[0] would be past the end of a one-part file; parts[1] is malformed.
    expectRefusal(
      () => planResume(withParts([part(2, 5), part(0, 5)]), { fileSize: 5, partSize: MiB, now: before }),
      'parts[1]',
      'parts[1] has PartNumber 0; part numbers are integers from 1 to 10000',
    );
  });

  test('parts that are not an array', () => {
    expectRefusal(
      () => planResume(withParts({ 0: part(1, MiB) }), { fileSize, now: before }),
      'parts',
      'parts must be an array, got a value of type object',
    );
    expectRefusal(() => planResume(withParts('1,2'), { fileSize, now: before }), 'parts', 'parts must be an array, got "1,2"');
  });
});

describe('the options, checked before the task', () => {
  test.each([
    ['fileSize', { fileSize: -1 }, 'fileSize must be a non-negative safe integer (bytes), got -1'],
    ['fileSize', { fileSize: 1.5 }, 'fileSize must be a non-negative safe integer (bytes), got 1.5'],
    ['fileSize', { fileSize: Number.MAX_SAFE_INTEGER + 1 }, 'fileSize must be a non-negative safe integer (bytes), got 9007199254740992'],
    ['fileSize', { fileSize: Number.NaN }, 'fileSize must be a non-negative safe integer (bytes), got NaN'],
    ['fileSize', { fileSize: Number.POSITIVE_INFINITY }, 'fileSize must be a non-negative safe integer (bytes), got Infinity'],
    ['fileSize', { fileSize: '10' }, 'fileSize must be a non-negative safe integer (bytes), got "10"'],
    ['fileSize', { fileSize: true }, 'fileSize must be a non-negative safe integer (bytes), got true'],
    ['fileSize', { fileSize: 10n }, 'fileSize must be a non-negative safe integer (bytes), got a value of type bigint'],
    ['fileSize', {}, 'fileSize must be a non-negative safe integer (bytes), got undefined'],
    ['partSize', { fileSize: 10, partSize: 0 }, 'partSize must be a positive safe integer (bytes), got 0'],
    ['partSize', { fileSize: 10, partSize: -1 }, 'partSize must be a positive safe integer (bytes), got -1'],
    ['partSize', { fileSize: 10, partSize: 2.5 }, 'partSize must be a positive safe integer (bytes), got 2.5'],
    [
      'partSize',
      { fileSize: 10, partSize: Number.MAX_SAFE_INTEGER + 1 },
      'partSize must be a positive safe integer (bytes), got 9007199254740992',
    ],
    ['partSize', { fileSize: 10, partSize: null }, 'partSize must be a positive safe integer (bytes), got null'],
    ['partSize', { fileSize: 10, partSize: '1048576' }, 'partSize must be a positive safe integer (bytes), got "1048576"'],
    [
      'partSize',
      { fileSize: 2 * MiB, partSize: MiB - 1 },
      'partSize makes 1048575-byte parts, too small for a 2097152-byte file of several parts: every part but the last holds at least 1048576 bytes (1 MiB)',
    ],
    [
      'partSize',
      { fileSize: 10, partSize: 5 * GiB + 1 },
      'partSize makes 5368709121-byte parts; a part holds at most 5368709120 bytes (5 GiB)',
    ],
    [
      'partSize',
      { fileSize: 10_000 * MiB + 1, partSize: MiB },
      'partSize splits a 10485760001-byte file into 10001 parts of 1048576 bytes; at most 10000 parts are allowed',
    ],
    ['now', { fileSize: 10, now: new Date('never') }, 'now must be a valid Date, got an invalid one'],
    ['now', { fileSize: 10, now: '2021-01-01' }, 'now must be a valid Date, got "2021-01-01"'],
    ['now', { fileSize: 10, now: 1_612_167_362_000 }, 'now must be a valid Date, got 1612167362000'],
    ['now', { fileSize: 10, now: null }, 'now must be a valid Date, got null'],
    ['renewWithin', { fileSize: 10, renewWithin: -1 }, 'renewWithin must be a non-negative safe integer (milliseconds), got -1'],
    ['renewWithin', { fileSize: 10, renewWithin: 0.5 }, 'renewWithin must be a non-negative safe integer (milliseconds), got 0.5'],
    ['protocol', { fileSize: 10, protocol: 'ftp:' }, 'protocol must be "https:" or "http:", got "ftp:"'],
    // A URL's protocol ends with its colon.
    ['protocol', { fileSize: 10, protocol: 'https' }, 'protocol must be "https:" or "http:", got "https"'],
    ['protocol', { fileSize: 10, protocol: 'HTTP:' }, 'protocol must be "https:" or "http:", got "HTTP:"'],
    ['protocol', { fileSize: 10, protocol: null }, 'protocol must be "https:" or "http:", got null'],
    ['options', undefined, 'options must be an object with the fileSize, got undefined'],
    ['options', null, 'options must be an object with the fileSize, got null'],
    ['options', 1024, 'options must be an object with the fileSize, got 1024'],
  ])('%s: %o', (parameter, options, message) => {
    // A confirmed task needs no options at all; they are refused anyway.
    expectRefusal(() => planResume(example('confirmed'), options as never), parameter, message);
  });

  test('partSize 1 and fileSize 0 are valid options', () => {
    expect(planResume(example('confirmed'), { fileSize: 0, partSize: 1 })).toEqual({ state: 'done' });
  });

  test.each([
    [undefined, "task must be the upload task (getUploadTask's data), got undefined"],
    [null, "task must be the upload task (getUploadTask's data), got null"],
    ['{"confirmed":true}', 'task must be the upload task (getUploadTask\'s data), got "{\\"confirmed\\":true}"'],
  ])('a task that is not an object: %j', (task, message) => {
    expectRefusal(() => planResume(task as never, { fileSize: 1 }), 'task', message);
    // Options first: a bad fileSize is named even without a task.
    expect(refusal(() => planResume(task as never, { fileSize: -1 })).parameter).toBe('fileSize');
  });
});

test('fields the contract does not know yet never make it fail', () => {
  const later = {
    ...multipart,
    checksum: 'crc64',
    parts: multipart.parts!.map((p) => ({ ...p, StorageClass: 'STANDARD' })),
    uploadPartInfo: { ...info, region: 'ap-beijing', headers: { ...info.headers, 'x-cos-meta-next': '1' } },
  };
  const parts = planned(planResume(later as UploadTask, { fileSize, now: before }));
  expect(parts.map((p) => [p.partNumber, p.url])).toEqual([
    [3, url(3)],
    [4, url(4)],
  ]);
  expect(parts[0]!.headers).toHaveProperty('x-cos-meta-next', '1');
});

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

  test('empty headers are headers: the parts share an empty object', () => {
    expect(planned(plan({ headers: {} })).map((p) => p.headers)).toEqual([{}, {}]);
  });

  test.each(['Connection', 'content-length', 'Expect', 'Keep-Alive', 'Transfer-Encoding', 'Upgrade'])(
    '%s, which fetch refuses to send or sets itself, is refused',
    (name) => {
      expectRefusal(
        () => plan({ headers: { Authorization: 'x', [name]: 'v' } }),
        `uploadPartInfo.headers.${name}`,
        `uploadPartInfo.headers.${name} is a header fetch refuses to send or sets itself from the part: a part sent with it would fail`,
      );
    },
  );

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

test.each([
  [
    'path',
    '/smh/../../x',
    'uploadPartInfo.path must not have a "." or ".." segment (a URL parser would move the part to another object), got "/smh/../../x"',
  ],
  [
    'path',
    'a/./b',
    'uploadPartInfo.path must not have a "." or ".." segment (a URL parser would move the part to another object), got "a/./b"',
  ],
  ['path', 'a\ud800b', 'uploadPartInfo.path must be well-formed Unicode (it has a lone surrogate)'],
  ['uploadId', 'id\udc00', 'uploadPartInfo.uploadId must be well-formed Unicode (it has a lone surrogate)'],
])('an uploadPartInfo.%s of %j that would move the part or break its URL', (field, value, message) => {
  expectRefusal(() => plan({ [field]: value }), `uploadPartInfo.${field}`, message);
});
