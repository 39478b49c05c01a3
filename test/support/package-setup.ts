// Global setup of the packaging project: the package packed once, as
// `npm pack` makes it for the registry, for every consumer test to install;
// and the Node that consumers run on (SMH_CONSUMER_NODE, set by
// `npm run test:node`; this one by default).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { run } from './servers.ts';

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-pack-'));
  // dist/ is fresh (test/support/built.ts runs first): no second build.
  const packed = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { timeout: 120_000 });
  if (packed.exitCode !== 0) throw new Error(`npm pack failed (${packed.exitCode ?? packed.signal}):\n${packed.all}`);
  const [tarball] = (await readdir(dir)).filter((name) => name.endsWith('.tgz'));
  project.provide('tarball', join(dir, tarball!));
  project.provide('consumerNode', process.env.SMH_CONSUMER_NODE || process.execPath);
  return () => rm(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string;
    consumerNode: string;
  }
}
