// The package as a user gets it: packed with `npm pack`, installed from the
// tarball into fresh projects, typechecked under `nodenext` and `bundler`,
// run, and its mock command started from node_modules. The consumers see
// only the tarball and the registry, never this repository's sources.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lintTarball } from '../../scripts/lint-package.ts';
import { freePort } from '../support/mock-server.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('../consumer/', import.meta.url));
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const spec = JSON.parse(await readFile(join(repo, 'generated/openapi.json'), 'utf8'));
const operation = spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get;

// Besides the package, the typed consumer installs TypeScript, Node's types
// and Prism (for the mocks), at the versions this repository develops with.
const consumerDeps = ['typescript', '@types/node', '@stoplight/prism-http', '@stoplight/prism-cli'].map((name) => `${name}@${manifest.devDependencies[name]}`);
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

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...childEnv, ...env }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
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
let runningMock: ChildProcess | undefined;
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
  if (runningMock) await stopGroup(runningMock);
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
        (await import('smh-upload-contract/mock')).createMockFetch();
      } catch (error) {
        mock = error.message;
      }
      console.log(JSON.stringify({ exports: Object.keys(contract).sort(), valid: contract.validateUploadTask(${JSON.stringify(example)}).valid, mock }));`;
    const { stdout } = await succeed(process.execPath, ['--input-type=module', '-e', script], bare);
    const report = JSON.parse(stdout);
    expect(report.exports).toEqual(expect.arrayContaining(['createSmhClient', 'validateUploadTask', 'SmhInputError', 'SmhResponseError', 'uploadTaskPath']));
    expect(report.valid).toBe(true);
    expect(report.mock).toContain('@stoplight/prism-http');
  });

  test('the mock command says what to install', async () => {
    const result = await run('npx', mockCommand(await freePort()), bare);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('npm install -D @stoplight/prism-cli@');
  });
});

describe('a TypeScript consumer with Prism installed', () => {
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

  test('runs against the in-process mock', async () => {
    const token = `consumer-${randomUUID()}`;
    const result = await succeed(process.execPath, ['out/main.js'], typed, { SMH_ACCESS_TOKEN: token });
    expectReport(result, token);
  });

  test('starts the HTTP mock with `npx smh-upload-mock --port <port>` and runs against it', async () => {
    const port = await freePort();
    runningMock = spawn('npx', mockCommand(port), { cwd: typed, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    runningMock.stdout!.on('data', (chunk) => (log += chunk));
    runningMock.stderr!.on('data', (chunk) => (log += chunk));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForAnswer(baseUrl, runningMock, () => log);

    const token = `consumer-${randomUUID()}`;
    const result = await succeed(process.execPath, ['out/main.js', baseUrl], typed, { SMH_ACCESS_TOKEN: token });
    expectReport(result, token);

    await stopGroup(runningMock);
    runningMock = undefined;
    expect(await stopsAnswering(baseUrl)).toBe(true);
    expect(log).toContain(`listening on ${baseUrl}`);
    expect(log).not.toContain(token);
  }, 40_000);
});

/** What the consumer printed: the documented example, the documented error, the token nowhere. */
function expectReport({ stdout, stderr }: Run, token: string): void {
  expect(stdout + stderr).not.toContain(token);
  expect(stdout + stderr).not.toContain(encodeURIComponent(token));
  const report = JSON.parse(stdout);
  expect(report.found).toMatchObject({ status: 200, body: spec.components.examples.multipartInProgress.value, valid: true });
  expect(report.notFound).toEqual({ status: 404, code: firstDocumentedCode('404') });
  expect(report.inputError).toEqual({ name: 'SmhInputError', parameter: 'confirmKey' });
  expect(report.validatorRejects).toBe(false);
  expect(report.spec).toEqual({ operationId: operation.operationId, yamlFirstLine: `openapi: ${spec.openapi}` });
}

function firstDocumentedCode(status: string): string {
  const resolve = (ref: string) => ref.split('/').slice(1).reduce((node, key) => node[key], spec);
  const response = resolve(operation.responses[status].$ref);
  const [first] = Object.values<{ $ref: string }>(response.content['application/json'].examples);
  return resolve(first!.$ref).value.code;
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
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await answers(baseUrl))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function waitForAnswer(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`smh-upload-mock exited with ${child.exitCode}:\n${log()}`);
    if (await answers(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`smh-upload-mock did not answer on ${baseUrl} within ${timeoutMs} ms:\n${log()}`);
}

/** Stops npx, the mock command and Prism: the whole process group. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}
