// `npm run bench`: every bench, one after another (they measure, so never
// side by side), each in its own tethered process; a missed bound in one does
// not keep the others from reporting. Exits non-zero if any missed.
import { fileURLToPath } from 'node:url';
import { run } from '../scripts/lib/processes.ts';

const benches = ['client.ts', 'mock.ts', 'load.ts'];
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const failed: string[] = [];
for (const bench of benches) {
  const exit = await run(tsx, [fileURLToPath(new URL(bench, import.meta.url))], { timeoutMs: 5 * 60_000, onOutput: (text) => process.stdout.write(text) });
  if (exit.code !== 0) failed.push(`${bench}${exit.timedOut ? ' (timed out)' : ''}`);
}
if (failed.length > 0) console.error(`bench: ${failed.join(', ')} missed a bound or failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
