// Every project's global setup: marks the run, so that its processes can be
// found, and, once the last project is done, fails the run if any process
// a test started outlived it. Vitest calls setup and teardown once per
// project, in one process: the count is shared through globalThis.
import { randomUUID } from 'node:crypto';
import { RUN_MARK, survivorsOf } from './survivors.ts';

const shared = globalThis as typeof globalThis & { smhProjects?: number };

export function setup(): void {
  shared.smhProjects = (shared.smhProjects ?? 0) + 1;
  // Inherited by every worker and every process a test starts. A run of its
  // own (the contract suite run by a test) gets its own mark, so that its
  // check never takes the outer run's processes for its own.
  if (shared.smhProjects === 1) process.env[RUN_MARK] = randomUUID();
}

export async function teardown(): Promise<void> {
  shared.smhProjects = (shared.smhProjects ?? 1) - 1;
  if (shared.smhProjects > 0) return;
  const left = await survivorsOf(process.env[RUN_MARK]!);
  if (left.length > 0) {
    // Vitest reports an error thrown here but still exits 0.
    process.exitCode = 1;
    throw new Error(`processes started by tests outlived them (now killed):\n${left.join('\n')}`);
  }
}
