// `npm run bench`: builds the package (the cold-start bench imports it as a
// consumer does, from dist/), then runs every bench one after another (they
// measure, so never side by side), each in a process of its own; a missed
// bound in one does not keep the others from reporting. Exits non-zero if
// any missed.
import { root, run } from '../test/support/servers.ts';

// Shown as it comes (a bench takes minutes) and kept, each stream to its own.
const live = { stdout: ['pipe', 'inherit'], stderr: ['pipe', 'inherit'] } as const;

const built = await run('npm', ['run', 'build', '--silent'], { timeout: 5 * 60_000, ...live });
if (built.exitCode !== 0) throw new Error('npm run build failed');
// The upload bench samples memory after a full collection: it needs gc().
const benches: Array<[file: string, nodeOptions: string[]]> = [
  ['client.ts', []],
  ['cold-start.ts', []],
  ['load.ts', []],
  ['upload.ts', ['--expose-gc']],
];
const failed: string[] = [];
for (const [bench, nodeOptions] of benches) {
  console.log(`\n--- bench/${bench}`);
  const exit = await run(process.execPath, [...nodeOptions, '--import', 'tsx', `${root}bench/${bench}`], { timeout: 10 * 60_000, ...live });
  if (exit.exitCode !== 0) failed.push(`${bench}${exit.timedOut ? ' (timed out)' : ''}`);
}
if (failed.length > 0) console.error(`bench: ${failed.join(', ')} missed a bound or failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
