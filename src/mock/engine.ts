// The one adapter over Prism's engine behind every face of the mock (the HTTP
// server, createMockFetch, the MSW handlers): it reads what a request asks
// for, pairs test keys with their examples, lets Prism validate and answer,
// then gives the answer the service's shape (SMH codes for malformed
// requests, one request ID in body and header) and logs one line.
import { STATUS_CODES } from 'node:http';
import { type BadRequestBody, readBadRequests, type SmhError } from './bad-request.js';
import { type Contract, loadContract } from './contract.js';
import { type MockLog, type MockLogLevel, logs, maskSecrets, prismLogger, safely } from './log.js';
import { readPreferences } from './preferences.js';
import { loadPrism, type PrismConfig, type PrismDiagnostic, type PrismEngine, type PrismHttp, type PrismMockConfig, type PrismOperation, type PrismProblem } from './prism.js';
import { readTestKeys, type TestKeys } from './test-keys.js';

export interface MockOptions {
  /** Generate bodies from the schemas instead of answering examples (`--dynamic`); `Prefer: dynamic=…` still wins. */
  dynamic?: boolean;
  /** Makes generated bodies repeatable (`--seed`). */
  seed?: string;
  /** Receives the log: one line per request, secrets masked. */
  log?: MockLog;
  /** `info` (the default): one line per request; `debug`: Prism's detail too; `warn`, `error`, `silent`: less. */
  logLevel?: MockLogLevel;
}

/** A request as every face hands it over. */
export interface MockRequest {
  method: string;
  url: URL;
  /** Names in lower case. */
  headers: Record<string, string>;
  body: string | null;
}

/** An answer as every face writes it. */
export interface MockAnswer {
  status: number;
  statusText: string;
  /** Names in lower case. */
  headers: Record<string, string>;
  body: string | null;
}

export type MockEngine = ((request: MockRequest) => Promise<MockAnswer>) & {
  /** Settles once Prism is loaded and the spec parsed; rejects, saying what to install, without Prism. */
  ready: Promise<void>;
};

interface Ready {
  prism: PrismHttp;
  engine: PrismEngine;
  config: PrismConfig;
  operations: PrismOperation[];
  testKeys: TestKeys;
  badRequest: BadRequestBody;
  /** A named example's value → its name, to log which one answered. */
  exampleNames: Map<unknown, string>;
}

export function createMockEngine(options: MockOptions = {}): MockEngine {
  const threshold = options.logLevel ?? 'info';
  const line = options.log && logs(threshold, 'info') ? options.log : undefined;
  const ready = prepare(loadContract(), options, threshold);
  ready.catch(() => {}); // reported by whoever awaits it, not as an unhandled rejection
  const engine = async (request: MockRequest) => {
    const { answer, decision } = await respond(request, await ready);
    if (line) safely(line, { level: 'info', message: `${request.method} ${maskSecrets(request.url.pathname + request.url.search)} ${answer.status} ${decision}` });
    return answer;
  };
  const loaded = ready.then(() => {});
  loaded.catch(() => {});
  return Object.assign(engine, { ready: loaded });
}

async function prepare(contract: Contract, options: MockOptions, threshold: MockLogLevel): Promise<Ready> {
  const prism = await loadPrism();
  // `prism mock`'s configuration: validation, security checks and response selection are its own.
  const config: PrismConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    upstreamProxy: undefined,
    isProxy: false,
    mock: { dynamic: options.dynamic ?? false, ignoreExamples: false, seed: options.seed ?? null },
  };
  const engine = prism.createInstance(config, { logger: prismLogger(options.log, threshold) });
  const operations = await prism.getHttpOperationsFromSpec(structuredClone(contract.document));
  const exampleNames = new Map<unknown, string>();
  for (const response of operations.flatMap((operation) => operation.responses)) {
    for (const example of (response.contents ?? []).flatMap((content) => content.examples ?? [])) exampleNames.set(example.value, example.key);
  }
  return { prism, engine, config, operations, testKeys: readTestKeys(contract), badRequest: readBadRequests(contract), exampleNames };
}

async function respond(request: MockRequest, ready: Ready): Promise<{ answer: MockAnswer; decision: string }> {
  const { headers, url } = request;
  const cors = corsHeaders(headers);
  // Prism's `--cors` (on by default) answers a preflight itself.
  if (request.method === 'OPTIONS' && headers.origin && headers['access-control-request-method']) {
    const preflight = { ...cors, 'access-control-allow-methods': headers['access-control-request-method'], vary: 'origin' };
    return { answer: { status: 204, statusText: STATUS_CODES[204]!, headers: preflight, body: null }, decision: 'CORS preflight' };
  }

  const asked = readPreferences(headers.prefer, url.searchParams);
  if (!asked.ok) return problem(request, ready, cors, { name: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY', message: 'Invalid request', status: 422, detail: asked.problem });
  const { preferences } = asked;
  const explicit = preferences.code !== undefined || preferences.exampleKey !== undefined;
  const paired = explicit ? undefined : ready.testKeys(url.pathname);
  // A fresh object per request: Prism's negotiator writes into it.
  const mock: PrismMockConfig = { ...ready.config.mock };
  if (preferences.code !== undefined) mock.code = preferences.code;
  if (preferences.exampleKey !== undefined) mock.exampleKey = preferences.exampleKey;
  if (preferences.dynamic !== undefined) mock.dynamic = preferences.dynamic;
  if (preferences.seed !== undefined) mock.seed = preferences.seed;
  if (paired) [mock.code, mock.exampleKey] = [paired.code, paired.exampleKey];

  const input = {
    method: request.method.toLowerCase(),
    url: { path: url.pathname, baseUrl: url.searchParams.get('__server') || undefined, query: queryRecord(url.searchParams) },
    headers,
    body: request.body,
  };
  const result = await ready.engine.request(input, ready.operations, { ...ready.config, mock })();
  if (result._tag === 'Left') return problem(request, ready, cors, result.left);

  const { output, validations } = result.right;
  const answerHeaders: Record<string, string> = { ...cors };
  for (const [name, value] of Object.entries(output.headers ?? {})) if (value !== undefined && value !== null) answerHeaders[name.toLowerCase()] = String(value);
  const violations = [...validations.input.map(located('request')), ...validations.output.map(located('response'))];
  if (violations.length > 0) answerHeaders['sl-violations'] = violationHeader(violations);

  let body = output.body;
  let decision = paired ? `test key ${paired.key}: example ${paired.exampleKey}` : explicit ? `asked for ${describe(preferences)}` : exampleName(ready, body);
  const refused = validations.input.filter((violation) => violation.severity === 0);
  if (refused.length > 0 && !explicit) {
    const error = ready.badRequest(refused);
    body = error;
    decision = `${error.code}: ${error.message}`;
  }
  if (output.statusCode >= 400 && isSmhError(body) && body.requestId !== undefined) answerHeaders['x-request-id'] = body.requestId;
  const status = output.statusCode;
  return { answer: { status, statusText: STATUS_CODES[status] ?? '', headers: answerHeaders, body: bodyText(request, status, body) }, decision };
}

function problem(request: MockRequest, ready: Ready, cors: Record<string, string>, error: PrismProblem): { answer: MockAnswer; decision: string } {
  const headers: Record<string, string> = { ...cors, 'content-type': 'application/problem+json' };
  for (const [name, value] of Object.entries(error.additional?.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const status = error.status || 500;
  return { answer: { status, statusText: STATUS_CODES[status] ?? '', headers, body: bodyText(request, status, ready.prism.ProblemJsonError.toProblemJson(error)) }, decision: `${error.message}${error.detail ? `: ${error.detail}` : ''}` };
}

// Examples are answered again and again: each is serialized once.
const serialized = new WeakMap<object, string>();

function bodyText(request: MockRequest, status: number, body: unknown): string | null {
  if (request.method === 'HEAD' || status === 204 || status === 304 || body === undefined || body === null) return null;
  if (typeof body === 'string') return body;
  if (typeof body !== 'object') return JSON.stringify(body);
  let text = serialized.get(body);
  if (text === undefined) serialized.set(body, (text = JSON.stringify(body)));
  return text;
}

function exampleName(ready: Ready, body: unknown): string {
  const name = ready.exampleNames.get(body);
  return name === undefined ? 'a body generated from the schema' : `example ${name}`;
}

function describe(preferences: object): string {
  return Object.entries(preferences)
    .map(([name, value]) => `${name === 'exampleKey' ? 'example' : name}=${value}`)
    .join(', ');
}

function isSmhError(body: unknown): body is SmhError {
  return typeof body === 'object' && body !== null && typeof (body as SmhError).code === 'string' && typeof (body as SmhError).requestId === 'string';
}

/** A key given once maps to its value, a repeated key to all of them, a bare key to ''. */
function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = query[key];
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}

function corsHeaders(request: Record<string, string>): Record<string, string> {
  return {
    'access-control-allow-origin': request.origin || '*',
    'access-control-allow-headers': request['access-control-request-headers'] || '*',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': request['access-control-expose-headers'] || '*',
  };
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

// Below the ~8 KB most clients accept in one header, as Prism cuts it.
const MAX_VIOLATION_HEADER = 8 * 1024 - 100;

function violationHeader(violations: Violation[]): string {
  const value = JSON.stringify(violations);
  return value.length > MAX_VIOLATION_HEADER ? `Too many violations! ${value.substring(0, MAX_VIOLATION_HEADER)}` : value;
}
