// The package as a user gets it: packed with `npm pack`, installed from the
// tarball into fresh projects, typechecked under `nodenext` and `bundler`,
// run, and its mock command started from node_modules. The consumers see
// only the tarball and the registry, never this repository's sources.
import { randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lintTarball } from '../../scripts/lint-package.ts';
import { freePort } from '../../scripts/lib/mock-process.ts';
import { type Running, run as runTethered, start, waitFor } from '../../scripts/lib/processes.ts';
import { testKeyPairs } from '../support/spec.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('../consumer/', import.meta.url));
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const spec = JSON.parse(await readFile(join(repo, 'generated/openapi.json'), 'utf8'));
const operation = spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get;

// Besides the package, the typed consumer installs TypeScript, Node's types,
// the mocks' peers the README names (Prism's engine, msw) and axios, at the
// versions this repository develops with.
const consumerDeps = ['typescript', '@types/node', '@stoplight/prism-http', 'msw', 'axios'].map((name) => `${name}@${manifest.devDependencies[name]}`);
// The npm cache usually holds all of them already: no registry round trip unless needed.
const installFlags = ['--prefer-offline', '--no-audit', '--no-fund'];

// `npx smh-upload-mock --port <port>`, the documented command, with `--no`:
// were the bin not installed, npx must fail rather than fetch a package of
// that name from the registry.
const mockCommand = (port: number) => ['--no', '--', 'smh-upload-mock', '--port', String(port)];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// The variables npm sets for the script running this test name this
// repository (its prefix, its package.json): a nested npm must not see them,
// or it could act on the repository instead of the consumer.
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|INIT_CWD$)/.test(name)),
);

// Every step has a deadline shorter than the test's, and dies with the test run.
async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 150_000): Promise<Run> {
  const exit = await runTethered(command, args, { cwd, env: { ...childEnv, ...env }, timeoutMs });
  if (exit.timedOut) throw new Error(`${command} ${args.join(' ')} did not finish in ${timeoutMs} ms in ${cwd}:\n${exit.stdout}\n${exit.stderr}`);
  return { code: exit.code ?? 1, stdout: exit.stdout, stderr: exit.stderr };
}

async function succeed(command: string, args: string[], cwd: string, env?: Record<string, string>): Promise<Run> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

let work: string;
let tarball: string;
/** Has installed only the package: what a user of the client and types gets. */
let bare: string;
/** Has installed the package, TypeScript and Prism. */
let typed: string;
let runningMock: Running | undefined;
/** Started as soon as the tarball exists, while the consumer's tools install. */
let linted: ReturnType<typeof lintTarball>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'smh-package-'));
  bare = join(work, 'bare');
  typed = join(work, 'typed');
  const packDir = join(work, 'pack');
  await Promise.all([mkdir(packDir), cp(fixture, bare, { recursive: true }), cp(fixture, typed, { recursive: true })]);

  // The third-party install overlaps packing (which builds first, via prepack).
  const toolsInstalled = succeed('npm', ['install', ...installFlags, ...consumerDeps], typed);
  const packedAndBareInstalled = (async () => {
    await succeed('npm', ['pack', '--pack-destination', packDir], repo);
    const [name, ...others] = await readdir(packDir);
    if (!name?.endsWith('.tgz') || others.length > 0) throw new Error(`npm pack left ${[name, ...others].join(', ')}`);
    tarball = join(packDir, name);
    linted = lintTarball(tarball);
    await succeed('npm', ['install', ...installFlags, tarball], bare);
  })();
  await Promise.all([toolsInstalled, packedAndBareInstalled]);
  await succeed('npm', ['install', ...installFlags, tarball], typed);
  await linted; // so that no check still runs when the tests start timing
}, 180_000);

afterAll(async () => {
  await runningMock?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('holds the build, the mock command and the generated spec files, and none of the sources', async () => {
    const { stdout } = await succeed('tar', ['-tzf', tarball], work);
    const files = stdout.trim().split('\n').map((entry) => entry.replace(/^package\//, ''));
    const targets = [
      ...Object.values<string | Record<string, string>>(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
      ...Object.values<string>(manifest.bin),
    ].map((target) => target.replace(/^\.\//, ''));
    expect(files).toEqual(expect.arrayContaining([...targets, 'generated/openapi.mock.json', 'generated/schema.d.ts', 'generated/validate-upload-task.js', 'CHANGELOG.md']));
    for (const file of files) expect(file).toMatch(/^(dist|bin|generated)\/|^(package\.json|CHANGELOG\.md|README(\.md)?|LICENSE(\.\w+)?)$/i);
  });

  test('publint (strict) and attw (ESM-only profile) find no problem', async () => {
    const [publint, attw] = await linted;
    expect(publint!.ok, publint!.output).toBe(true);
    expect(publint!.output).toContain('All good'); // not even a suggestion
    expect(attw!.ok, attw!.output).toBe(true);
  }, 60_000);
});

describe('a consumer who installs only the package', () => {
  test('gets openapi-fetch and its own dependencies, nothing for the mocks or the tooling', async () => {
    const installed = await installedPackages(join(bare, 'node_modules'));
    const ownManifest = JSON.parse(await readFile(join(bare, 'node_modules/smh-upload-contract/package.json'), 'utf8'));
    const fetchManifest = JSON.parse(await readFile(join(bare, 'node_modules/openapi-fetch/package.json'), 'utf8'));
    expect(Object.keys(ownManifest.dependencies)).toEqual(['openapi-fetch']);
    expect(installed).toEqual(['smh-upload-contract', 'openapi-fetch', ...Object.keys(fetchManifest.dependencies ?? {})].sort());
  });

  test('imports the client and the validator; only the in-process mock asks for Prism', async () => {
    const example = spec.components.examples.multipartInProgress.value;
    const script = `
      const contract = await import('smh-upload-contract');
      let mock = 'created';
      try {
        await (await import('smh-upload-contract/mock')).createMockFetch()('https://api.tencentsmh.cn/api/v1/file/l/-/k?upload&access_token=t');
      } catch (error) {
        mock = error.message;
      }
      console.log(JSON.stringify({ exports: Object.keys(contract).sort(), valid: contract.validateUploadTask(${JSON.stringify(example)}).valid, mock }));`;
    const { stdout } = await succeed(process.execPath, ['--input-type=module', '-e', script], bare);
    const report = JSON.parse(stdout);
    expect(report.exports).toEqual(expect.arrayContaining(['createSmhClient', 'validateUploadTask', 'SmhInputError', 'SmhResponseError', 'uploadTaskPath']));
    expect(report.valid).toBe(true);
    expect(report.mock).toContain(`npm install -D @stoplight/prism-http@${manifest.peerDependencies['@stoplight/prism-http']}`);
  });

  test('the mock command says what to install', async () => {
    const result = await run('npx', mockCommand(await freePort()), bare);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`npm install -D @stoplight/prism-http@${manifest.peerDependencies['@stoplight/prism-http']}`);
  });
});

describe('a TypeScript consumer with the mocks\' peers installed', () => {
  test('typechecks under moduleResolution nodenext and bundler', async () => {
    const tsc = join(typed, 'node_modules/typescript/bin/tsc');
    const [nodenext, bundler] = await Promise.all([
      run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], typed),
      run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], typed),
    ]);
    expect(nodenext.stdout, 'nodenext').toBe('');
    expect(nodenext.code).toBe(0);
    expect(bundler.stdout, 'bundler').toBe('');
    expect(bundler.code).toBe(0);
  }, 60_000);

  test('meets every test key through createMockFetch and, with axios, through the MSW handlers', async () => {
    const token = `consumer-${randomUUID()}`;
    const result = await succeed(process.execPath, ['out/main.js'], typed, { SMH_ACCESS_TOKEN: token });
    const report = expectReport(result, token);
    expectEveryPair(report.fetch);
    expectEveryPair(report.msw);
    for (const face of ['fetchMalformed', 'mswMalformed']) expect(report[face], face).toMatchObject(malformedAnswer);
    expect(report.inputError).toEqual({ name: 'SmhInputError', parameter: 'confirmKey' });
    expect(report.validatorRejects).toBe(false);
    expect(report.spec).toEqual({ operationId: operation.operationId, yamlFirstLine: `openapi: ${spec.openapi}` });
  });

  test('starts the HTTP mock with `npx smh-upload-mock --port <port>` and meets every test key through it', async () => {
    const port = await freePort();
    runningMock = start('npx', mockCommand(port), { cwd: typed, env: childEnv, timeoutMs: 60_000 });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor('smh-upload-mock to listen', () => runningMock!.output().includes(`listening on ${baseUrl}`) || runningMock!.hasExited(), 20_000);
    expect(runningMock.hasExited(), runningMock.output()).toBe(false);

    const token = `consumer-${randomUUID()}`;
    const report = expectReport(await succeed(process.execPath, ['out/main.js', baseUrl], typed, { SMH_ACCESS_TOKEN: token }), token);
    expectEveryPair(report.http);
    expect(report.httpMalformed).toMatchObject(malformedAnswer);

    const log = runningMock.output();
    await runningMock.stop();
    runningMock = undefined;
    expect(await stopsAnswering(baseUrl)).toBe(true);
    expect(log).toContain(`GET /api/v1/file/smh0000000000000/-/example-UploadNotFound?upload&access_token=*** 404`);
    expect(log).not.toContain(token);
  }, 60_000);
});

const malformedAnswer = { code: 'ParamInvalid', message: 'internal_domain must be 0 or 1' };

/** Every documented test key answered with its example, status and body. */
function expectEveryPair(answers: Array<{ name: string; status: number; body: unknown }>): void {
  const expected = testKeyPairs().map(([name, , status]) => ({ name, status: Number(status), body: spec.components.examples[name].value }));
  expect(answers).toEqual(expected);
}

/** What the consumer printed, parsed; the token is nowhere in it. */
function expectReport({ stdout, stderr }: Run, token: string): Record<string, any> {
  expect(stdout + stderr).not.toContain(token);
  expect(stdout + stderr).not.toContain(encodeURIComponent(token));
  return JSON.parse(stdout);
}

/** Every package under a node_modules folder, nested ones included, by name. */
async function installedPackages(nodeModules: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(nodeModules).catch(() => [])) {
    if (entry.startsWith('.')) continue; // .bin, .package-lock.json
    const dirs = entry.startsWith('@') ? (await readdir(join(nodeModules, entry))).map((name) => `${entry}/${name}`) : [entry];
    for (const name of dirs) names.push(name, ...(await installedPackages(join(nodeModules, name, 'node_modules'))));
  }
  return names.sort();
}

function answers(baseUrl: string): Promise<boolean> {
  return fetch(`${baseUrl}/`).then(
    () => true,
    () => false,
  );
}

async function stopsAnswering(baseUrl: string, timeoutMs = 5_000): Promise<boolean> {
  return waitFor('the mock to stop answering', async () => !(await answers(baseUrl)), timeoutMs).then(
    () => true,
    () => false,
  );
}
