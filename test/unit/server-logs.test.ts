// What the servers (the mock's faces and the proxy) log: at `info` one line
// per request; at `debug` headers and each broken rule too. Every entry is
// one line, read as written (control and format characters escaped), with
// no secret in it in any spelling: the token, library_secret, credential
// headers, secrets inside other headers, user info in a URL. Masking is
// linear: a long secret costs no more than a short one.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createMockFetch, type LogEntry } from '../../src/mock/index.ts';
import { requestLog } from '../../src/server/request-log.ts';

const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const asked = 'upload&access_token=the-token';

async function logOf(target: string, init?: RequestInit, logLevel: 'debug' | 'info' = 'debug'): Promise<string[]> {
  const entries: LogEntry[] = [];
  await createMockFetch({ log: (entry) => entries.push(entry), logLevel })(`http://mock.invalid${target}`, init);
  return entries.map((entry) => entry.message);
}

describe('what is logged', () => {
  test('at info, one line per request: method, target with secrets masked, status, what decided the answer', async () => {
    const entries: LogEntry[] = [];
    const logged = createMockFetch({ log: (entry) => entries.push(entry) });
    await logged(`http://mock.invalid/api/v1/file/l/-/example-confirmed?${asked}&library_secret=hush`);
    await logged(`http://mock.invalid${task}?${asked}&internal_domain=5`);
    await logged(`http://mock.invalid${task}?${asked}`, { headers: { Prefer: 'code=404' } });
    await logged(`http://mock.invalid${task}?${asked}`);
    expect(entries).toEqual([
      {
        level: 'info',
        message:
          'GET /api/v1/file/l/-/example-confirmed?upload&access_token=***&library_secret=*** 200 test key example-confirmed: example confirmed',
      },
      { level: 'info', message: `GET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1` },
      { level: 'info', message: `GET ${task}?upload&access_token=*** 404 asked for code=404: example UploadNotFound` },
      { level: 'info', message: `GET ${task}?upload&access_token=*** 404 simulated` },
    ]);
  });

  test('at debug, the headers and each broken rule too; warn drops the request lines; a log that throws changes no answer; no log, nothing', async () => {
    expect(await logOf(`${task}?${asked}&internal_domain=5`, { headers: { 'x-trace': 'abc' } })).toEqual([
      `GET ${task}?upload&access_token=***&internal_domain=5: headers x-trace: abc`,
      `GET ${task}?upload&access_token=***&internal_domain=5: internal_domain must be 0 or 1`,
      `GET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1`,
    ]);
    const quiet: LogEntry[] = [];
    await createMockFetch({ log: (entry) => quiet.push(entry), logLevel: 'warn' })(`http://mock.invalid${task}?${asked}`);
    expect(quiet).toEqual([]);
    const throwing = createMockFetch({
      log: () => {
        throw new Error('disk full');
      },
    });
    expect((await throwing(`http://mock.invalid/api/v1/file/l/-/example-SpaceBanned?${asked}`)).status).toBe(403);
  });
});

describe('no secret, in any spelling', () => {
  const SECRET = 'S3cr,et;val ue';
  const spellings = [SECRET, encodeURIComponent(SECRET), 'S3cr,et', 'et;val'];
  test.each([
    ['a token spelled ACCESS_TOKEN', `${task}?upload&ACCESS_TOKEN=${encodeURIComponent(SECRET)}`, {}],
    ['a token whose name is percent-encoded', `${task}?upload&access%5Ftoken=${encodeURIComponent(SECRET)}`, {}],
    ['library_secret, in any case', `${task}?upload&access_token=t&Library_Secret=${encodeURIComponent(SECRET)}`, {}],
    [
      'the token echoed in a preference',
      `${task}?upload&access_token=${encodeURIComponent(SECRET)}&__example=${encodeURIComponent(SECRET)}`,
      {},
    ],
    [
      'credential headers',
      `${task}?${asked}`,
      { Authorization: SECRET, 'x-cos-security-token': SECRET, 'x-amz-security-token': SECRET, 'x-api-key': SECRET, Cookie: `s=${SECRET}` },
    ],
    [
      'a Referer carrying access_token=',
      `${task}?${asked}`,
      { Referer: `https://app.example/page?access_token=${encodeURIComponent(SECRET)}&x=1` },
    ],
  ])('%s', async (_name, target, headers) => {
    const text = (await logOf(target, { headers })).join('\n');
    for (const spelling of spellings) expect(text).not.toContain(spelling);
  });

  test('user info in an absolute-form request target', () => {
    const entries: LogEntry[] = [];
    const target = 'http://user:pw-S3cret@evil.example/x?upload';
    requestLog((entry) => entries.push(entry), 'info', { method: 'GET', target, url: new URL(target), headers: {} }).answered(
      400,
      'refused',
    );
    expect(entries).toEqual([{ level: 'info', message: 'GET http://***@evil.example/x?upload 400 refused' }]);
  });

  test.prop([fc.integer({ min: 8, max: 65_536 })], { numRuns: 8 })(
    'a token of any length from 8 is masked wherever it is quoted, in time linear in the line',
    async (length) => {
      const token = 'k'.repeat(length);
      const started = performance.now();
      const text = (await logOf(`${task}?upload&access_token=${token}&__example=${token}`, { headers: { 'x-echo': token } })).join('\n');
      expect(performance.now() - started).toBeLessThan(200);
      expect(text).not.toMatch(/k{8,}/);
    },
  );
});

describe('one request, one line, read as written', () => {
  test.each([
    ['a line feed', '%0aFORGED%20LINE', '\\x0aFORGED'],
    ['an ESC sequence', '%1b%5b31mred', '\\x1b[31mred'],
    ['a C1 control and a line separator', '%c2%85x%e2%80%a8y', '\\x85x\\u2028y'],
    ['a right-to-left override and a zero-width space', '%e2%80%aeevil%e2%80%8b', '\\u202eevil\\u200b'],
  ])('a decoded value with %s is escaped', async (_name, value, escaped) => {
    const messages = await logOf(`${task}?upload&access_token=t&__example=${value}`);
    for (const message of messages) expect(message).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    expect(messages.join('\n')).toContain(escaped);
  });
});
