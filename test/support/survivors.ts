// Finds the processes a test run started that are still alive: every one
// inherits RUN_MARK in its environment. Read from Linux's /proc; elsewhere
// the check finds nothing (execa still stops what it started on exit).
import { readdir, readFile } from 'node:fs/promises';

export const RUN_MARK = 'UPLOAD_CONTRACT_TEST_RUN';

/**
 * The processes still carrying `RUN_MARK=<run>` after a grace period, other
 * than this one and the test workers it runs; each is killed, and listed
 * (pid and command line) for the report.
 */
export async function survivorsOf(run: string, graceMs = 3000): Promise<string[]> {
  if (process.platform !== 'linux') return [];
  const deadline = Date.now() + graceMs;
  let left = await marked(run);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = await marked(run);
  }
  for (const { pid } of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  return left.map(({ pid, command }) => `${pid} ${command}`);
}

async function marked(run: string): Promise<Array<{ pid: number; command: string }>> {
  const needle = `\0${RUN_MARK}=${run}\0`;
  const found: Array<{ pid: number; command: string }> = [];
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const [environ, command, stat] = await Promise.all([
        readFile(`/proc/${pid}/environ`, 'latin1'),
        readFile(`/proc/${pid}/cmdline`, 'utf8'),
        readFile(`/proc/${pid}/stat`, 'utf8'),
      ]);
      if (!`\0${environ}`.includes(needle)) continue;
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue; // a zombie is already dead
      if (parent === process.pid && command.includes('vitest')) continue; // this run's own workers
      found.push({ pid, command: command.replaceAll('\0', ' ').trim() });
    } catch {
      // exited while being read, or not ours to read
    }
  }
  return found;
}
