// The one engine behind every face of the mock (the HTTP server,
// createMockFetch, the MSW handlers, in Node or a browser). It answers from
// the contract compiled at generate time (generated/mock-contract.js):
// routing, the spec's parameter rules, test keys, Prism's `Prefer`
// conventions, one request ID in body and header, one log line per request.
// Prism's engine is loaded only for bodies generated from the schemas
// (`dynamic`), which no example can answer.
import { examples, uploadTaskPath } from '../../generated/mock-contract.js';
import { createRedactor, secretsOf } from '../secrets.js';
import { bodyOf, type Choice, defaultChoice, preferredChoice, testKeyChoice } from './examples.js';
import { type MockLog, type MockLogLevel, maskedHeaders, type RequestLog, requestLog } from './log.js';
import { asReported, badRequestBody, type PathSegments, violationsOf } from './parameters.js';
import { readPreferences } from './preferences.js';

export interface MockOptions {
  /** Generate bodies from the schemas instead of answering examples (`--dynamic`; needs Prism's engine, in Node); `Prefer: dynamic=…` still wins. */
  dynamic?: boolean;
  /** Makes generated bodies repeatable (`--seed`). */
  seed?: string;
  /** Receives the log; without it the in-process faces log nothing. */
  log?: MockLog;
  /** `info` (the default): one line per request; `debug`: headers and broken rules too; `warn`, `error`, `silent`: less. */
  logLevel?: MockLogLevel;
}

/** A request as every face hands it over. */
export interface MockRequest {
  method: string;
  url: URL;
  /** Names in lower case. */
  headers: Record<string, string>;
}

/** An answer as every face writes it. */
export interface MockAnswer {
  status: number;
  /** Names in lower case. */
  headers: Record<string, string>;
  body: string | null;
}

export type MockEngine = (request: MockRequest) => Promise<MockAnswer>;

const PROBLEM_TYPE = 'https://stoplight.io/prism/errors#';
// `/api/v1/file/` and the names of the segments after it.
export const pathPrefix = uploadTaskPath.slice(0, uploadTaskPath.indexOf('{'));
const pathParameters = [...uploadTaskPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
if (`${pathPrefix}${pathParameters.map((name) => `{${name}}`).join('/')}` !== uploadTaskPath)
  throw new Error(`the mocks route paths of the form /prefix/{a}/{b}, not ${uploadTaskPath}`);

export function createMockEngine(options: MockOptions = {}): MockEngine {
  const threshold = options.logLevel ?? 'info';
  return async (request) => {
    const target = request.url.pathname + request.url.search;
    const log = requestLog(options.log, threshold, request.method, target, secretsOf(request.url, request.headers));
    log.detail(() => `headers ${maskedHeaders(request.headers)}`);
    try {
      const { answer, decision } = await respond(request, options, log);
      log.answered(answer.status, decision);
      return answer;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.failed(reason);
      log.answered(500, 'the mock failed');
      const redact = createRedactor(secretsOf(request.url, request.headers), '***');
      return problem(request, 500, 'UNKNOWN', 'The mock failed to answer', redact(`the mock failed: ${reason}`));
    }
  };
}

interface Answered {
  answer: MockAnswer;
  decision: string;
}

async function respond(request: MockRequest, options: MockOptions, log: RequestLog): Promise<Answered> {
  const { url, headers, method } = request;
  const preflight = preflightAnswer(request);
  if (preflight) return { answer: preflight, decision: 'CORS preflight' };
  const segments = routeOf(url.pathname);
  if (segments === undefined) {
    return refused(
      request,
      404,
      'NO_PATH_MATCHED_ERROR',
      'Route not resolved, no path matched',
      `The route ${url.pathname} hasn't been found in the specification file`,
    );
  }
  if (method !== 'GET') {
    return refused(
      request,
      405,
      'NO_METHOD_MATCHED_ERROR',
      'Route resolved, but no method matched',
      `The route ${url.pathname} has been matched, but it does not have "${method.toLowerCase()}" method defined`,
    );
  }
  const asked = readPreferences(headers.prefer, url.searchParams);
  if (!asked.ok) return refused(request, 422, 'UNPROCESSABLE_ENTITY', 'Invalid request', asked.problem);
  const { preferences } = asked;

  // A request that breaks a rule gets the service's 400, whatever it prefers.
  const violations = violationsOf(segments, url.searchParams);
  if (violations.length > 0) {
    for (const violation of violations) log.detail(`${violation.name} ${violation.rule}`);
    const error = badRequestBody(violations);
    const answer = json(request, 400, error, { 'sl-violations': violationHeader(violations.map(asReported)) });
    return { answer, decision: `${error.code}: ${error.message}` };
  }

  let choice: Choice;
  let decision: string;
  if (preferences.code !== undefined || preferences.example !== undefined) {
    const chosen = preferredChoice(preferences.code, preferences.example);
    if (!chosen.ok)
      return refused(request, chosen.status, chosen.status === 404 ? 'NOT_FOUND' : 'UNPROCESSABLE_ENTITY', chosen.title, chosen.detail);
    choice = chosen.choice;
    decision = `asked for ${[preferences.code && `code=${preferences.code}`, preferences.example && `example=${preferences.example}`].filter(Boolean).join(', ')}: example ${choice.name}`;
  } else {
    const key = decoded(segments.ConfirmKey);
    const paired = testKeyChoice(key);
    choice = paired ?? defaultChoice();
    decision = paired ? `test key ${key}: example ${choice.name}` : `example ${choice.name}`;
  }

  if (preferences.dynamic ?? options.dynamic ?? false) {
    const { dynamicAnswer } = await import('#prism');
    const generated = await dynamicAnswer(examples[choice.name]!.response, preferences.seed ?? options.seed);
    const extra: Record<string, string> = generated.violations.length > 0 ? { 'sl-violations': violationHeader(generated.violations) } : {};
    return { answer: json(request, choice.status, generated.body, extra), decision: `a ${choice.status} body generated from the schema` };
  }
  return { answer: json(request, choice.status, bodyOf(choice.name, Date.now())), decision };
}

/** The path parameters' raw segments, if the path is the operation's. */
export function routeOf(pathname: string): PathSegments | undefined {
  if (!pathname.startsWith(pathPrefix)) return undefined;
  const values = pathname.slice(pathPrefix.length).split('/');
  if (values.length !== pathParameters.length || values.some((value) => value === '')) return undefined;
  return Object.fromEntries(pathParameters.map((name, index) => [name, values[index]!]));
}

function decoded(segment: string | undefined): string | undefined {
  try {
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function json(request: MockRequest, status: number, body: unknown, extra: Record<string, string> = {}): MockAnswer {
  const headers: Record<string, string> = { ...corsHeaders(request.headers), 'content-type': 'application/json', ...extra };
  // The service sends an error's request ID in the body and in the header.
  const requestId = status >= 400 && typeof body === 'object' && body !== null ? (body as { requestId?: unknown }).requestId : undefined;
  if (typeof requestId === 'string') headers['x-request-id'] = requestId;
  return { status, headers, body: request.method === 'HEAD' ? null : serialized(body) };
}

/** An answer in Prism's problem+json shape, for a request the mock cannot answer as the service would. */
export function problem(request: MockRequest, status: number, type: string, title: string, detail: string): MockAnswer {
  const body = JSON.stringify({ type: `${PROBLEM_TYPE}${type}`, title, status, detail });
  return {
    status,
    headers: { ...corsHeaders(request.headers), 'content-type': 'application/problem+json' },
    body: request.method === 'HEAD' ? null : body,
  };
}

function refused(request: MockRequest, status: number, type: string, title: string, detail: string): Answered {
  return { answer: problem(request, status, type, title, detail), decision: `${title}: ${detail}` };
}

// Examples are answered again and again: each is serialized once.
const texts = new WeakMap<object, string>();

function serialized(body: unknown): string {
  if (typeof body !== 'object' || body === null) return JSON.stringify(body);
  let text = texts.get(body);
  if (text === undefined) {
    text = JSON.stringify(body);
    texts.set(body, text);
  }
  return text;
}

/** Prism's `--cors` (on by default) answers a preflight itself: the origin and method asked for are allowed. */
export function preflightAnswer({ method, headers }: MockRequest): MockAnswer | undefined {
  if (method !== 'OPTIONS' || !headers.origin || !headers['access-control-request-method']) return undefined;
  const allowed = { ...corsHeaders(headers), 'access-control-allow-methods': headers['access-control-request-method'], vary: 'origin' };
  return { status: 204, headers: allowed, body: null };
}

export function corsHeaders(request: Record<string, string>): Record<string, string> {
  return {
    'access-control-allow-origin': request.origin || '*',
    'access-control-allow-headers': request['access-control-request-headers'] || '*',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': request['access-control-expose-headers'] || '*',
  };
}

// Below the ~8 KB most clients accept in one header, as Prism cuts it.
const MAX_VIOLATION_HEADER = 8 * 1024 - 100;

/** Violations as Prism's `sl-violations` header carries them. */
export function violationHeader(violations: object[]): string {
  const value = JSON.stringify(violations);
  return value.length > MAX_VIOLATION_HEADER ? `Too many violations! ${value.substring(0, MAX_VIOLATION_HEADER)}` : value;
}
