// `npm run bench`: every bench, one after another (they measure, so never
// side by side), each in its own process; a missed bound in one does not
// keep the others from reporting. Exits non-zero if any missed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['client.ts', 'mock.ts', 'load.ts'];
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const failed = benches.filter((bench) => spawnSync(tsx, [fileURLToPath(new URL(bench, import.meta.url))], { stdio: 'inherit' }).status !== 0);
if (failed.length > 0) console.error(`bench: ${failed.join(', ')} missed a bound or failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
