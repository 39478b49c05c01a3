// What the mock and the proxy log: at `info`, one line per request (method,
// target with secrets masked, status, what decided the answer); at `debug`,
// the request's headers and each broken rule too; at `error`, why an answer
// failed. Every line has the request's secrets masked and its control
// characters escaped, so that one entry is one line, whatever was sent.
import { createRedactor, escapeControls, maskTarget, secretHeaders } from '../secrets.js';

export type MockLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface MockLogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

/** Receives each entry; by default the in-process faces log nothing. */
export type MockLog = (entry: MockLogEntry) => void;

const rank = { debug: 10, info: 20, warn: 30, error: 40, silent: 50 } as const;

/** Secrets shorter than this are not looked for in free text: they would mask ordinary words. */
const SHORTEST_SECRET = 4;

export interface RequestLog {
  /** The request's one line: `GET /api/…?upload&access_token=*** 404 test key …`. */
  answered(status: number, decision: string): void;
  /** Detail at `debug`; a function is called only when `debug` is logged. */
  detail(message: string | (() => string)): void;
  /** Why the answer failed, at `error`. */
  failed(message: string): void;
}

/** The log of one request, masking its secrets (by name in the target, by value everywhere). */
export function requestLog(
  log: MockLog | undefined,
  threshold: MockLogLevel,
  method: string,
  target: string,
  secrets: string[],
): RequestLog {
  // Built for the first entry logged, not for every request: most log one line, many none.
  let masked: { redact: (text: string) => string; line: string } | undefined;
  const emit = (level: MockLogEntry['level'], message: (line: string) => string) => {
    if (log === undefined || rank[level] < rank[threshold]) return;
    masked ??= {
      redact: createRedactor(
        secrets.filter((secret) => secret.length >= SHORTEST_SECRET),
        '***',
      ),
      line: `${method} ${maskTarget(target)}`,
    };
    try {
      log({ level, message: escapeControls(masked.redact(message(masked.line))) });
    } catch {
      // A failing log must not change the answer.
    }
  };
  return {
    answered: (status, decision) => emit('info', (line) => `${line} ${status} ${decision}`),
    detail: (message) => emit('debug', (line) => `${line}: ${typeof message === 'string' ? message : message()}`),
    failed: (message) => emit('error', (line) => `${line} failed: ${message}`),
  };
}

/** Headers as `debug` shows them: credentials masked by name. */
export function maskedHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${secretHeaders.has(name.toLowerCase()) ? '***' : value}`)
    .join(', ');
}
