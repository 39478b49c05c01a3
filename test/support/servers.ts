// The package's servers as child processes, the way a user starts them
// (`npm start`, `smh-upload-proxy <upstream>`): each picks a free port itself
// and reports it (test/support/processes.ts), or prints it (`npm start`).
import { type Running, type RunOptions, root, type Server, start, startServer } from './processes.ts';

const mockCli = `${root}src/mock/cli.ts`;
const proxyCli = `${root}src/proxy/cli.ts`;

/** The HTTP mock on a free port of 127.0.0.1, with `args` added to its command line. */
export function startMock(args: string[] = [], run: Partial<RunOptions> = {}): Promise<Server> {
  return startServer(mockCli, ['--port', '0', ...args], { timeoutMs: 10 * 60_000, ...run });
}

/** The validation proxy in front of `upstream`, on a free port of 127.0.0.1. */
export function startProxy(upstream: string, args: string[] = [], run: Partial<RunOptions> = {}): Promise<Server> {
  return startServer(proxyCli, [upstream, '--port', '0', ...args], { timeoutMs: 10 * 60_000, ...run });
}

/** `npm start`, as the README prints it (PORT=0: any free port; the built mock), and the address it prints. */
export async function npmStart(timeoutMs = 120_000): Promise<{ running: Running; url: string }> {
  let found: (url: string) => void;
  const url = new Promise<string>((resolve) => (found = resolve));
  const running = start('npm', ['start', '--silent'], {
    env: { PORT: '0' },
    timeoutMs,
    group: true,
    onOutput: () => {
      const match = /listening on (http:\/\/\S+)/.exec(running.output());
      if (match) found(match[1]!);
    },
  });
  const exited = running.exited.then(() => Promise.reject(new Error(`npm start exited:\n${running.output()}`)));
  return { running, url: await Promise.race([url, exited]) };
}
