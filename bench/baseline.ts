// The bare baseline server (json-server.mjs) in a process of its own, as the
// HTTP mock runs in one, started through the test harness's `run`. It reports
// where it listens over IPC, as the package's servers do, never by what it prints.
import { root, run } from '../test/support/servers.ts';

export interface BaselineServer {
  url: string;
  pid: number;
  stop(): Promise<unknown>;
}

/** json-server.mjs answering every request with `body`. */
export async function startBaseline(body: string, timeout = 10 * 60_000): Promise<BaselineServer> {
  const child = run(process.execPath, [`${root}bench/json-server.mjs`], { timeout, ipc: true, env: { BODY: body } });
  const exited = child.then((result) => Promise.reject(new Error(`bench/json-server.mjs exited before it listened:\n${result.all}`)));
  const message = (await Promise.race([child.getOneMessage!(), exited])) as { listening: string };
  return {
    url: message.listening,
    pid: child.pid!,
    stop: () => {
      child.kill('SIGTERM');
      return child;
    },
  };
}

/** A child process's resident memory in MiB, as `ps` reports it. */
export async function rssMiB(pid: number): Promise<number> {
  const { stdout, exitCode } = await run('ps', ['-o', 'rss=', '-p', String(pid)], { timeout: 10_000 });
  if (exitCode !== 0) throw new Error(`ps found no process ${pid}`);
  return Number(String(stdout).trim()) / 1024;
}
