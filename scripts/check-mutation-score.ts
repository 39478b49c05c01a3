// After `stryker run`: every mutated file must reach the score the project
// holds itself to (its mutants killed, of those the tests cover or could),
// and every mutant must have been run. Stryker's own threshold judges only
// the total, and leaves a mutant it could not run out of the score.
import { readFile } from 'node:fs/promises';

const BOUND = 95;
const report = JSON.parse(await readFile(new URL('../reports/mutation/mutation.json', import.meta.url), 'utf8')) as {
  files: Record<string, { mutants: Array<{ status: string }> }>;
};

const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
// Not run: the runner failed around the tests (e.g. a test name so long that the
// regular expression selecting a mutant's tests is too large for V8).
const notRun = new Set(['RuntimeError', 'CompileError']);
let failed = false;
let [allDetected, allCounted, allNotRun] = [0, 0, 0];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const mine = mutants.filter((mutant) => counted.has(mutant.status));
  const killed = mine.filter((mutant) => detected.has(mutant.status)).length;
  const unrun = mutants.filter((mutant) => notRun.has(mutant.status)).length;
  const score = mine.length === 0 ? 100 : (killed / mine.length) * 100;
  [allDetected, allCounted, allNotRun] = [allDetected + killed, allCounted + mine.length, allNotRun + unrun];
  console.log(
    `${score.toFixed(1).padStart(5)}%  ${file} (${killed} of ${mine.length} mutants detected${unrun ? `; ${unrun} not run` : ''})`,
  );
  if (score < BOUND || unrun > 0) failed = true;
}
console.log(`${((allDetected / allCounted) * 100).toFixed(1).padStart(5)}%  all files (${allDetected} of ${allCounted})`);
if (allNotRun > 0) console.error(`${allNotRun} mutants were not run (Stryker's runtime or compile errors): the report names why`);
if (failed) console.error(`a file is below ${BOUND}%, or has mutants not run`);
process.exitCode = failed ? 1 : 0;
