// One HTTP mock for the whole vitest run (unless SMH_BASE_URL names a server
// to judge instead), stopped when the run ends; and the run's guard that no
// process any test started is still alive once every test has finished.
// Vitest calls setup and teardown once per project, in one process: the run
// is shared through globalThis, and the last teardown closes it.
import { randomUUID } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { type RunningServer, startMock } from '../../scripts/lib/mock-process.ts';
import { RUN_MARK, survivorsOf } from './survivors.ts';

interface Run {
  projects: number;
  mock?: Promise<RunningServer>;
}

const shared = globalThis as typeof globalThis & { smhTestRun?: Run };

export async function setup(project: TestProject): Promise<void> {
  const run = (shared.smhTestRun ??= { projects: 0 });
  run.projects++;
  // Inherited by every worker and every process a test starts. A run of its
  // own (the contract suite run by a test) gets its own mark, so that its
  // check never takes the outer run's processes for its own.
  if (run.projects === 1) process.env[RUN_MARK] = randomUUID();
  if (process.env.SMH_BASE_URL) {
    project.provide('smhTarget', { baseUrl: process.env.SMH_BASE_URL, isMock: false });
    return;
  }
  run.mock ??= startMock();
  project.provide('smhTarget', { baseUrl: (await run.mock).baseUrl, isMock: true });
}

export async function teardown(): Promise<void> {
  const run = shared.smhTestRun!;
  if (--run.projects > 0) return;
  await (await run.mock)?.stop();
  const left = await survivorsOf(process.env[RUN_MARK]!);
  if (left.length > 0) {
    // Vitest reports an error thrown here but still exits 0.
    process.exitCode = 1;
    throw new Error(`processes started by tests outlived them (now killed):\n${left.join('\n')}`);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    smhTarget: { baseUrl: string; isMock: boolean };
  }
}
