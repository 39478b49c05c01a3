// `npm run test:dredd`: Dredd against the contract's mock, or against the
// server named by SMH_BASE_URL, with scripts/dredd/hooks.cjs. Exits non-zero
// unless every check that can run passed: on the mock, every documented
// response (the 200 once per named example), asked for through the test
// keys; on a server, 200, 400, 403 and 404. A server cannot be made to
// answer 429, a 5xx or a gateway error on demand: there those are reported
// as skipped.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startMock } from './lib/mock-process.ts';
import { start } from './lib/processes.ts';
import { mockTarget, type SmhTarget, targetFromEnv } from './lib/smh-target.ts';
import { createMasker, type DreddResult, type DreddTotals, foldParserWarnings, parseResults, parseTotals } from './dredd-report.ts';

const require = createRequire(import.meta.url);
const dreddBin = require.resolve('dredd/bin/dredd');
const mockSpecPath = fileURLToPath(new URL('../generated/openapi.mock.json', import.meta.url));
const hookfile = fileURLToPath(new URL('dredd/hooks.cjs', import.meta.url));
const { successExamples, operationOf } = require('./dredd/response-schema.cjs') as { successExamples(): Record<string, unknown>; operationOf(): { responses: Record<string, unknown> } };

const HOOKS_LOADED = 'hook: smh-dredd-hooks: loaded';
// What a real server can be made to answer on demand.
const PROVOKABLE = ['200', '400', '403', '404'];

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

  const lines: string[] = [];
  let hiddenWarnings = 0;
  const emit = (complete: string[]) => {
    const folded = foldParserWarnings(complete.map(mask));
    hiddenWarnings += folded.hidden;
    for (const line of folded.lines) {
      lines.push(line);
      options.onLine?.(line);
    }
  };
  // Lines, not chunks: a chunk may end mid-line, separately on each stream.
  const pending = { stdout: '', stderr: '' };
  const take = (text: string, stream: 'stdout' | 'stderr') => {
    const parts = (pending[stream] + text).split('\n');
    pending[stream] = parts.pop()!;
    emit(parts);
  };
  const flush = () => emit([pending.stdout, pending.stderr].filter((rest) => rest !== ''));
  const dredd = start(process.execPath, args, { env, timeoutMs: options.timeoutMs ?? 60_000, onOutput: take });
  const onAbort = () => void dredd.stop();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const exit = await dredd.exited;
    flush();
    return { exitCode: exit.code, lines, hiddenWarnings, timedOut: exit.timedOut, interrupted: options.signal?.aborted === true };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
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

  const passed = (response: string, example?: string) => results.some((r) => r.status === 'pass' && r.response === response && r.example === example);
  const examples = againstMock ? Object.keys(successExamples()) : [undefined];
  for (const example of examples) {
    if (!passed('200', example)) problems.push(`200${example ? ` (example ${example})` : ''} did not pass`);
  }
  const responses = Object.keys(operationOf().responses).filter((response) => response !== '200');
  const onDemand = responses.filter((response) => !PROVOKABLE.includes(response));
  for (const response of responses) {
    if ((againstMock || !onDemand.includes(response)) && !passed(response)) problems.push(`${response} did not pass`);
    if (!againstMock && onDemand.includes(response) && !results.some((r) => r.response === response && r.status === 'skip')) problems.push(`${response} was expected to be reported as skipped`);
  }

  const ok = raw.exitCode === 0 && problems.length === 0;
  const target = againstMock ? 'mock' : 'server';
  const counts = totals
    ? `${totals.passing} passing, ${totals.failing} failing, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.total} total`
    : 'no totals';
  const checked = againstMock ? `200 examples: ${examples.join(', ')}; ` : '';
  const skipped = againstMock ? '' : `skipped: ${onDemand.join(', ')}; `;
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
