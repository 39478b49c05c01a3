// The commands, `smh-upload-mock` (what `npm start` runs) and
// `smh-upload-proxy`: where they listen, what they print, their options and
// their errors, each one line naming the fix.
import { describe, expect, test } from 'vitest';
import { validateUploadTask } from '../../src/index.ts';
import { root, run, startMock } from '../support/servers.ts';

const task = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3';
const TOKEN = 'commands-secret-token';
const command = (cli: string, args: string[], env: Record<string, string | undefined> = {}) =>
  run(process.execPath, [`${root}${cli}`, ...args], { timeout: 15_000, env, extendEnv: true });

describe('smh-upload-mock', () => {
  test('listens on 127.0.0.1, says where, and logs one line a request, the token masked; -v debug adds the headers, credentials masked; -v silent prints nothing', async () => {
    const [info, debug, silent] = await Promise.all([startMock(), startMock(['-v', 'debug']), startMock(['-v', 'silent'])]);
    try {
      expect(new URL(info.url).hostname).toBe('127.0.0.1');
      for (const server of [info, debug, silent])
        await fetch(`${server.url}${task}?upload&access_token=${TOKEN}&internal_domain=5`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
      await expect.poll(() => info.output()).toContain(' 400 ParamInvalid');
      expect(info.output()).toBe(
        `smh-upload-mock listening on ${info.url}\nGET ${task}?upload&access_token=***&internal_domain=5 400 ParamInvalid: internal_domain must be 0 or 1\n`,
      );
      await expect.poll(() => debug.output()).toContain('authorization: ***');
      expect(debug.output() + info.output()).not.toContain(TOKEN);
      expect(silent.output()).toBe('');
    } finally {
      await Promise.all([info.stop(), debug.stop(), silent.stop()]);
    }
  });

  test('--dynamic generates bodies valid against the schema; --seed repeats them', async () => {
    const own = await startMock(['--dynamic', '--seed', 'fixed']);
    try {
      const ask = async () => (await fetch(`${own.url}${task}?upload&access_token=t`)).json();
      const [a, b] = [await ask(), await ask()];
      expect(validateUploadTask(a)).toMatchObject({ valid: true });
      expect(b).toEqual(a);
    } finally {
      await own.stop();
    }
  });

  test('--host binds elsewhere than 127.0.0.1', async () => {
    const own = await startMock(['--host', '::1']).catch(() => startMock(['--host', 'localhost']));
    try {
      expect(own.url).not.toContain('127.0.0.1');
      expect((await fetch(`${own.url}${task}?upload&access_token=t`)).status).toBe(404);
    } finally {
      await own.stop();
    }
  });

  test('a port already in use is refused with exit code 2, naming the fix', async () => {
    const own = await startMock(['-v', 'silent']);
    try {
      const exit = await command('bin/smh-upload-mock.js', ['--port', new URL(own.url).port]);
      expect([exit.exitCode, exit.stderr.trim()]).toEqual([
        2,
        expect.stringMatching(
          /^smh-upload-mock: cannot listen on 127\.0\.0\.1:\d+: the port is in use; pick another with --port N \(or PORT=N\), or 0 for any free port$/,
        ),
      ]);
    } finally {
      await own.stop();
    }
  });
});

describe.each([
  ['smh-upload-mock', 'bin/smh-upload-mock.js', ['--port', '--host', '--dynamic', '--seed', '--verbose'], 'PORT', []],
  [
    'smh-upload-proxy',
    'bin/smh-upload-proxy.js',
    ['--upstream', '--port', '--host', '--errors', '--verbose'],
    'SMH_PROXY_UPSTREAM',
    ['http://127.0.0.1:9'],
  ],
])('the %s command', (name, cli, options, variable, upstream) => {
  test('--help exits 0 and lists every option with its default and its environment variable', async () => {
    const exit = await command(cli, ['--help']);
    expect(exit.exitCode).toBe(0);
    for (const option of options) expect(exit.stdout).toMatch(new RegExp(`${option}\\b.*\\[env [A-Z_]+`));
    expect(exit.stdout).toContain(`env ${variable}`);
    expect(exit.stdout).toContain('default 127.0.0.1');
  });

  test.each([
    [['--port', 'http'], 'the port must be a number from 0 to 65535, got "http"; pass --port N or set PORT'],
    [['-v', 'loud'], '-v must be one of debug, info, warn, error, silent, got "loud"'],
    [['--color'], 'unknown option --color; see NAME --help'],
    [['--port'], 'option --port needs a value; see NAME --help'],
  ])('%j: exit code 2, one line naming the option and the fix', { concurrent: true }, async (args, message) => {
    const exit = await command(cli, [...upstream, ...args]);
    expect([exit.exitCode, exit.stderr]).toEqual([2, `${name}: ${message.replace('NAME', name)}`]);
  });
});

test('the proxy without an upstream says how to give one', async () => {
  const exit = await command('bin/smh-upload-proxy.js', [], { SMH_PROXY_UPSTREAM: undefined });
  expect([exit.exitCode, exit.stderr.trim()]).toEqual([
    2,
    'smh-upload-proxy: no upstream: give its URL, e.g. smh-upload-proxy https://api.tencentsmh.cn (or --upstream URL, or SMH_PROXY_UPSTREAM)',
  ]);
});
