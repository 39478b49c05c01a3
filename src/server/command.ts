// What the package's two commands (smh-upload-mock, smh-upload-proxy) share:
// options declared once, each with its default and its environment
// variable, so that `--help` lists them all and they parse in any order; a
// one-line error that names the fix; log lines written to stdout without
// holding up answers; and a readiness message for a parent that listens.
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RunningServer } from './http-server.js';
import { LOG_LEVELS, type Log, type LogLevel } from './request-log.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Where a value comes from when the option is not given. */
  env: string;
  /** Shown in --help; a string option without one has no default. */
  default?: string;
  /** `N`, `URL`, `LEVEL`… */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Lines after the options: examples, warnings. */
  notes?: string[];
}

export type Values = Record<string, string | boolean | undefined>;

/** The options serveCommand reads for every server: --port, --host and --verbose, under the command's own variables. */
export function serverOptions(defaultPort: string, envPrefix: string, levels: string): Record<string, OptionSpec> {
  return {
    port: { type: 'string', short: 'p', env: 'PORT', default: defaultPort, value: 'N', help: 'the port; 0 picks a free one' },
    host: { type: 'string', env: `${envPrefix}_HOST`, default: '127.0.0.1', value: 'ADDR', help: 'the address to listen on' },
    verbose: { type: 'string', short: 'v', env: `${envPrefix}_LOG_LEVEL`, default: 'info', value: 'LEVEL', help: levels },
  };
}

/** The command's options from argv, then the environment, then the defaults; exits with a one-line error when they do not parse. */
export function readOptions(spec: CommandSpec, argv: string[], env: NodeJS.ProcessEnv): { values: Values; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const options = Object.fromEntries(
      Object.entries(spec.options).map(([name, option]) => [name, { type: option.type, ...(option.short ? { short: option.short } : {}) }]),
    );
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail(spec, `${parseProblem(error as NodeJS.ErrnoException)}; see ${spec.name} --help`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${helpText(spec)}\n`);
    process.exit(0);
  }
  const values: Values = {};
  for (const [name, option] of Object.entries(spec.options)) {
    const given = parsed.values[name] as string | boolean | undefined;
    const fromEnv = env[option.env];
    if (given !== undefined) values[name] = given;
    else if (fromEnv !== undefined && fromEnv !== '') values[name] = option.type === 'boolean' ? /^(1|true|yes)$/i.test(fromEnv) : fromEnv;
    else values[name] = option.type === 'boolean' ? false : option.default;
  }
  return { values, positionals: parsed.positionals };
}

/** What node:util's parseArgs refused, in one line that names the option (its own message suggests a fix that does not apply here). */
function parseProblem(error: NodeJS.ErrnoException): string {
  // "Unknown option '--color'", "Option '-p, --port <value>' argument missing": the long name when there is one.
  const option = /--[a-z][\w-]*/i.exec(error.message)?.[0] ?? /'(-[^' ,]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option} needs a value`;
  return error.message.split('\n')[0]!;
}

export function helpText(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`;
    const origin = `[env ${option.env}${option.default === undefined ? '' : `, default ${option.default}`}]`;
    return `  ${flag.padEnd(24)} ${option.help} ${origin}`;
  });
  return [
    `${spec.name}: ${spec.summary}`,
    '',
    `usage: ${spec.usage}`,
    '',
    'options:',
    ...rows,
    `  ${'-h, --help'.padEnd(24)} this text`,
    ...(spec.notes ? ['', ...spec.notes] : []),
  ].join('\n');
}

/** Exits with status 2 after one line on stderr: what is wrong and how to fix it. */
export function fail(spec: CommandSpec, message: string): never {
  process.stderr.write(`${spec.name}: ${message}\n`);
  process.exit(2);
}

function readPort(spec: CommandSpec, value: string | boolean | undefined): number {
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) > 65_535)
    fail(spec, `the port must be a number from 0 to 65535, got ${JSON.stringify(text)}; pass --port N or set PORT`);
  return Number(text);
}

function readLevel(spec: CommandSpec, value: string | boolean | undefined): LogLevel {
  const level = String(value) as LogLevel;
  if (!LOG_LEVELS.includes(level)) fail(spec, `-v must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  return level;
}

/** Why a server could not listen, and what to change. */
function listenFailure(host: string, port: number, error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE')
    return `cannot listen on ${host}:${port}: the port is in use; pick another with --port N (or PORT=N), or 0 for any free port`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return `cannot listen on ${host}:${port}: no such address on this machine; pass --host 127.0.0.1 (or 0.0.0.0 for every network)`;
  if (error.code === 'EACCES') return `cannot listen on ${host}:${port}: not allowed; pick a port above 1023 with --port N`;
  return `cannot listen on ${host}:${port}: ${error.message}`;
}

// Past this many bytes waiting for a slow reader, lines are counted and dropped.
const MAX_BACKLOG = 4 * 1024 * 1024;

/** Lines to a file descriptor through a stream of its own, dropped (and counted) while more than MAX_BACKLOG bytes wait for a reader. */
function lineWriter(fd: number): { write(line: string): void; flush(): Promise<void> } {
  const out = createWriteStream('', { fd, autoClose: false });
  let dropped = 0;
  return {
    write(line) {
      if (out.writableLength > MAX_BACKLOG) return void dropped++;
      if (dropped > 0) out.write(`(${dropped} log lines dropped: the output was not read fast enough)\n`);
      dropped = 0;
      out.write(`${line}\n`);
    },
    flush: () => new Promise<void>((resolve) => (out.writableLength === 0 ? resolve() : out.once('drain', () => resolve()))),
  };
}

/**
 * A log that writes lines to stdout, errors to stderr. Node writes to a pipe
 * synchronously, so a reader that falls behind (`npm start | tee`) or none
 * at all would stall every answer or queue lines without bound: each goes
 * through a stream of its own, with a bounded backlog.
 */
function stdoutLog(): { log: Log; flush(): Promise<void> } {
  const [out, err] = [lineWriter(1), lineWriter(2)];
  const log: Log = ({ level, message }) => (level === 'error' ? err : out).write(message);
  return { log, flush: () => Promise.all([out.flush(), err.flush()]).then(() => {}) };
}

/** Tells a parent that started this process with an IPC channel (a test harness) where it listens. */
function announce(url: string): void {
  process.send?.({ listening: url });
}

/** Closes the server on SIGINT or SIGTERM, lets the log drain, and exits 0. */
function stopOnSignals(close: () => Promise<void>, flush: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(
      signal,
      () =>
        void close()
          .then(flush)
          .then(() => process.exit(0)),
    );
  }
  // A parent's IPC channel closing means the parent is gone.
  process.once(
    'disconnect',
    () =>
      void close()
        .then(flush)
        .then(() => process.exit(0)),
  );
}

/** What a server command's options give every server: where to listen, and the log. */
export interface ServeOptions {
  port: number;
  host: string;
  log: Log;
  logLevel: LogLevel;
}

/**
 * Runs a server command: reads its options, starts the server with them,
 * says where it listens (on stdout, and to a parent listening over IPC),
 * and stops it on a signal. A server that cannot start exits with one line.
 */
export async function serveCommand(
  spec: CommandSpec,
  argv: string[],
  env: NodeJS.ProcessEnv,
  start: (values: Values, positionals: string[], common: ServeOptions) => Promise<RunningServer & { describe?: string }>,
): Promise<void> {
  const { values, positionals } = readOptions(spec, argv, env);
  const common = {
    port: readPort(spec, values.port),
    host: String(values.host),
    logLevel: readLevel(spec, values.verbose),
    ...stdoutLog(),
  };
  const server = await start(values, positionals, common).catch((error: NodeJS.ErrnoException) =>
    fail(spec, error.code ? listenFailure(common.host, common.port, error) : error.message),
  );
  if (common.logLevel !== 'silent')
    common.log({ level: 'info', message: `${spec.name} listening on ${server.url}${server.describe ?? ''}` });
  announce(server.url);
  stopOnSignals(server.close, common.flush);
}
