// What the servers log: at `info`, one line per request (method, target,
// status, what decided the answer); at `debug`, the request's headers and
// each broken rule too; at `error`, why an answer failed. Every line goes
// through the request's masker (log-masking.ts) first.
import { createLineMasker, maskedHeaders, secretsOf } from './log-masking.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

/** Receives each entry; by default the in-process faces log nothing. */
export type Log = (entry: LogEntry) => void;

export const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
const rank = { debug: 10, info: 20, warn: 30, error: 40, silent: 50 } as const;

export interface RequestLog {
  /** The request's one line: `GET /api/…?upload&access_token=*** 404 test key …`. */
  answered(status: number, decision: string): void;
  /** Detail at `debug`; a function is called only when `debug` is logged. */
  detail(message: string | (() => string)): void;
  /** Why the answer failed, at `error`. */
  failed(message: string): void;
}

/** The log of one request. The masker and the line are made for the first entry written: most requests log one line, many none. */
export function requestLog(
  log: Log | undefined,
  threshold: LogLevel,
  request: { method: string; target: string; url: URL | undefined; headers: Record<string, string> },
): RequestLog {
  let masked: { mask: (text: string) => string; line: string } | undefined;
  const emit = (level: LogEntry['level'], message: (line: string) => string) => {
    if (log === undefined || rank[level] < rank[threshold]) return;
    masked ??= { mask: createLineMasker(secretsOf(request.url, request.headers)), line: `${request.method} ${request.target}` };
    try {
      log({ level, message: masked.mask(message(masked.line)) });
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

/** A request's headers at `debug`, credentials masked by name. */
export const headersLine = (headers: Record<string, string>) => `headers ${maskedHeaders(headers)}`;
