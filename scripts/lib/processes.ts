// Child processes for tests, scripts and benches: each one runs under
// tether.mjs in a process group of its own, has a deadline (SIGTERM, then
// SIGKILL after a grace period), and dies with whoever started it, even if
// that process is killed outright. Nothing started here outlives its caller.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const tether = fileURLToPath(new URL('tether.mjs', import.meta.url));

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stopped (SIGTERM, then SIGKILL) once it has run this long. */
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL; default 2 s. */
  graceMs?: number;
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  /** A file descriptor to write stdout and stderr to, instead of collecting them (output() is then empty). */
  outputFd?: number;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Stopped because it ran past its deadline. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface Running {
  pid: number;
  /** stdout and stderr so far, interleaved as they came. */
  output(): string;
  exited: Promise<Exit>;
  /** Whether it has exited already. */
  hasExited(): boolean;
  /** SIGTERM to the whole group, SIGKILL after the grace period; resolves once it is gone. */
  stop(): Promise<Exit>;
}

export function start(command: string, args: string[], options: StartOptions): Running {
  const grace = options.graceMs ?? 2000;
  // stdin stays an open pipe: the tether takes its end as our death.
  const child = spawn(process.execPath, [tether, command, ...args], {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), SMH_TETHER_GRACE_MS: String(grace) },
    stdio: ['pipe', options.outputFd ?? 'pipe', options.outputFd ?? 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => ((stdout += text), (output += text), options.onOutput?.(text, 'stdout')));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => ((stderr += text), (output += text), options.onOutput?.(text, 'stderr')));

  let timedOut = false;
  let done = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    terminate(child, grace);
  }, options.timeoutMs);
  deadline.unref();
  const exited = (async (): Promise<Exit> => {
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    done = true;
    clearTimeout(deadline);
    return { code, signal, timedOut, stdout, stderr };
  })();
  const stop = () => {
    terminate(child, grace);
    return exited;
  };
  return { pid: child.pid!, output: () => output, exited, hasExited: () => done, stop };
}

/** Runs to the end (or the deadline) and reports how it went. */
export function run(command: string, args: string[], options: StartOptions): Promise<Exit> {
  return start(command, args, options).exited;
}

function terminate(child: ChildProcess, grace: number): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // The tether needs the grace period to SIGKILL its group; past that, it goes too.
  setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), grace + 1000).unref();
}

/** Polls `condition` until it holds or `timeoutMs` passes (then throws, saying what was awaited). */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
