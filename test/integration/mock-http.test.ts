// The commands, `smh-upload-mock` (what `npm start` runs) and
// `smh-upload-proxy`: where they listen, what they log, their options and
// errors; and every documented spelling of the request gets a valid 200
// from the mock. (What it answers is shared with the other faces:
// mock-faces.test.ts.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { useMock } from '../support/mock-target.ts';
import { root, runScript } from '../support/processes.ts';
import { startMock } from '../support/servers.ts';
import { example, spec } from '../support/spec.ts';

const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const TOKEN = 'http-mock-secret-token';

let mock: Awaited<ReturnType<typeof useMock>>;
beforeAll(async () => {
  mock = await useMock();
});
afterAll(() => mock.stop());

describe('every documented spelling of the request gets 200 and a valid body', () => {
  const spellings = ['upload', 'upload=', 'upload=1'];
  const extras = [
    '',
    '&user_id=user-1',
    '&library_secret=s3cret',
    '&internal_domain=0',
    '&internal_domain=1',
    '&user_id=u&library_secret=s&internal_domain=1',
  ];
  test.each(spellings.flatMap((flag) => extras.map((extra) => `${flag}&access_token=token${extra}`)))('?%s', async (query) => {
    const response = await fetch(`${mock.url}${task}?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(validateUploadTask(await response.json())).toMatchObject({ valid: true });
  });

  test('parameters may come in any order', async () => {
    expect((await fetch(`${mock.url}${task}?access_token=token&user_id=u&upload`)).status).toBe(200);
  });
});

describe('npm start', () => {
  test('listens on 127.0.0.1 and logs one line per request: method, path, token masked, status, what decided it', async () => {
    const own = await startMock();
    try {
      expect(new URL(own.url).hostname).toBe('127.0.0.1');
      await expect.poll(() => own.output()).toContain(`smh-upload-mock listening on ${own.url}`);
      await fetch(`${own.url}/api/v1/file/lib/-/example-UploadNotFound?upload&access_token=${TOKEN}&library_secret=hush`);
      await fetch(`${own.url}${task}?upload&access_token=${TOKEN}&internal_domain=5`);
      await fetch(`${own.url}${task}?upload&access_token=${TOKEN}`, { method: 'POST' });
      const requestLines = () =>
        own
          .output()
          .split('\n')
          .filter((line) => /^(GET|POST) /.test(line));
      await expect.poll(() => requestLines().length).toBe(3);
      expect(requestLines()).toEqual([
        'GET /api/v1/file/lib/-/example-UploadNotFound?upload&access_token=***&library_secret=*** 404 test key example-UploadNotFound: example UploadNotFound',
        `GET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1`,
        expect.stringMatching(new RegExp(`^POST ${task}\\?upload&access_token=\\*\\*\\* 405 Route resolved, but no method matched`)),
      ]);
      expect(own.output()).not.toContain(TOKEN);
      expect(own.output()).not.toContain('hush');
    } finally {
      await own.stop();
    }
  });

  test('-v debug adds the headers and each broken rule, credentials masked; -v silent prints nothing', async () => {
    const [debug, silent] = await Promise.all([startMock(['-v', 'debug']), startMock(['-v', 'silent'])]);
    try {
      for (const own of [debug, silent])
        await fetch(`${own.url}${task}?upload&access_token=${TOKEN}&internal_domain=5`, { headers: { authorization: `Bearer ${TOKEN}` } });
      await expect.poll(() => debug.output()).toContain(' 400 ParamInvalid');
      expect(debug.output()).toContain(`GET ${task}?upload&access_token=***&internal_domain=5: internal_domain must be 0 or 1`);
      expect(debug.output()).toContain('authorization: ***');
      expect(debug.output()).not.toContain(TOKEN);
      expect(silent.output()).toBe('');
    } finally {
      await Promise.all([debug.stop(), silent.stop()]);
    }
  });

  test('--dynamic generates bodies valid against the schema, with documented fields only; --seed repeats them', async () => {
    const own = await startMock(['--dynamic', '--seed', 'fixed']);
    try {
      const ask = async () => (await fetch(`${own.url}${task}?upload&access_token=t`)).json();
      const [a, b] = [await ask(), await ask()];
      expect(validateUploadTask(a)).toMatchObject({ valid: true });
      expect(Object.keys(a).every((key) => key in spec.components.schemas.UploadTask.properties)).toBe(true);
      expect(a).not.toEqual(example('multipartInProgress'));
      expect(b).toEqual(a);
    } finally {
      await own.stop();
    }
  });
});

describe.each([
  ['smh-upload-mock', 'src/mock/cli.ts', ['--port', '--host', '--dynamic', '--seed', '--verbose'], 'PORT'],
  ['smh-upload-proxy', 'src/proxy/cli.ts', ['--upstream', '--port', '--host', '--errors', '--verbose'], 'SMH_PROXY_UPSTREAM'],
])('the %s command', (name, cli, options, variable) => {
  const command = (args: string[], env: Record<string, string> = {}) => runScript(`${root}${cli}`, args, { timeoutMs: 15_000, env });

  test('--help exits 0 and lists every option with its default and its environment variable', async () => {
    const exit = await command(['--help']);
    expect(exit.code).toBe(0);
    for (const option of options) expect(exit.stdout).toMatch(new RegExp(`${option}\\b.*\\[env [A-Z_]+`));
    expect(exit.stdout).toContain(`env ${variable}`);
    expect(exit.stdout).toContain('default 127.0.0.1');
    expect(exit.stdout).toMatch(/0\.0\.0\.0/);
  });

  test.each([
    [['--port', 'http'], /the port must be a number from 0 to 65535, got "http"; pass --port N or set PORT/],
    [['--port', '70000'], /the port must be a number from 0 to 65535, got "70000"/],
    [['-v', 'loud'], /-v must be one of debug, info, warn, error, silent, got "loud"/],
    [['--color'], /Unknown option '--color'.*; see smh-upload-\w+ --help/],
  ])('%j is refused with exit code 2, in one line that says how to fix it', { concurrent: true }, async (args, message) => {
    const exit = await command(name === 'smh-upload-proxy' ? ['http://127.0.0.1:9', ...args] : args);
    expect(exit.code).toBe(2);
    expect(exit.stderr.trim().split('\n')).toHaveLength(1);
    expect(exit.stderr).toMatch(message);
  });

  test('options may come in any order', { concurrent: true }, async () => {
    const exit = await command([...(name === 'smh-upload-proxy' ? ['--port', 'x', 'http://127.0.0.1:9'] : ['-v', 'info', '--port', 'x'])]);
    expect(exit.stderr).toMatch(/the port must be a number/);
  });
});

test('a port already in use is refused with exit code 2, naming the fix', async () => {
  const exit = await runScript(`${root}src/mock/cli.ts`, ['--port', new URL(mock.url).port], { timeoutMs: 15_000 });
  expect(exit.code).toBe(2);
  expect(exit.stderr.trim()).toMatch(
    /^smh-upload-mock: cannot listen on 127\.0\.0\.1:\d+: the port is in use; pick another with --port N \(or PORT=N\), or 0 for any free port$/,
  );
});

test('the proxy without an upstream says how to give one', async () => {
  const exit = await runScript(`${root}src/proxy/cli.ts`, [], { timeoutMs: 15_000, env: { SMH_PROXY_UPSTREAM: undefined } });
  expect(exit.code).toBe(2);
  expect(exit.stderr.trim()).toBe(
    'smh-upload-proxy: no upstream: give its URL, e.g. smh-upload-proxy https://api.tencentsmh.cn (or --upstream URL, or SMH_PROXY_UPSTREAM)',
  );
});

test('--host binds elsewhere than 127.0.0.1', async () => {
  const own = await startMock(['--host', '::1']).catch(() => startMock(['--host', 'localhost']));
  try {
    expect(own.url).not.toContain('127.0.0.1');
    expect((await fetch(`${own.url}${task}?upload&access_token=t`)).status).toBe(200);
  } finally {
    await own.stop();
  }
});
