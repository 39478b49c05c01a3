// The package's servers and scripts as child processes, through execa: each
// has a deadline (execa's own timeout, SIGKILL after a grace period) and is
// stopped when the test process ends. A server reports where it listens over
// IPC, by design (`listen(0)` in the child), never by what it prints.
import { execa, execaNode, type Options, type ResultPromise } from 'execa';
import { onExit } from 'signal-exit';
import { type FixtureHandler, startFixtureServer } from './fixture-server.ts';

/** The repository's root, where commands run. */
export const root = new URL('../../', import.meta.url).pathname;

// npm sets variables naming this repository for the script it runs; a nested npm (a consumer's install) must not see them.
const repositoryNpm = /^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|INIT_CWD$)/;
/** The environment for a command that must not act on this repository through npm's variables. */
export const cleanEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !repositoryNpm.test(name))),
  ...extra,
});

const base = { cwd: root, reject: false, all: true, stdin: 'ignore', cleanup: true, forceKillAfterDelay: 2_000 } as const;

/** What a run may set; none of it changes the output's type (text, `all` interleaved). */
export type RunOptions = Pick<
  Options,
  'cwd' | 'env' | 'extendEnv' | 'forceKillAfterDelay' | 'input' | 'killSignal' | 'ipc' | 'serialization'
> & {
  timeout: number;
};

/** Runs a command to its end (or its deadline): its exit code, output and whether it timed out. */
export function run(file: string, args: string[], options: RunOptions) {
  return execa(file, args, { ...base, ...options });
}

export interface Server {
  url: string;
  /** The process's ID (a bench reads its memory). */
  pid: number;
  /** stdout and stderr so far, as they came. */
  output(): string;
  stop(): Promise<unknown>;
}

function watched(child: ResultPromise, url: string): Server {
  let output = '';
  child.all?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM');
      return child;
    },
  };
}

/**
 * A command of the package as it installs (`bin/`, running `dist/`: test/support/built.ts keeps it fresh), on a
 * free port of 127.0.0.1.
 */
async function startCli(script: string, args: string[], options: Options = {}): Promise<Server> {
  const child = execaNode(`${root}${script}`, args, {
    ...base,
    ipc: true,
    serialization: 'json',
    timeout: 10 * 60_000,
    ...options,
  });
  const server = watched(child, '');
  const exited = child.then(() => Promise.reject(new Error(`${script} exited before it listened:\n${server.output()}`)));
  const message = (await Promise.race([child.getOneMessage!(), exited])) as { listening: string };
  return { ...server, url: message.listening };
}

export const startMock = (args: string[] = [], options?: Options) => startCli('bin/smh-upload-mock.js', ['--port', '0', ...args], options);
export const startProxy = (upstream: string, args: string[] = [], options?: Options) =>
  startCli('bin/smh-upload-proxy.js', [upstream, '--port', '0', ...args], options);

// npm does not pass a signal on to the script it runs: `npm start` runs in a group of its own, stopped as a whole.
const groups = new Set<number>();
onExit(() => {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
});
function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {}
}

/** `npm start`, as the README prints it (PORT=0: any free port), and the address it prints. */
export async function npmStart(timeoutMs = 120_000): Promise<Server> {
  const child = execa('npm', ['start', '--silent'], { ...base, cleanup: false, detached: true, env: { PORT: '0' } });
  const pid = child.pid!;
  groups.add(pid);
  const deadline = setTimeout(() => signalGroup(pid, 'SIGKILL'), timeoutMs);
  const server = watched(child, '');
  const stop = async () => {
    signalGroup(pid, 'SIGTERM');
    const killer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 2_000);
    await child;
    clearTimeout(killer);
    clearTimeout(deadline);
    groups.delete(pid);
  };
  const url = await new Promise<string>((resolve, reject) => {
    child.all?.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(server.output());
      if (match) resolve(match[1]!);
    });
    void child.then(() => reject(new Error(`npm start exited:\n${server.output()}`)));
  });
  return { ...server, url, stop };
}

/** The HTTP mock and a validation proxy over an upstream answering with `handler`, both logging at debug: the faces an attack meets. */
export async function startDebugFaces(handler: FixtureHandler): Promise<{ mock: Server; proxy: Server; stop(): Promise<void> }> {
  const upstream = await startFixtureServer(handler);
  const started = await Promise.allSettled([startMock(['-v', 'debug']), startProxy(upstream.baseUrl, ['-v', 'debug'])]);
  const stop = async () => {
    await Promise.all(started.map((face) => (face.status === 'fulfilled' ? face.value.stop() : undefined)));
    await upstream.close();
  };
  const [mock, proxy] = started;
  if (mock.status === 'rejected' || proxy.status === 'rejected') {
    await stop();
    throw mock.status === 'rejected' ? mock.reason : (proxy as PromiseRejectedResult).reason;
  }
  return { mock: mock.value, proxy: proxy.value, stop };
}
