// After `stryker run`: every mutated file must reach the score the project
// holds itself to (its mutants killed, of those the tests cover or could).
// Stryker's own threshold judges only the total.
import { readFile } from 'node:fs/promises';

const BOUND = 95;
const report = JSON.parse(await readFile(new URL('../reports/mutation/mutation.json', import.meta.url), 'utf8')) as {
  files: Record<string, { mutants: Array<{ status: string }> }>;
};

const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let failed = false;
let [allDetected, allCounted] = [0, 0];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const mine = mutants.filter((mutant) => counted.has(mutant.status));
  const killed = mine.filter((mutant) => detected.has(mutant.status)).length;
  const score = mine.length === 0 ? 100 : (killed / mine.length) * 100;
  [allDetected, allCounted] = [allDetected + killed, allCounted + mine.length];
  console.log(`${score.toFixed(1).padStart(5)}%  ${file} (${killed} of ${mine.length} mutants detected)`);
  if (score < BOUND) failed = true;
}
console.log(`${((allDetected / allCounted) * 100).toFixed(1).padStart(5)}%  all files (${allDetected} of ${allCounted})`);
if (failed) console.error(`a file is below ${BOUND}%`);
process.exitCode = failed ? 1 : 0;
