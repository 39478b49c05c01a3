// `npm start`: the HTTP mock as a process: where it listens, what it logs,
// its options, and that every documented spelling of the request gets a
// valid 200. (What it answers is shared with the other faces: mock-faces.test.ts.)
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMock } from '../../scripts/lib/mock-process.ts';
import { run, waitFor } from '../../scripts/lib/processes.ts';
import { validateUploadTask } from '../../src/index.ts';
import { useMock } from '../support/mock-target.ts';
import { spec } from '../support/spec.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const TOKEN = 'http-mock-secret-token';

let mock: Awaited<ReturnType<typeof useMock>>;
beforeAll(async () => {
  mock = await useMock();
});
afterAll(() => mock.stop());

describe('every documented spelling of the request gets 200 and a valid body', () => {
  const spellings = ['upload', 'upload=', 'upload=1'];
  const extras = ['', '&user_id=user-1', '&library_secret=s3cret', '&internal_domain=0', '&internal_domain=1', '&user_id=u&library_secret=s&internal_domain=1'];
  test.each(spellings.flatMap((flag) => extras.map((extra) => `${flag}&access_token=token${extra}`)))('?%s', async (query) => {
    const response = await fetch(`${mock.baseUrl}${task}?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(validateUploadTask(await response.json())).toMatchObject({ valid: true });
  });

  test('parameters may come in any order', async () => {
    expect((await fetch(`${mock.baseUrl}${task}?access_token=token&user_id=u&upload`)).status).toBe(200);
  });
});

describe('npm start', () => {
  test('listens on 127.0.0.1 and logs one line per request: method, path, token masked, status, what decided it', async () => {
    const own = await startMock();
    try {
      expect(new URL(own.baseUrl).hostname).toBe('127.0.0.1');
      expect(own.log()).toContain(`smh-upload-mock listening on ${own.baseUrl}`);
      await fetch(`${own.baseUrl}/api/v1/file/lib/-/example-UploadNotFound?upload&access_token=${TOKEN}&library_secret=hush`);
      await fetch(`${own.baseUrl}${task}?upload&access_token=${TOKEN}&internal_domain=5`);
      await fetch(`${own.baseUrl}${task}?upload&access_token=${TOKEN}`, { method: 'POST' });
      await waitFor('three request lines', () => own.log().split('\n').filter((line) => line.startsWith('GET ') || line.startsWith('POST ')).length === 3);
      const lines = own.log().split('\n').filter((line) => /^(GET|POST) /.test(line));
      expect(lines).toEqual([
        'GET /api/v1/file/lib/-/example-UploadNotFound?upload&access_token=***&library_secret=*** 404 test key example-UploadNotFound: example UploadNotFound',
        `GET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1`,
        expect.stringMatching(new RegExp(`^POST ${task}\\?upload&access_token=\\*\\*\\* 405 Route resolved, but no method matched`)),
      ]);
      expect(own.log()).not.toContain(TOKEN);
      expect(own.log()).not.toContain('hush');
    } finally {
      await own.stop();
    }
  });

  test('-v debug adds the engine\'s detail, secrets masked; -v silent prints nothing', async () => {
    const [debug, silent] = await Promise.all([startMock(['-v', 'debug']), startMock(['-v', 'silent'])]);
    try {
      for (const own of [debug, silent]) await fetch(`${own.baseUrl}${task}?upload&access_token=${TOKEN}`, { headers: { Prefer: 'code=404' } });
      await waitFor('the request line', () => debug.log().includes(' 404 asked for code=404'));
      expect(debug.log()).toContain('[NEGOTIATOR]');
      expect(debug.log()).toContain('[VALIDATOR]');
      expect(debug.log()).not.toContain(TOKEN);
      expect(silent.log()).toBe('');
    } finally {
      await Promise.all([debug.stop(), silent.stop()]);
    }
  });

  test('--dynamic generates bodies valid against the schema, with documented fields only; --seed repeats them', async () => {
    const own = await startMock(['--dynamic', '--seed', 'fixed']);
    try {
      const ask = async () => (await fetch(`${own.baseUrl}${task}?upload&access_token=t`)).json();
      const [a, b] = [await ask(), await ask()];
      expect(validateUploadTask(a)).toMatchObject({ valid: true });
      expect(Object.keys(a).every((key) => key in spec.components.schemas.UploadTask.properties)).toBe(true);
      expect(a).not.toEqual(spec.components.examples.multipartInProgress.value);
      expect(b).toEqual(a);
    } finally {
      await own.stop();
    }
  });

  test.each([
    [['--port', 'http'], /the port must be a number from 0 to 65535, got "http"/],
    [['--port', '70000'], /the port must be a number from 0 to 65535, got "70000"/],
    [['-v', 'loud'], /-v must be one of debug, info, warn, error, silent, got "loud"/],
    [['--color'], /Unknown option '--color'[\s\S]*usage: smh-upload-mock/],
  ])('%j is refused with exit code 2, saying why', { concurrent: true }, async (args, message) => {
    const exit = await run(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', ...args], { cwd: root, timeoutMs: 15_000 });
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(message);
  });

  test('a port already in use is refused with exit code 2', async () => {
    const exit = await run(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--port', new URL(mock.baseUrl).port], { cwd: root, timeoutMs: 15_000 });
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/);
  });
});
