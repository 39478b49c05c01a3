// fast-check arbitraries for hostile requests, as an attacker or a careless
// test would send them: any method, paths with any bytes and escapes,
// repeated and huge parameters, Prefer and `__` values of every shape,
// headers with control characters, and secrets spelled every way.
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
];
const SECRET_NAMES = new Set(['access_token', 'ACCESS_TOKEN', 'access%5Ftoken', 'Access%5FToken', 'library_secret', 'LIBRARY_SECRET']);

const pair = fc
  .tuple(fc.oneof(fc.constantFrom(...NAMES), VALUE), VALUE)
  .map(([name, value]) => (SECRET_NAMES.has(name) ? `${name}=${SECRET_SPELLINGS[value.length % 4]}` : `${name}=${value}`));
const query = fc.oneof(
  { weight: 8, arbitrary: fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.join('&')) },
  // The same parameter thousands of times.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NAMES), fc.integer({ min: 500, max: 5_000 }))
      .map(([name, count]) => Array.from({ length: count }, () => `${name}=x`).join('&')),
  },
);

const segment = fc.oneof(
  fc.constantFrom('example-UploadNotFound', 'example-multipartInProgress', 'k', '-', 'smh0000000000000'),
  VALUE,
  fc.constantFrom('%zz', '%', '%2e%2e', 'a%2Fb', 'a%00b'),
);
const path = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(segment, segment, segment).map((segments) => `/api/v1/file/${segments.join('/')}`) },
  { weight: 1, arbitrary: fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`) },
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
  ),
  VALUE,
  TEXT.map((text) => `code=${text}, example=${text}`),
);

/** A request fetch accepts: what the fetch and MSW faces are given. */
export interface FetchRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
}

const headerValue = fc.string({ maxLength: 16 }).map((text) => text.replace(/[\u0000-\u001f\u007f-\uffff]/g, ''));

export const fetchRequest: fc.Arbitrary<FetchRequest> = fc.record({
  method: METHOD,
  target: fc.tuple(path, query).map(([p, q]) => `${p}?${q}`),
  headers: fc.record(
    {
      prefer: PREFER.map((value) => value.replace(/[\u0000-\u001f\u007f-\uffff]/g, '')),
      authorization: fc.constant(`Bearer ${SECRET}`),
      'x-cos-security-token': fc.constant(SECRET.replace(/"/g, '')),
      'x-note': headerValue,
    },
    { requiredKeys: [] },
  ),
});

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
  for (const spelling of [...SECRET_SPELLINGS, 'SECRET-7f3a'])
    if (log.includes(spelling)) problems.push(`the secret, spelled ${JSON.stringify(spelling)}`);
  const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.exec(log);
  if (control)
    problems.push(
      `a raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(log.slice(Math.max(0, control.index - 40), control.index + 10))}`,
    );
  return problems;
}
