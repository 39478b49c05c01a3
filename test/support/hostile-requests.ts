// fast-check arbitraries for hostile requests, as an attacker or a careless
// test would send them: any method, paths with any bytes and escapes (the
// calls', storage's and the simulator's own), repeated and huge parameters,
// tokens and secrets of up to 64 KiB spelled every way, Prefer and `__`
// values of every shape and size, the names every object has, headers with
// control characters, bodies of any shape.
import fc from 'fast-check';

/** The secret every generated request carries; it must appear in no log. */
export const SECRET = 'fuzz-SECRET-7f3a,;"x';

const ANY_BYTE = fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code));
const TEXT = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: ANY_BYTE, maxLength: 12 }),
  fc.constantFrom(
    '',
    '%',
    '%zz',
    '%0a',
    '%1b[31m',
    '%c2%85',
    '%e2%80%a8',
    '%2F',
    '%2E%2E',
    '..',
    '\u0000',
    '\r\n',
    'é',
    '🎬',
    '099',
    '600',
    '1xx',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
  ),
);

/** A query value as it goes on the wire: percent-encoded, or raw and malformed. */
const VALUE = fc.oneof(
  TEXT.map(encodeURIComponent),
  TEXT.map((text) => text.replace(/[\s#?&\u0000-\u001f\u007f-\uffff]/g, '')),
);

const SECRET_SPELLINGS = [
  SECRET,
  encodeURIComponent(SECRET),
  encodeURIComponent(SECRET).toLowerCase(),
  new URLSearchParams({ t: SECRET }).toString().slice(2),
];
const NAMES = [
  'upload',
  'access_token',
  'ACCESS_TOKEN',
  'access%5Ftoken',
  'Access%5FToken',
  'library_secret',
  'LIBRARY_SECRET',
  'internal_domain',
  'user_id',
  '__code',
  '__example',
  '__seed',
  '__dynamic',
  'renew',
  'confirm',
  'multipart',
  'partNumber',
  'uploadId',
];
const SECRET_NAMES = new Set(['access_token', 'ACCESS_TOKEN', 'access%5Ftoken', 'Access%5FToken', 'library_secret', 'LIBRARY_SECRET']);

const pair = fc
  .tuple(fc.oneof(fc.constantFrom(...NAMES), VALUE), VALUE)
  .map(([name, value]) => (SECRET_NAMES.has(name) ? `${name}=${SECRET_SPELLINGS[value.length % 4]}` : `${name}=${value}`));
/** A secret long enough to break a pattern built from it (V8 refuses ~6,100 alternation groups), up to 64 KiB. */
export const LONG_SECRET = `${SECRET}${'k'.repeat(6_200)}`;
const query = fc.oneof(
  { weight: 8, arbitrary: fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.join('&')) },
  // A long token, or a long secret among other long parameters.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('access_token', 'library_secret', 'ACCESS_TOKEN'), fc.integer({ min: 0, max: 58_000 }))
      .map(([name, extra]) => `upload&${name}=${encodeURIComponent(LONG_SECRET + 'k'.repeat(extra))}&note=${'n'.repeat(extra % 2_000)}`),
  },
  // The same parameter thousands of times.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NAMES), fc.integer({ min: 500, max: 5_000 }))
      .map(([name, count]) => Array.from({ length: count }, () => `${name}=x`).join('&')),
  },
);

const segment = fc.oneof(
  fc.constantFrom(
    'example-UploadNotFound',
    'example-multipartInProgress',
    'k',
    '-',
    'smh0000000000000',
    'constructor',
    '__proto__',
    'toString',
  ),
  VALUE,
  fc.constantFrom('%zz', '%', '%2e%2e', 'a%2Fb', 'a%00b'),
);
const path = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(segment, segment, segment).map((segments) => `/api/v1/file/${segments.join('/')}`) },
  { weight: 1, arbitrary: fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`) },
  // Object storage's paths and the simulator's own routes.
  { weight: 1, arbitrary: segment.map((id) => `/smh-storage/${id}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('reset', 'clock', 'tasks', 'tasks/__proto__/faults', 'tasks/k'), segment)
      .map(([route]) => `/__smh-mock/${route}`),
  },
);

const METHOD = fc.oneof(
  { weight: 6, arbitrary: fc.constant('GET') },
  { weight: 2, arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
);
const PREFER = fc.oneof(
  fc.constantFrom(
    'code=099',
    'code=000',
    'code=101',
    'code=600',
    'code=999',
    'code=502',
    'code=431',
    'example=UploadNotFound',
    'code=400, example=UploadNotFound',
    'example=toString',
    'example=__proto__',
    'example=constructor',
  ),
  VALUE,
  TEXT.map((text) => `code=${text}, example=${text}`),
  // A huge Prefer: quoted, unquoted, many preferences and parameters.
  fc.integer({ min: 4_000, max: 16_000 }).map((length) => `example="${'a;,'.repeat(length / 3)}"`),
  fc.integer({ min: 4_000, max: 16_000 }).map((length) => 'code=404;x=1, '.repeat(length / 13)),
);

/** A request fetch accepts: what the fetch and MSW faces are given. */
export interface FetchRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: string;
}

/** A body of any shape, for the methods that take one: JSON objects, arrays, deep nesting, text, up to 70 KiB. */
const BODY = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 70 * 1024 }).map((size) => 'x'.repeat(size)),
  fc.constant(
    JSON.stringify({ filePath: 'a', storedParts: [1], faults: [{ call: 'storage', fault: 'drop' }], advanceMs: 1, __proto__: { x: 1 } }),
  ),
);

const headerValue = fc.string({ maxLength: 16 }).map((text) => text.replace(/[\u0000-\u001f\u007f-\uffff]/g, ''));

export const fetchRequest: fc.Arbitrary<FetchRequest> = fc
  .record({
    method: METHOD,
    target: fc.tuple(path, query).map(([p, q]) => `${p}?${q}`),
    body: fc.option(BODY, { nil: undefined }),
    headers: fc.record(
      {
        prefer: PREFER.map((value) => value.replace(/[\u0000-\u001f\u007f-\uffff]/g, '')),
        authorization: fc.constant(`Bearer ${SECRET}`),
        'x-cos-security-token': fc.constant(SECRET.replace(/"/g, '')),
        'x-note': headerValue,
      },
      { requiredKeys: [] },
    ),
  })
  .map((request) => (['GET', 'HEAD'].includes(request.method) ? { ...request, body: undefined } : request));

/** Raw bytes on the wire: what only the HTTP face meets. */
export const rawRequest: fc.Arbitrary<string> = fc
  .record({
    method: fc.oneof(METHOD, fc.constantFrom('G ET', 'GET\u0000', 'BREW', '')),
    target: fc.oneof(
      fc.tuple(path, query).map(([p, q]) => `${p}?${q}`),
      fc.string({ unit: ANY_BYTE, maxLength: 30 }),
    ),
    version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', ''),
    headers: fc.array(
      fc.tuple(
        fc.oneof(fc.constantFrom('Host', 'Prefer', 'Authorization', 'X-Note', 'Transfer-Encoding'), fc.string({ maxLength: 8 })),
        fc.string({ unit: ANY_BYTE, maxLength: 20 }),
      ),
      { maxLength: 5 },
    ),
    host: fc.constantFrom('Host: 127.0.0.1\r\n', 'Host: [::1\r\n', 'Host: a b\r\n', ''),
  })
  .map(({ method, target, version, headers, host }) => {
    const lines = headers.map(([name, value]) => `${name}: ${name === 'Authorization' ? `Bearer ${SECRET}` : value}`);
    return `${method} ${target} ${version}\r\n${host}${lines.join('\r\n')}${lines.length ? '\r\n' : ''}\r\n`;
  });

/** Whether `log` shows the secret in any spelling, or a raw control character inside a line. */
export function logProblems(log: string): string[] {
  const problems: string[] = [];
  for (const spelling of [...SECRET_SPELLINGS, 'SECRET-7f3a', 'kkkkkkkkkkkkkkkk'])
    if (log.includes(spelling)) problems.push(`the secret, spelled ${JSON.stringify(spelling)}`);
  const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.exec(log);
  if (control)
    problems.push(
      `a raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(log.slice(Math.max(0, control.index - 40), control.index + 10))}`,
    );
  return problems;
}
