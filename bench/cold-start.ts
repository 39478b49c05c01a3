// How soon a consumer's mock answers, as ratios against a bare Node start
// measured in the same run (`node -e ""`, interleaved, medians):
// - a fresh process that imports createMockFetch (or msw and the MSW
//   handlers) and reads its first answer: at most 4×;
// - `npm start`, from the command to a first answer over HTTP: at most 6×;
// - msw with one trivial handler of its own, for scale (reported).
// The package is imported as a consumer imports it, by name, from dist/.
import { npmStart, run } from '../test/support/servers.ts';

const ROUNDS = 9;
const target = 'http://mock.test/api/v1/file/smh0000000000000/-/example-UploadNotFound?upload&access_token=cold-start';

const scripts = {
  bare: '',
  createMockFetch: `import { createMockFetch } from 'smh-upload-contract/mock';
    const response = await createMockFetch()(${JSON.stringify(target)}); await response.text();`,
  'MSW handlers': `import { setupServer } from 'msw/node'; import { createSmhHandlers } from 'smh-upload-contract/msw';
    const server = setupServer(...createSmhHandlers()); server.listen();
    const response = await fetch(${JSON.stringify(target)}); await response.text(); server.close();`,
  // The same steps with one trivial handler of msw's own: what msw costs before any handler of ours (reported).
  'msw alone': `import { setupServer } from 'msw/node'; import { http } from 'msw';
    const server = setupServer(http.all('*', () => new Response('{}'))); server.listen();
    const response = await fetch(${JSON.stringify(target)}); await response.text(); server.close();`,
};

async function timeNode(source: string): Promise<number> {
  const started = performance.now();
  const result = await run(process.execPath, ['--input-type=module', '-e', source], { timeout: 60_000 });
  const elapsed = performance.now() - started;
  // A script that failed did not reach its first answer: its time means nothing.
  if (result.exitCode !== 0) throw new Error(`node -e failed (${result.exitCode ?? result.signal}):\n${result.all}\n${source}`);
  return elapsed;
}

/** `npm start` until its mock has answered one request. */
async function timeNpmStart(): Promise<number> {
  const started = performance.now();
  const mock = await npmStart(60_000);
  try {
    await (await fetch(`${mock.url}${new URL(target).pathname}${new URL(target).search}`)).text();
    return performance.now() - started;
  } finally {
    await mock.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const times: Record<string, number[]> = { bare: [], createMockFetch: [], 'MSW handlers': [], 'msw alone': [], 'npm start': [] };
await timeNode(scripts.createMockFetch); // the disk cache, as a consumer's second run has it
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, source] of Object.entries(scripts)) times[name]!.push(await timeNode(source));
  times['npm start']!.push(await timeNpmStart());
}

const bare = median(times.bare!);
const bounds: Record<string, number> = { createMockFetch: 4, 'MSW handlers': 4, 'npm start': 6 };
const misses: string[] = [];
console.log(`bare node start: ${bare.toFixed(0)} ms (median of ${ROUNDS})`);
for (const [name, bound] of Object.entries(bounds)) {
  const ratio = median(times[name]!) / bare;
  console.log(
    `${name}, import to first answer: ${ratio.toFixed(2)}× a bare node start (${median(times[name]!).toFixed(0)} ms; bound ${bound}×)`,
  );
  if (ratio > bound) misses.push(`${name} takes ${ratio.toFixed(2)}× a bare node start, above ${bound}×`);
}
const mswAlone = median(times['msw alone']!);
console.log(
  `msw alone (msw/node, msw and one trivial handler), import to first answer: ${(mswAlone / bare).toFixed(2)}× a bare node start (${mswAlone.toFixed(0)} ms; reported, not bound): the handlers add ${(median(times['MSW handlers']!) - mswAlone).toFixed(0)} ms`,
);
for (const miss of misses) console.error(`MISSED: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
