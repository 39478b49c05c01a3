// No process outlives its test: what test/support/processes.ts promises
// (deadlines, SIGKILL after a grace period, whole groups for commands that
// start the real work in a child, cleanup when the parent exits) and the
// run's survivor check.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, test } from 'vitest';
import { root, run, start } from '../support/processes.ts';
import { RUN_MARK, survivorsOf } from '../support/survivors.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const pidsIn = (text: string) => [...text.matchAll(/^pid (\d+)$/gm)].map((match) => Number(match[1]));

describe('processes started through test/support/processes.ts', () => {
  test('report their exit code and output', async () => {
    const exit = await run('sh', ['-c', 'echo out; echo err >&2; exit 3'], { timeoutMs: 5_000 });
    expect(exit).toMatchObject({ code: 3, timedOut: false, stdout: 'out', stderr: 'err' });
  });

  test('past the deadline get SIGTERM, then SIGKILL after the grace period if they ignore it', async () => {
    const started = performance.now();
    const stubborn = "process.on('SIGTERM', () => {}); console.log('pid', process.pid); setInterval(() => {}, 1000);";
    const exit = await run(process.execPath, ['-e', stubborn], { timeoutMs: 1_500, graceMs: 300 });
    const took = performance.now() - started;
    expect(exit.timedOut).toBe(true);
    expect(exit.signal).toBe('SIGKILL');
    expect(took).toBeGreaterThanOrEqual(1_500);
    expect(took).toBeLessThan(6_000);
    expect(pidsIn(exit.stdout).filter(alive)).toEqual([]);
  });

  test('a group past its deadline: the command and what it started get SIGTERM, then SIGKILL', async () => {
    const exit = await run('sh', ['-c', 'trap "" TERM; sleep 60 & echo pid $!; echo pid $$; wait'], {
      timeoutMs: 1_500,
      graceMs: 300,
      group: true,
    });
    expect(exit.timedOut).toBe(true);
    expect(pidsIn(exit.stdout)).toHaveLength(2);
    await expect.poll(() => pidsIn(exit.stdout).filter(alive), { timeout: 3_000 }).toEqual([]);
  });

  test('stop() on a group ends the command and what it started', async () => {
    const child = start('sh', ['-c', 'sleep 60 & echo pid $!; echo pid $$; wait'], { timeoutMs: 30_000, group: true });
    await expect.poll(() => pidsIn(child.output()).length).toBe(2);
    const pids = pidsIn(child.output());
    expect(pids.every(alive)).toBe(true);
    await child.stop();
    await expect.poll(() => pids.filter(alive), { timeout: 5_000 }).toEqual([]);
  });

  test.each(['exits', 'is stopped with SIGTERM'])('are stopped when the process that started them %s', async (how) => {
    const script = `import { start } from ${JSON.stringify(`${root}test/support/processes.ts`)};
      const child = start('sh', ['-c', 'echo pid $$; exec sleep 60'], { timeoutMs: 60_000, onOutput: (text) => process.stdout.write(text) });
      ${how === 'exits' ? 'setTimeout(() => process.exit(0), 1500);' : 'setInterval(() => {}, 1000);'}`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    parent.stdout!.on('data', (chunk) => (output += chunk));
    try {
      await expect.poll(() => pidsIn(output).length, { timeout: 15_000 }).toBe(1);
      const [sleeper] = pidsIn(output);
      expect(alive(sleeper!)).toBe(true);
      if (how !== 'exits') parent.kill('SIGTERM');
      await once(parent, 'exit');
      await expect.poll(() => alive(sleeper!), { timeout: 5_000 }).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

describe.runIf(process.platform === 'linux')('the run’s survivor check (Linux: it reads /proc)', () => {
  test('finds a process that carries the run’s mark and outlived its test, and kills it', async () => {
    const mark = `survivor-check-${process.pid}`;
    const leaked = spawn('sleep', ['60'], { env: { ...process.env, [RUN_MARK]: mark }, detached: true, stdio: 'ignore' });
    leaked.unref();
    const left = await survivorsOf(mark, 100);
    expect(left).toEqual([`${leaked.pid} sleep 60`]);
    await expect.poll(() => alive(leaked.pid!), { timeout: 3_000 }).toBe(false);
    expect(await survivorsOf(mark, 0)).toEqual([]);
  });
});
