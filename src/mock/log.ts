// What the mocks log: one readable line per request at `info` (method, path
// and query with secrets masked, status, and what decided the answer), and
// Prism's own detail at `debug`.
import type { PrismLogger } from './prism.js';

export type MockLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface MockLogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  /** The part of Prism that speaks at `debug` (`NEGOTIATOR`, `VALIDATOR`); absent for the request line. */
  name?: string;
  message: string;
}

export type MockLog = (entry: MockLogEntry) => void;

const rank = { debug: 10, info: 20, warn: 30, error: 40, silent: 50 } as const;

/** Whether entries at `level` reach a log that asked for `threshold`. */
export function logs(threshold: MockLogLevel, level: MockLogEntry['level']): boolean {
  return rank[level] >= rank[threshold];
}

// The parameters that are secrets, wherever they are written out: the
// request's URL, and (at `debug`) the headers Prism prints, a Referer say.
const SECRET_PARAMETER = /\b((?:access_token|library_secret)=)[^&#\s"',;]*/gi;

/** The text with the value of every `access_token=` and `library_secret=` replaced by `***`. */
export function maskSecrets(text: string): string {
  return text.replace(SECRET_PARAMETER, '$1***');
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** A pino-shaped logger for Prism that forwards its messages at `debug`, or drops them. */
export function prismLogger(log: MockLog | undefined, threshold: MockLogLevel): PrismLogger {
  const noop = () => {};
  const make = (name?: string): PrismLogger => {
    const emit = (level: MockLogEntry['level']) =>
      log && logs(threshold, 'debug')
        ? (first: unknown, second?: unknown) => {
            // pino's two forms: (message) and (bindings, message).
            const text = typeof first === 'string' ? first : typeof second === 'string' ? second : '';
            const speaker = (typeof first === 'object' && first !== null && typeof (first as { name?: unknown }).name === 'string' ? (first as { name: string }).name : undefined) ?? name;
            safely(log, { level: 'debug', ...(speaker === undefined ? {} : { name: speaker }), message: `${level === 'debug' ? '' : `${level}: `}${maskSecrets(text.replace(ANSI, ''))}` });
          }
        : noop;
    return { child: (bindings) => make(bindings.name ?? name), trace: emit('debug'), debug: emit('debug'), info: emit('info'), success: emit('info'), warn: emit('warn'), error: emit('error'), fatal: emit('error') };
  };
  return make();
}

/** A failing log must not change the answer. */
export function safely(log: MockLog, entry: MockLogEntry): void {
  try {
    log(entry);
  } catch {
    // ignored on purpose
  }
}
