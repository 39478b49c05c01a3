// Fresh consumer projects that install the packed tarball the way a user
// would, and run it on the consumer's Node (test/support/package-setup.ts).
// They see only the tarball and the registry, never this repository.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { cleanEnv, root, run } from './servers.ts';

const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

/** A third-party package at the version this repository develops with: `msw@^2.15.0`. */
export const devVersion = (name: string) => `${name}@${manifest.devDependencies[name] ?? manifest.dependencies[name]}`;

/** The msw consumers install: this repository's, or SMH_CONSUMER_MSW's (msw 3 needs Node 22.12; `npm run test:node` asks for it where it runs). */
export const mswVersion = process.env.SMH_CONSUMER_MSW ? `msw@${process.env.SMH_CONSUMER_MSW}` : devVersion('msw');

/**
 * `file args` in `cwd` as the consumer runs it: its Node first on PATH (npm
 * and the package's bins start with `#!/usr/bin/env node`), none of this
 * repository's npm variables, `node` meaning the consumer's Node.
 */
export function inConsumer(cwd: string, file: string, args: string[], { env = {}, timeout = 150_000 } = {}) {
  const node = inject('consumerNode');
  return run(file === 'node' ? node : file, args, {
    cwd,
    env: cleanEnv({ ...env, PATH: `${dirname(node)}:${process.env.PATH}` }),
    extendEnv: false,
    timeout,
  });
}

/** inConsumer to its end: what it printed to stdout, or an error with all it printed unless it succeeded. */
export async function succeed(cwd: string, file: string, args: string[], options?: { env?: Record<string, string>; timeout?: number }) {
  const result = await inConsumer(cwd, file, args, options);
  if (result.exitCode !== 0)
    throw new Error(
      `${file} ${args.join(' ')} failed (${result.exitCode ?? result.signal}${result.timedOut ? ', timed out' : ''}) in ${cwd}:\n${result.all}`,
    );
  return result.stdout;
}

export interface Consumer {
  dir: string;
  remove(): Promise<void>;
}

// The npm cache usually holds them already: no registry round trip unless needed.
const installFlags = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** A new project with the tarball and `packages` installed: `template` (a folder of this repository) copied in, or an empty ESM one. */
export async function consumer(packages: string[] = [], template?: string): Promise<Consumer> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-consumer-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    if (template) await cp(template, dir, { recursive: true });
    else await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await succeed(dir, 'npm', ['install', ...installFlags, inject('tarball'), ...packages]);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
