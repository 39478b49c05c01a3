// Child processes for tests and benches, through execa: each has a deadline
// (SIGTERM, then SIGKILL after a grace period), is killed when this process
// exits, and keeps what it printed. A server reports where it listens by an
// IPC message it sends by design, never by what it prints.
import { execa, execaNode, type ResultPromise } from 'execa';
import { onExit } from 'signal-exit';

export interface RunOptions {
  cwd?: string;
  /** Added to this process's environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Stopped (SIGTERM, then SIGKILL) once it has run this long. */
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL; default 2 s. */
  graceMs?: number;
  /** Each chunk of stdout or stderr as it comes. */
  onOutput?: (text: string) => void;
  /** Where stdout and stderr go instead of being kept: a file. */
  outputFile?: string;
  /**
   * Runs in a process group of its own, stopped as a whole: for a command
   * that starts the real work in a child (`npm start`), which npm does not
   * pass a signal on to.
   */
  group?: boolean;
}

export interface Exit {
  code: number | undefined;
  signal: string | undefined;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface Running {
  pid: number;
  /** stdout and stderr so far, interleaved as they came. */
  output(): string;
  exited: Promise<Exit>;
  /** SIGTERM, SIGKILL after the grace period; resolves once it is gone. */
  stop(): Promise<Exit>;
}

// npm sets variables naming this repository for the script it runs; a
// nested npm (a consumer's install) must not see them, or it could act on
// the repository instead.
export const repositoryNpm = /^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|INIT_CWD$)/;

/** The repository's root, where commands run unless told otherwise. */
export const root = new URL('../../', import.meta.url).pathname;

function options(run: RunOptions) {
  const env = { ...process.env };
  for (const [name, value] of Object.entries(run.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return {
    cwd: run.cwd ?? root,
    env,
    extendEnv: false,
    timeout: run.timeoutMs,
    forceKillAfterDelay: run.graceMs ?? 2_000,
    cleanup: true,
    detached: run.group ?? false,
    reject: false,
    stdin: 'ignore' as const,
    ...(run.outputFile ? { stdout: { file: run.outputFile }, stderr: { file: run.outputFile, append: true } } : { all: true }),
  };
}

function watch(child: ResultPromise, run: RunOptions): Running {
  const pid = child.pid!;
  const stopGroup = () => {
    signalGroup(pid, 'SIGTERM');
    setTimeout(() => signalGroup(pid, 'SIGKILL'), run.graceMs ?? 2_000).unref();
  };
  // execa's deadline reaches the group's leader only: a group gets one of its own.
  let groupTimedOut = false;
  const deadline = run.group
    ? setTimeout(() => {
        groupTimedOut = true;
        stopGroup();
      }, run.timeoutMs)
    : undefined;
  deadline?.unref();
  let output = '';
  const take = (chunk: Buffer | string) => {
    const text = chunk.toString();
    output += text;
    run.onOutput?.(text);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = child.then((result) => ({
    code: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut || groupTimedOut,
    stdout: typeof result.stdout === 'string' ? result.stdout : '',
    stderr: typeof result.stderr === 'string' ? result.stderr : '',
  }));
  if (run.group) groups.add(pid);
  void exited.then(() => {
    groups.delete(pid);
    clearTimeout(deadline);
  });
  return {
    pid,
    output: () => output,
    exited,
    stop: () => {
      if (run.group) stopGroup();
      else child.kill('SIGTERM');
      return exited;
    },
  };
}

// execa's cleanup does not reach a detached child: groups still running go
// when this process does, however it ends (signal-exit, execa's own means).
const groups = new Set<number>();
onExit(() => {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
});

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/** Starts `file args`; see Running. */
export function start(file: string, args: string[], run: RunOptions): Running {
  return watch(execa(file, args, options(run)), run);
}

/** Runs `file args` to the end (or the deadline) and reports how it went. */
export function run(file: string, args: string[], run: RunOptions): Promise<Exit> {
  return start(file, args, run).exited;
}

/** `node --import tsx <script> args`: a TypeScript script of this repository, as `npm run` runs them. */
export function runScript(script: string, args: string[], run: RunOptions): Promise<Exit> {
  return start(process.execPath, ['--import', 'tsx', script, ...args], run).exited;
}

export interface Server extends Running {
  /** Where it listens, as it reported. */
  url: string;
}

/**
 * Starts a server script (TypeScript, through tsx) that sends `{ listening: url }`
 * over IPC once it listens; fails, with what it printed, if it exits first.
 */
export async function startServer(script: string, args: string[], run: RunOptions): Promise<Server> {
  const child = execaNode(script, args, { ...options(run), nodeOptions: ['--import', 'tsx'], ipc: true, serialization: 'json' });
  const running = watch(child, run);
  const listening = child.getOneMessage({ filter: (message) => typeof (message as { listening?: unknown })?.listening === 'string' });
  const exitedFirst = running.exited.then((exit) => {
    throw new Error(`${script} exited (${exit.code ?? exit.signal}) before it listened:\n${running.output()}`);
  });
  try {
    const { listening: url } = (await Promise.race([listening, exitedFirst])) as { listening: string };
    return { ...running, url };
  } catch (error) {
    await running.stop();
    throw error;
  }
}
