// The package's servers as child processes, the way a user starts them
// (`npm start`, `smh-upload-proxy <upstream>`), from the sources: each picks
// a free port itself and reports it (test/support/processes.ts).
import { type RunOptions, root, type Server, startServer } from './processes.ts';

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
