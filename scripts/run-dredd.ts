// `npm run test:dredd`: Dredd against the contract's mock, or against the
// server named by SMH_BASE_URL, with test/dredd/hooks.cjs. Exits non-zero
// unless every check that can run passed: on the mock, the 200 response once
// per named example, and 400, 403, 404, 429 and 500 (asked for with Prefer);
// on a server, 200, 400, 403 and 404. A server cannot be made to answer 429
// or 500 on demand: there they are reported as skipped.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startMock } from '../test/support/mock-server.ts';
import { mockTarget, type SmhTarget, targetFromEnv } from '../test/support/smh-target.ts';
import { createMasker, type DreddResult, type DreddTotals, foldParserWarnings, parseResults, parseTotals } from './dredd-report.ts';

const require = createRequire(import.meta.url);
const dreddBin = require.resolve('dredd/bin/dredd');
const mockSpecPath = fileURLToPath(new URL('../generated/openapi.mock.json', import.meta.url));
const hookfile = fileURLToPath(new URL('../test/dredd/hooks.cjs', import.meta.url));
const { successExamples } = require('../test/dredd/response-schema.cjs') as { successExamples(): Record<string, unknown> };

const HOOKS_LOADED = 'hook: smh-dredd-hooks: loaded';
const ERROR_STATUSES = [400, 403, 404];
const ON_DEMAND_STATUSES = [429, 500];

export type DreddTarget = SmhTarget;

export interface DreddRunOptions {
  /** A server to judge; without it, the contract's mock is started and judged. */
  target?: DreddTarget;
  /** A contract mock that is already running; without it (and without `target`), one is started and stopped. */
  mockBaseUrl?: string;
  /** Each line of Dredd's output as it comes, token masked, parser warnings left out. */
  onLine?: (line: string) => void;
  /** Dredd is stopped if it runs longer (default 60 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface DreddRun {
  ok: boolean;
  exitCode: number | null;
  target: 'mock' | 'server';
  results: DreddResult[];
  totals?: DreddTotals;
  /** Why the run is not ok, besides Dredd's own failures. */
  problems: string[];
  /** Dredd's whole output, token masked, parser warnings left out. */
  output: string;
  /** How many parser warnings (OpenAPI keywords Dredd does not support) were left out. */
  hiddenWarnings: number;
  summary: string;
  durationMs: number;
}

export async function runDredd(options: DreddRunOptions = {}): Promise<DreddRun> {
  const started = Date.now();
  const mock = options.target || options.mockBaseUrl ? undefined : await startMock();
  try {
    const target = options.target ?? mockTarget(options.mockBaseUrl ?? mock!.baseUrl);
    const run = await runDreddProcess(target, !options.target, options);
    return judge(run, !options.target, Date.now() - started);
  } finally {
    await mock?.stop();
  }
}

interface RawRun {
  exitCode: number | null;
  lines: string[];
  hiddenWarnings: number;
  timedOut: boolean;
  interrupted: boolean;
}

async function runDreddProcess(target: DreddTarget, againstMock: boolean, options: DreddRunOptions): Promise<RawRun> {
  const mask = createMasker([target.accessToken]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SMH_DREDD_MOCK: againstMock ? '1' : '0',
    SMH_ACCESS_TOKEN: target.accessToken,
    SMH_LIBRARY_ID: target.libraryId,
    SMH_SPACE_ID: target.spaceId,
    SMH_CONFIRM_KEY: target.confirmKey,
    SMH_USER_ID: target.userId ?? '',
  };
  // The token reaches Dredd through the environment, never its arguments
  // (visible to `ps`). --no-warnings hides a Node warning from Dredd's logger.
  const args = ['--no-warnings', dreddBin, mockSpecPath, target.baseUrl, '--hookfiles', hookfile, '--language', 'nodejs', '--no-color', '--loglevel', 'warning'];
  if (options.signal?.aborted) throw new Error('stopped before Dredd started');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

  const lines: string[] = [];
  let hiddenWarnings = 0;
  const pending = { stdout: '', stderr: '' };
  const take = (stream: 'stdout' | 'stderr', chunk: string, flush = false) => {
    const parts = (pending[stream] + chunk).split('\n');
    const rest = parts.pop()!;
    pending[stream] = flush ? '' : rest;
    if (flush && rest !== '') parts.push(rest);
    const folded = foldParserWarnings(parts.map(mask));
    hiddenWarnings += folded.hidden;
    for (const line of folded.lines) {
      lines.push(line);
      options.onLine?.(line);
    }
  };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => take('stdout', chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => take('stderr', chunk));

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stopGroup(child);
  }, options.timeoutMs ?? 60_000);
  const onAbort = () => stopGroup(child);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const [code] = (await once(child, 'close')) as [number | null];
    take('stdout', '', true);
    take('stderr', '', true);
    return { exitCode: code, lines, hiddenWarnings, timedOut, interrupted: options.signal?.aborted === true };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function stopGroup(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, 'SIGTERM'); // Dredd and anything it started
  } catch {
    // already gone
  }
}

/** Which titles must pass: Dredd exiting 0 is not enough if a check did not run at all. */
function judge(raw: RawRun, againstMock: boolean, durationMs: number): DreddRun {
  const results = parseResults(raw.lines);
  const totals = parseTotals(raw.lines);
  const problems: string[] = [];
  if (raw.timedOut) problems.push('Dredd did not finish in time and was stopped');
  if (raw.interrupted) problems.push('interrupted: Dredd was stopped before it finished');
  if (!raw.lines.some((line) => line.startsWith(HOOKS_LOADED))) problems.push('the hooks did not run (see Dredd\'s warnings above): bodies would have been checked against an example, not the schema');
  if (!totals) problems.push('Dredd printed no totals');

  const passed = (statusCode: number, example?: string) =>
    results.some((r) => r.status === 'pass' && r.statusCode === statusCode && r.example === example);
  const examples = againstMock ? Object.keys(successExamples()) : [undefined];
  for (const example of examples) {
    if (!passed(200, example)) problems.push(`200${example ? ` (example ${example})` : ''} did not pass`);
  }
  for (const statusCode of ERROR_STATUSES) if (!passed(statusCode)) problems.push(`${statusCode} did not pass`);
  for (const statusCode of ON_DEMAND_STATUSES) {
    if (againstMock && !passed(statusCode)) problems.push(`${statusCode} did not pass`);
    if (!againstMock && !results.some((r) => r.statusCode === statusCode && r.status === 'skip')) problems.push(`${statusCode} was expected to be reported as skipped`);
  }

  const ok = raw.exitCode === 0 && problems.length === 0;
  const target = againstMock ? 'mock' : 'server';
  const counts = totals
    ? `${totals.passing} passing, ${totals.failing} failing, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.total} total`
    : 'no totals';
  const checked = againstMock ? `200 examples: ${examples.join(', ')}; ` : '';
  const skipped = againstMock ? '' : `skipped: ${ON_DEMAND_STATUSES.join(', ')}; `;
  const summary = `dredd (${target}): ${ok ? 'OK' : 'FAILED'}: ${counts}; ${checked}${skipped}${(durationMs / 1000).toFixed(1)} s`;
  return { ok, exitCode: raw.exitCode, target, results, totals, problems, output: raw.lines.join('\n'), hiddenWarnings: raw.hiddenWarnings, summary, durationMs };
}

async function main(): Promise<void> {
  const target = targetFromEnv();
  const abort = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort.abort());
  const run = await runDredd({ target, signal: abort.signal, onLine: (line) => console.log(line) });
  if (run.hiddenWarnings) console.log(`(${run.hiddenWarnings} Dredd parser warnings about OpenAPI keywords it does not support left out)`);
  for (const problem of run.problems) console.error(`run-dredd: ${problem}`);
  console.log(run.summary);
  process.exitCode = run.ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`run-dredd: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
