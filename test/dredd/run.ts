// `npm run test:dredd`: Dredd against the contract's mock, or the server
// SMH_BASE_URL names, on a spec derived for it, with test/dredd/hooks.cjs
// applying a plan; results from its xunit report. Fails unless every planned
// check passed, and every check a server cannot be made to answer was skipped.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedactor } from '../../src/shared/secret-redactor.ts';
import { setup as ensureBuilt } from '../support/built.ts';
import { run, startMock } from '../support/servers.ts';
import { mockTarget, type SmhTarget, targetFromEnv } from '../support/target.ts';
import { deriveDreddSpec } from './dredd-spec.ts';
import { MASKED_TOKEN, planSteps, type Step } from './plan.ts';
import { type Outcome, type ReportedCase, readXunit, type Totals } from './report.ts';

const dreddBin = createRequire(import.meta.url).resolve('dredd/bin/dredd');
const hookfile = fileURLToPath(new URL('hooks.cjs', import.meta.url));
// Dredd's parser warns about each OpenAPI keyword it does not support; the hooks judge by the real schemas instead.
const PARSER_WARNING = /^warn: API description (parser|URI template expansion) warning/;

export interface DreddRunOptions {
  /** A server to judge; without it, the contract's mock, started and stopped here. */
  target?: SmhTarget;
  /** A server to judge as a mock of the contract (it must answer the test keys), instead of starting one. */
  mockBaseUrl?: string;
  /** Dredd is stopped if it runs longer (default 60 s). */
  timeoutMs?: number;
}

/** A planned transaction (`uri` and `prefer`: what the hooks sent), and how it went. */
export type DreddResult = Omit<Step, 'bodySchema' | 'headers' | 'served'> & { outcome: Outcome | 'missing'; message?: string };

export interface DreddRun {
  ok: boolean;
  exitCode: number | undefined;
  /** In the plan's order. */
  results: DreddResult[];
  totals?: Totals;
  /** Why the run is not ok, besides Dredd's own failures. */
  problems: string[];
  /** What Dredd printed, token masked, parser warnings left out. */
  output: string;
  summary: string;
}

export async function runDredd(options: DreddRunOptions = {}): Promise<DreddRun> {
  const started = Date.now();
  const againstMock = options.target === undefined;
  const mock = againstMock && !options.mockBaseUrl ? await startMock(['-v', 'silent']) : undefined;
  const workDir = await mkdtemp(join(tmpdir(), 'smh-dredd-'));
  try {
    const target = options.target ?? mockTarget(options.mockBaseUrl ?? mock!.url);
    const { document, responses } = deriveDreddSpec();
    const steps = planSteps(responses, target, againstMock);
    const [specFile, planFile, reportFile] = [join(workDir, 'openapi.dredd.json'), join(workDir, 'plan.json'), join(workDir, 'report.xml')];
    await writeFile(specFile, JSON.stringify(document));
    await writeFile(planFile, JSON.stringify({ maskedToken: MASKED_TOKEN, steps }));

    // The token reaches the hooks through the environment, never Dredd's arguments (visible to `ps`).
    const args = [specFile, target.baseUrl, '--hookfiles', hookfile, '--language', 'nodejs', '--no-color', '--loglevel', 'warning'];
    // --no-warnings: a Node warning that Dredd's logger causes.
    const exit = await run(process.execPath, ['--no-warnings', dreddBin, ...args, '--reporter', 'xunit', '--output', reportFile], {
      env: { SMH_DREDD_PLAN: planFile, SMH_ACCESS_TOKEN: target.accessToken },
      timeout: options.timeoutMs ?? 60_000,
    });
    const mask = createRedactor([target.accessToken], '***');
    const output = mask(String(exit.all ?? '').trimEnd())
      .split('\n')
      .filter((line) => !PARSER_WARNING.test(line))
      .join('\n');

    const problems = exit.timedOut ? ['Dredd did not finish in time and was stopped'] : [];
    const report = await readFile(reportFile, 'utf8')
      .then((xml) => readXunit(mask(xml)))
      .catch((error: Error) => void problems.push(`no usable xunit report: ${error.message}`));
    const results = judge(steps, report?.cases ?? [], problems);
    const ok = exit.exitCode === 0 && problems.length === 0;

    const { passing, failing, errors, skipped, total } = report?.totals ?? {};
    const counts = report ? `${passing} passing, ${failing} failing, ${errors} errors, ${skipped} skipped, ${total} total` : 'no totals';
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `dredd (${againstMock ? 'mock' : 'server'}): ${ok ? 'OK' : 'FAILED'}: ${counts}; ${seconds} s`;
    return { ok, exitCode: exit.exitCode, results, ...(report ? { totals: report.totals } : {}), problems, output, summary };
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await mock?.stop();
  }
}

/** Each step's result; what did not go as planned goes to `problems` (Dredd exiting 0 is not enough if a check never ran). */
function judge(steps: Step[], cases: ReportedCase[], problems: string[]): DreddResult[] {
  const planned = new Set(steps.map((step) => step.name));
  for (const { name } of cases) if (!planned.has(name)) problems.push(`Dredd ran ${name}, which the plan does not name`);
  return steps.map(({ bodySchema, headers, served, ...step }) => {
    const reported = cases.find((reportedCase) => reportedCase.name === step.name);
    const outcome = reported?.outcome ?? 'missing';
    const wanted = step.skip ? 'skip' : 'pass';
    if (outcome !== wanted) problems.push(`${step.name}: ${outcome}, not ${wanted}`);
    return { ...step, outcome, ...(reported?.message ? { message: reported.message } : {}) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Against the mock, the mock as it installs: dist/, rebuilt if src/ is newer.
  await ensureBuilt();
  const run = await runDredd({ target: targetFromEnv() });
  console.log(run.output);
  for (const problem of run.problems) console.error(`test:dredd: ${problem}`);
  console.log(run.summary);
  process.exitCode = run.ok ? 0 : 1;
}
