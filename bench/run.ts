// `npm run bench`: builds the package (the cold-start bench imports it as a
// consumer does, from dist/), then runs every bench one after another (they
// measure, so never side by side), each in a process of its own; a missed
// bound in one does not keep the others from reporting. Exits non-zero if
// any missed.
import { root, run, runScript } from '../test/support/processes.ts';

const built = await run('npm', ['run', 'build', '--silent'], { timeoutMs: 5 * 60_000, onOutput: (text) => process.stdout.write(text) });
if (built.code !== 0) throw new Error('npm run build failed');
const failed: string[] = [];
for (const bench of ['client.ts', 'cold-start.ts', 'load.ts']) {
  console.log(`\n--- bench/${bench}`);
  const exit = await runScript(`${root}bench/${bench}`, [], { timeoutMs: 10 * 60_000, onOutput: (text) => process.stdout.write(text) });
  if (exit.code !== 0) failed.push(`${bench}${exit.timedOut ? ' (timed out)' : ''}`);
}
if (failed.length > 0) console.error(`bench: ${failed.join(', ')} missed a bound or failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
