// No process outlives its test: what scripts/lib/processes.ts promises
// (deadlines, SIGKILL after a grace period, whole process groups, death
// with the parent however it dies) and the run's survivor check.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run, start, waitFor } from '../../scripts/lib/processes.ts';
import { RUN_MARK, survivorsOf } from '../support/survivors.ts';

const processes = fileURLToPath(new URL('../../scripts/lib/processes.ts', import.meta.url));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(\S+\) Z/.test(readStat(pid)); // a zombie has died
  } catch {
    return false;
  }
};
function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return '';
  }
}
const pidsIn = (text: string) => [...text.matchAll(/^pid (\d+)$/gm)].map((match) => Number(match[1]));

describe('processes started through scripts/lib/processes.ts', () => {
  test('report their exit code and output', async () => {
    const exit = await run('sh', ['-c', 'echo out; echo err >&2; exit 3'], { timeoutMs: 5_000 });
    expect(exit).toMatchObject({ code: 3, timedOut: false, stdout: 'out\n', stderr: 'err\n' });
  });

  test('past the deadline get SIGTERM, then SIGKILL after the grace period if they ignore it', async () => {
    const started = performance.now();
    // A deadline long enough for the command to start even on a busy machine.
    const exit = await run('sh', ['-c', 'trap "" TERM; echo pid $$; sleep 60'], { timeoutMs: 1_500, graceMs: 300 });
    const took = performance.now() - started;
    expect(exit.timedOut).toBe(true);
    expect(exit.code).toBe(137); // 128 + SIGKILL
    expect(took).toBeGreaterThanOrEqual(1_750);
    expect(took).toBeLessThan(6_000);
    expect(pidsIn(exit.stdout).filter(alive)).toEqual([]);
  });

  test('stop() ends the whole group: the command and what it started', async () => {
    const child = start('sh', ['-c', 'sleep 60 & echo pid $!; echo pid $$; wait'], { timeoutMs: 30_000 });
    await waitFor('both pids', () => pidsIn(child.output()).length === 2);
    const pids = pidsIn(child.output());
    expect(pids.every(alive)).toBe(true);
    await child.stop();
    await waitFor('the group to be gone', () => !pids.some(alive), 3_000);
  });

  test('die with the process that started them, even one killed with SIGKILL', async () => {
    // A parent that starts a tethered sleeper, says its pid, and waits.
    const script = `import { start } from ${JSON.stringify(processes)};
      const child = start('sh', ['-c', 'echo pid $$; exec sleep 60'], { timeoutMs: 60_000, onOutput: (text) => process.stdout.write(text) });`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    parent.stdout!.on('data', (chunk) => (output += chunk));
    try {
      await waitFor('the sleeper to start', () => pidsIn(output).length === 1, 15_000);
      const [sleeper] = pidsIn(output);
      expect(alive(sleeper!)).toBe(true);
      parent.kill('SIGKILL');
      await once(parent, 'exit');
      await waitFor('the orphaned sleeper to be stopped', () => !alive(sleeper!), 5_000);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

describe('the run\'s survivor check', () => {
  test('finds a process that carries the run\'s mark and outlived its test, and kills it', async () => {
    const run = `survivor-check-${process.pid}`;
    const leaked = spawn('sleep', ['60'], { env: { ...process.env, [RUN_MARK]: run }, detached: true, stdio: 'ignore' });
    leaked.unref();
    const left = await survivorsOf(run, 100);
    expect(left).toEqual([`${leaked.pid} sleep 60`]);
    await waitFor('the survivor to be killed', () => !alive(leaked.pid!), 3_000);
    expect(await survivorsOf(run, 0)).toEqual([]);
  });
});
