// The HTTP mock without the HTTP: `createMockFetch()` is a fetch-compatible
// function that puts each request to Prism's own engine (@stoplight/prism-http),
// configured as `prism mock` configures it, and writes the answer into a
// Response the way Prism's HTTP server (@stoplight/prism-http-server) writes it
// onto the wire. Same engine, same spec, same answers; no server and no port.
//
// Layout assumed: this module is one directory below the package root (src/mock.ts,
// or dist/mock.js once built) and the derived spec is the package's
// generated/openapi.mock.json.
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createRedactor, redactDeep } from './errors.js';

export interface MockFetchOptions {
  /** Generate bodies from the schemas instead of answering examples (`prism mock --dynamic`); `Prefer: dynamic=…` still wins. */
  dynamic?: boolean;
  /** Makes dynamic bodies repeatable (`prism mock --seed`). */
  seed?: string;
  /** Receives what `npm start` would print (info and above), with every access token removed. */
  log?: (entry: MockLogEntry) => void;
}

export interface MockLogEntry {
  /** pino's level label: `info`, `success`, `warn`, `error`, … */
  level: string;
  /** The part of Prism that speaks: `HTTP SERVER`, `NEGOTIATOR`, `VALIDATOR`. */
  name?: string;
  message: string;
}

/** Called like fetch; answers like `npm start`. */
export type MockFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function createMockFetch(options: MockFetchOptions = {}): MockFetch {
  const prism = loadPrism();
  // Only a log needs the tokens of the requests in flight; a thrown error finds its own.
  const tokens = options.log ? new InFlightTokens() : undefined;
  const logger = createLogger(prism.pino, options.log, tokens);
  // `prism mock`'s configuration (prism-cli's createPrismServerWithLogger), so
  // validation, security checks and response selection are the HTTP mock's.
  const config: PrismConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false, // `--errors` only turns a mocked response that breaks the spec into a 500; examples here do not
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: options.dynamic ?? false, ignoreExamples: false, seed: options.seed ?? null },
  };
  const engine = prism.http.createInstance(config, { logger });
  const context: AnswerContext = { prism, engine, config, logger, operations: loadOperations(prism, mockSpecPath()) };

  return async function mockFetch(input, init) {
    const token = tokens?.add(input);
    try {
      const request = new Request(input, init);
      return await untilAborted(request.signal, answer(request, context));
    } catch (error) {
      throw redactDeep(error, redactorFor(tokenIn(input)));
    } finally {
      if (token !== undefined) tokens!.remove(token);
    }
  };
}

// --- Prism, loaded from the consumer's install --------------------------------------------

interface PrismModules {
  http: {
    createInstance(config: PrismConfig, components: { logger: PinoLogger }): PrismEngine;
    getHttpOperationsFromSpec(spec: string): Promise<unknown[]>;
    ProblemJsonError: { toProblemJson(error: ProblemError): Record<string, unknown> };
  };
  getHttpConfigFromRequest(input: PrismRequest): Either<ProblemError, Record<string, unknown>>;
  serialize(payload: unknown, contentType: unknown): unknown;
  pino: PinoFactory;
}

let prismModules: PrismModules | undefined;

function loadPrism(): PrismModules {
  if (prismModules) return prismModules;
  const require = createRequire(import.meta.url);
  try {
    const httpPath = require.resolve('@stoplight/prism-http');
    // pino is prism-http's own dependency: ask for it from there, so it is the
    // logger Prism expects whatever the package manager's layout.
    const fromPrismHttp = createRequire(httpPath);
    prismModules = {
      http: require(httpPath),
      // The HTTP server's own Prefer parsing and body serialization, so both
      // mocks read `Prefer` and write bodies with the same code.
      getHttpConfigFromRequest: require('@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js').getHttpConfigFromRequest,
      serialize: require('@stoplight/prism-http-server/dist/serialize.js').serialize,
      pino: fromPrismHttp('pino'),
    };
  } catch (error) {
    throw new Error(
      'createMockFetch needs Prism: `npm install -D @stoplight/prism-http@~5.12.0 @stoplight/prism-http-server@~5.12.2` (or @stoplight/prism-cli@5.14.2, which brings both)',
      { cause: error },
    );
  }
  return prismModules;
}

function mockSpecPath(): string {
  const path = fileURLToPath(new URL('../generated/openapi.mock.json', import.meta.url));
  if (!existsSync(path)) throw new Error(`createMockFetch: the mock spec is missing (looked for ${path}); run \`npm run generate\``);
  return path;
}

/**
 * Parsed once per createMockFetch, with the function `prism mock` parses it with at
 * start. (The CLI then applies a spec's `x-json-schema-faker` options; the derived
 * spec sets none.)
 */
function loadOperations(prism: PrismModules, specPath: string): Promise<unknown[]> {
  const operations = (async () => {
    const parsed = await prism.http.getHttpOperationsFromSpec(specPath);
    if (parsed.length === 0) throw new Error('createMockFetch: no operations found in the mock spec');
    return parsed;
  })();
  operations.catch(() => {}); // reported by the first call, not as an unhandled rejection
  return operations;
}

// --- One request ------------------------------------------------------------------------

interface AnswerContext {
  prism: PrismModules;
  engine: PrismEngine;
  config: PrismConfig;
  logger: PinoLogger;
  operations: Promise<unknown[]>;
}

/** What prism-http-server's handler does between reading a request and writing the answer. */
async function answer(request: Request, context: AnswerContext): Promise<Response> {
  const { prism, engine, config, logger } = context;
  const reply = new Reply(request);
  setCorsHeaders(request.headers, reply.headers); // Prism's `--cors` is on by default
  if (request.method === 'OPTIONS' && request.headers.has('origin') && request.headers.has('access-control-request-method')) {
    reply.headers.set('access-control-allow-methods', request.headers.get('access-control-request-method')!);
    reply.headers.set('vary', 'origin');
    reply.headers.set('content-length', '0');
    return reply.send(204, null);
  }

  const body = await readBody(request);
  if (body instanceof InvalidJson) return reply.sendInvalidJson();
  const url = new URL(request.url);
  const input: PrismRequest = {
    method: request.method.toLowerCase(),
    url: { path: url.pathname, baseUrl: url.searchParams.get('__server') || undefined, query: queryRecord(url.searchParams) },
    headers: headerRecord(request.headers),
    body,
  };
  logger.info(`Request received: ${input.method} ${input.url.path}`);

  const preferences = prism.getHttpConfigFromRequest(input);
  const result =
    preferences._tag === 'Left'
      ? preferences
      : await engine.request(input, await context.operations, { ...config, mock: withDefined(config.mock, preferences.right) })();
  if (result._tag === 'Left') return reply.sendProblem(result.left, prism, logger);

  const { output, validations } = result.right;
  const violations = [...validations.input.map(located('request')), ...validations.output.map(located('response'))];
  if (violations.length > 0) setViolationHeader(reply.headers, violations);
  for (const violation of violations) {
    const level = violation.severity === 'Error' ? 'error' : violation.severity === 'Warning' ? 'warn' : 'info';
    logger[level]({ name: 'VALIDATOR' }, `Violation: ${violation.location.join('.')} ${violation.message}`);
  }
  try {
    for (const [name, value] of Object.entries(output.headers ?? {})) reply.setHeader(name, value);
    return reply.send(output.statusCode, prism.serialize(output.body, reply.headers.get('content-type') ?? undefined));
  } catch (error) {
    return reply.sendProblem(error as ProblemError, prism, logger);
  }
}

/** The response being written, as Node's ServerResponse collects it. */
class Reply {
  readonly headers = new Headers();
  constructor(private readonly request: Request) {}

  setHeader(name: string, value: unknown): void {
    if (value === undefined) throw new TypeError(`Invalid value "undefined" for header "${name}"`);
    if (Array.isArray(value)) {
      this.headers.delete(name);
      for (const item of value) this.headers.append(name, String(item));
    } else this.headers.set(name, String(value));
  }

  /** micri's send(): JSON for objects, text otherwise, and a Content-Length. */
  send(status: number, body: unknown): Response {
    let text: string | null = null;
    if (body !== null) {
      const json = typeof body === 'object' || typeof body === 'number' || typeof body === 'boolean';
      text = json ? JSON.stringify(body) : (body as string);
      if (!this.headers.has('content-type')) this.headers.set('content-type', json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
      this.headers.set('content-length', String(Buffer.byteLength(text))); // throws for a missing body, as micri's does
    }
    const empty = this.request.method === 'HEAD' || status === 204 || status === 205 || status === 304;
    const response = new Response(empty ? null : text, { status, statusText: STATUS_CODES[status] ?? '', headers: this.headers });
    // A fetched Response knows its URL; consumers may read it.
    Object.defineProperty(response, 'url', { value: this.request.url, configurable: true });
    return response;
  }

  /** prism-http-server's answer to an error: the problem as application/problem+json. */
  sendProblem(error: ProblemError, prism: PrismModules, logger: PinoLogger): Response {
    this.headers.set('content-type', 'application/problem+json');
    for (const [name, value] of Object.entries((error.additional?.headers as Record<string, unknown>) ?? {})) this.setHeader(name, value);
    logger.error(`Request terminated with error: ${error}`);
    return this.send(error.status || 500, JSON.stringify(prism.http.ProblemJsonError.toProblemJson(error)));
  }

  /** micri's answer to a JSON body it cannot parse, given before Prism sees the request. */
  sendInvalidJson(): Response {
    const accept = this.request.headers.get('accept') ?? '*/*';
    const wantsJson = acceptedType(accept) === '*/*' || accept === 'application/json';
    return this.send(400, wantsJson ? { error: { code: 'invalid_json', message: 'Invalid JSON' } } : 'Invalid JSON');
  }
}

// --- Request translation, as prism-http-server does it -------------------------------------

class InvalidJson {}

/** null without a body; parsed JSON for a JSON media type; text otherwise. */
async function readBody(request: Request): Promise<unknown> {
  if (request.body === null) return null;
  const text = await request.text();
  if (text === '') return null; // sent as `Content-Length: 0`, which the server reads as no body
  if (!isJsonType(request.headers.get('content-type'))) return text;
  try {
    return JSON.parse(text);
  } catch {
    return new InvalidJson();
  }
}

function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /^\s*application\/(?:[^\s;/]+\+)?json\s*(?:;|$)/i.test(contentType);
}

/** The media type of an Accept value that parses as one content type; anything else reads as `*\/*`. */
function acceptedType(accept: string): string {
  return /^\s*([\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+)\s*(?:;[^,]*)?$/.exec(accept)?.[1]?.toLowerCase() ?? '*/*';
}

/** A key given once maps to its value, a repeated key to all of them; a bare key to ''. */
function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of params.keys()) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => (record[name] = value));
  // fetch sends `Accept: */*` when none is given, and Prism negotiates on it.
  record.accept ??= '*/*';
  return record;
}

function setCorsHeaders(request: Headers, headers: Headers): void {
  headers.set('access-control-allow-origin', request.get('origin') || '*');
  headers.set('access-control-allow-headers', request.get('access-control-request-headers') || '*');
  headers.set('access-control-allow-credentials', 'true');
  headers.set('access-control-expose-headers', request.get('access-control-expose-headers') || '*');
}

/** Prefer's choices over the configured ones, as lodash's merge keeps a configured value over an undefined one. */
function withDefined(base: PrismConfig['mock'], preferred: Record<string, unknown>): PrismConfig['mock'] {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(preferred)) if (value !== undefined || !(key in merged)) merged[key] = value;
  return merged as PrismConfig['mock'];
}

interface Violation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

const severityNames = ['Error', 'Warning', 'Information', 'Hint'];

function located(prefix: string) {
  return (diagnostic: PrismDiagnostic): Violation => ({
    location: [prefix, ...(diagnostic.path ?? [])],
    severity: severityNames[diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  });
}

// Prism truncates the header below the ~8 KB most clients accept.
const maxViolationHeader = 8 * 1024 - 100;

function setViolationHeader(headers: Headers, violations: Violation[]): void {
  let value = JSON.stringify(violations);
  if (value.length > maxViolationHeader) value = `Too many violations! ${value.substring(0, maxViolationHeader)}`;
  headers.set('sl-violations', value);
}

// --- Abort, tokens and logs ------------------------------------------------------------------

/** Settles with the work, or rejects with the signal's reason (an AbortError by default), like fetch. */
function untilAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The access tokens of the requests being answered, so nothing logged or thrown meanwhile carries one. */
class InFlightTokens {
  private readonly counts = new Map<string, number>();

  /** The token spellings in the request's URL ('' when it has none). */
  add(input: string | URL | Request): string {
    const token = tokenIn(input);
    if (token) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
    return token;
  }

  remove(token: string): void {
    const count = this.counts.get(token);
    if (count === undefined) return;
    if (count > 1) this.counts.set(token, count - 1);
    else this.counts.delete(token);
  }

  redactor(): (text: string) => string {
    return redactorFor([...this.counts.keys()].join('\n'));
  }
}

/** Removes each spelling in `tokens` (one a line), in every form createRedactor knows. */
function redactorFor(tokens: string): (text: string) => string {
  const redactors = tokens ? tokens.split('\n').map(createRedactor) : [];
  return (text) => redactors.reduce((out, redact) => redact(out), text);
}

/** Every `access_token` value, as written and decoded, one a line; '' for none. */
function tokenIn(input: string | URL | Request): string {
  let url: string;
  try {
    url = input instanceof Request ? input.url : String(input);
  } catch {
    return ''; // not a URL fetch could send either
  }
  if (!url.includes('access_token')) return '';
  const spellings = new Set<string>();
  for (const match of url.matchAll(/[?&]access_token=([^&#]*)/g)) {
    const raw = match[1]!;
    spellings.add(raw);
    for (const decode of [(text: string) => decodeURIComponent(text), (text: string) => decodeURIComponent(text.replace(/\+/g, ' '))]) {
      try {
        spellings.add(decode(raw));
      } catch {
        // not percent-decodable: the raw spelling covers it
      }
    }
  }
  spellings.delete('');
  return [...spellings].join('\n');
}

const ansi = /\u001b\[[0-9;]*m/g;

/** A pino logger with Prism's custom `success` level: silent, or feeding `log` with tokens removed. */
function createLogger(pino: PinoFactory, log: MockFetchOptions['log'], tokens: InFlightTokens | undefined): PinoLogger {
  const options = { name: 'HTTP SERVER', base: {}, customLevels: { success: pino.levels.values.info! + 2 }, timestamp: false };
  if (!log || !tokens) return pino({ ...options, level: 'silent' }, { write() {} });
  let labels: Record<number, string> = {};
  const logger = pino(
    { ...options, level: 'info' },
    {
      write(line: string) {
        const { level, name, msg } = JSON.parse(line) as { level: number; name?: string; msg?: string };
        const message = tokens.redactor()(String(msg ?? '').replace(ansi, ''));
        try {
          log({ level: labels[level] ?? String(level), ...(name === undefined ? {} : { name }), message });
        } catch {
          // A failing log must not change the answer: Prism logs from inside its engine.
        }
      },
    },
  );
  labels = logger.levels.labels;
  return logger;
}

// --- The slices of Prism's types this module uses -------------------------------------------

type Either<L, R> = { _tag: 'Left'; left: L } | { _tag: 'Right'; right: R };

interface PrismConfig {
  validateRequest: boolean;
  validateResponse: boolean;
  checkSecurity: boolean;
  errors: false;
  upstreamProxy: undefined;
  isProxy: false;
  mock: { dynamic: boolean; ignoreExamples: boolean; seed: string | null };
}

interface PrismRequest {
  method: string;
  url: { path: string; baseUrl?: string; query: Record<string, string | string[]> };
  headers: Record<string, string>;
  body: unknown;
}

interface PrismDiagnostic {
  path?: string[];
  severity: number;
  code?: string | number;
  message: string;
}

interface PrismResult {
  output: { statusCode: number; headers?: Record<string, unknown>; body?: unknown };
  validations: { input: PrismDiagnostic[]; output: PrismDiagnostic[] };
}

interface PrismEngine {
  request(input: PrismRequest, operations: unknown[], config: PrismConfig): () => Promise<Either<ProblemError, PrismResult>>;
}

interface ProblemError {
  name: string;
  message: string;
  status?: number;
  detail?: string;
  additional?: Record<string, unknown>;
}

type LogMethod = (...args: unknown[]) => void;
type PinoLogger = Record<'info' | 'warn' | 'error', LogMethod> & { levels: { labels: Record<number, string> } };
type PinoFactory = ((options: object, destination: { write(line: string): void }) => PinoLogger) & { levels: { values: Record<string, number> } };
