// Answers per second: createMockFetch() in-process against the Prism HTTP
// mock (`npm start`, default logging and `-v error`), each driven the same way
// in the same run. Run with `npx tsx bench/mock.ts`; loopback only, under a
// minute (each target gets at most 14 s), and it stops every server it starts.
import { createMockFetch } from '../src/mock.ts';
import { type RunningMock, startMock } from '../test/support/mock-server.ts';

const TOTAL = 2000;
const CONCURRENCY = 10;
const WARM_UP = 200;
/** No target (warm-up included) may hold the run longer than this; its rate is then taken over what it did. */
const TARGET_BUDGET_MS = 14_000;
const TARGET = '/api/v1/file/smh0000000000000/-/2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3?upload&access_token=bench-token';

type Send = (target: string) => Promise<Response>;

interface Rate {
  name: string;
  requests: number;
  perSecond: number;
}

/** TOTAL requests, CONCURRENCY at a time, each answer read to the end and checked. */
async function drive(name: string, send: Send, total: number, deadline: number): Promise<Rate> {
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      next++;
      const response = await send(TARGET);
      await response.text();
      if (response.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  if (failures > 0) throw new Error(`${name}: ${failures} of ${next} answers were not 200`);
  return { name, requests: next, perSecond: next / seconds };
}

async function measure(name: string, send: Send): Promise<Rate> {
  const deadline = performance.now() + TARGET_BUDGET_MS;
  await drive(`${name} (warm-up)`, send, WARM_UP, deadline);
  return drive(name, send, TOTAL, deadline);
}

const overHttp = (mock: RunningMock): Send => (target) => fetch(`${mock.baseUrl}${target}`);

const running: RunningMock[] = [];
async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((mock) => mock.stop()));
}
// Servers run in their own process group: Ctrl-C here would not reach them.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

const format = (rate: Rate) => `${rate.name.padEnd(34)} ${rate.perSecond.toFixed(0).padStart(6)} answers/s  (${rate.requests} requests, concurrency ${CONCURRENCY})`;

try {
  const startedAt = performance.now();
  const mockFetch = createMockFetch();
  const inProcess = await measure('in-process (createMockFetch)', (target) => mockFetch(`http://mock.invalid${target}`));

  const defaultLogging = await startMock();
  running.push(defaultLogging);
  const httpDefault = await measure('HTTP mock (npm start)', overHttp(defaultLogging));
  await stopAll();

  const quiet = await startMock(['-v', 'error']);
  running.push(quiet);
  const httpQuiet = await measure('HTTP mock (npm start -- -v error)', overHttp(quiet));
  await stopAll();

  console.log(`Node ${process.version}, ${TOTAL} requests after ${WARM_UP} to warm up, GET ${TARGET.split('?')[0]}`);
  for (const rate of [inProcess, httpDefault, httpQuiet]) console.log(format(rate));
  console.log(`in-process mock: ${(inProcess.perSecond / httpDefault.perSecond).toFixed(1)}× the HTTP mock's requests/s (default logging)`);
  console.log(`in-process mock: ${(inProcess.perSecond / httpQuiet.perSecond).toFixed(1)}× the HTTP mock's requests/s (-v error)`);
  console.log(`(run took ${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
} finally {
  await stopAll();
}
