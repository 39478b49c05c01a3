// Fresh consumer projects that install the packed tarball the way a user
// would, and run it on the consumer's Node (test/support/package-setup.ts).
// They see only the tarball and the registry, never this repository.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { type Exit, type RunOptions, repositoryNpm, root, run } from './processes.ts';

const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

/** A third-party package at the version this repository develops with: `msw@^2.15.0`. */
export const devVersion = (name: string) => `${name}@${manifest.devDependencies[name] ?? manifest.dependencies[name]}`;

/** The msw consumers install: this repository's, or SMH_CONSUMER_MSW's (msw 3 needs Node 22.12; `npm run test:node` asks for it where it runs). */
export const mswVersion = process.env.SMH_CONSUMER_MSW ? `msw@${process.env.SMH_CONSUMER_MSW}` : devVersion('msw');

/** The environment of a consumer's command: its Node first on PATH, nothing of this repository's npm run. */
export function consumerEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.keys(process.env)
      .filter((name) => repositoryNpm.test(name))
      .map((name) => [name, undefined]),
  );
  return { ...env, PATH: `${dirname(inject('consumerNode'))}:${process.env.PATH}`, ...extra };
}

/** Runs in `cwd` on the consumer's Node setup; fails, with what it printed, unless it succeeds. */
export async function succeed(file: string, args: string[], cwd: string, options: Partial<RunOptions> = {}): Promise<Exit> {
  const exit = await run(file === 'node' ? inject('consumerNode') : file, args, {
    timeoutMs: 150_000,
    ...options,
    cwd,
    env: consumerEnv(options.env as Record<string, string>),
  });
  if (exit.code !== 0)
    throw new Error(
      `${file} ${args.join(' ')} failed (${exit.code ?? exit.signal}${exit.timedOut ? ', timed out' : ''}) in ${cwd}:\n${exit.stdout}\n${exit.stderr}`,
    );
  return exit;
}

export interface Consumer {
  dir: string;
  remove(): Promise<void>;
}

// The npm cache usually holds them already: no registry round trip unless needed.
const installFlags = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** A new ESM project with the tarball and `packages` installed, and `template` (a folder of this repository) copied in. */
export async function consumer(packages: string[] = [], template?: string): Promise<Consumer> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-consumer-'));
  if (template) await cp(template, dir, { recursive: true });
  else await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await succeed('npm', ['install', ...installFlags, inject('tarball'), ...packages], dir);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** How many packages a consumer who installs the tarball and `packages` gets, counted from the lockfile npm resolves. */
export async function packageCount(packages: string[] = []): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'smh-count-'));
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'count', private: true, type: 'module' }));
    await succeed('npm', ['install', '--package-lock-only', ...installFlags, inject('tarball'), ...packages], dir);
    const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8'));
    return Object.keys(lock.packages).filter((path) => path !== '').length;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
