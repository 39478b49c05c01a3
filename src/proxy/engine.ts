// The validation proxy's answers: Prism's engine (@stoplight/prism-http,
// an optional peer) configured as `prism proxy` configures it, forwarding
// each request to the upstream and judging the answer against the canonical
// spec (generated/openapi.proxy.json). The answer passes through unchanged,
// with every violation in the `sl-violations` header, as Prism's CLI sends it.
import { readFile } from 'node:fs/promises';
import { corsHeaders, type MockAnswer, preflightAnswer, problem, routeOf, violationHeader } from '../mock/engine.js';
import type { HttpRequest } from '../mock/http.js';
import { type MockLog, type MockLogLevel, maskedHeaders, type RequestLog, requestLog } from '../mock/log.js';
import { queryRecord } from '../mock/parameters.js';
import { PRISM_HTTP_RANGE } from '../mock/prism.node.js';
import { createRedactor, secretsOf } from '../secrets.js';

export interface ProxyOptions {
  /** Where requests go: the real service, e.g. `https://api.tencentsmh.cn`. */
  upstream: string;
  /** Answer 500 instead of passing through an answer that breaks the contract (`prism proxy --errors`). */
  errors?: boolean;
  /** An upstream that has not answered within this (default 30 s) gets a 504; Prism's own forwarding has no deadline. */
  upstreamTimeoutMs?: number;
  /** Receives the log: one line per request, secrets masked. */
  log?: MockLog;
  /** `info` (the default): one line per request; `debug`: headers and each violation too. */
  logLevel?: MockLogLevel;
}

interface Diagnostic {
  path?: string[];
  severity: number;
  code?: string | number;
  message: string;
}

interface PrismHttp {
  createInstance(
    config: object,
    components: { logger: object },
  ): {
    request(input: object, operations: unknown[], config: object): () => Promise<Either>;
  };
  getHttpOperationsFromSpec(spec: object): Promise<unknown[]>;
  ProblemJsonError: { toProblemJson(error: object): object };
}

type Either =
  | {
      _tag: 'Left';
      left: { name: string; message: string; status?: number; detail?: string; additional?: { headers?: Record<string, string> } };
    }
  | {
      _tag: 'Right';
      right: {
        output: { statusCode: number; headers?: Record<string, string>; body?: unknown };
        validations: { input: Diagnostic[]; output: Diagnostic[] };
      };
    };

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];
// Set again for the body as the proxy writes it.
const REWRITTEN = new Set(['content-length', 'transfer-encoding', 'content-encoding', 'connection', 'keep-alive']);

export type ProxyEngine = ((request: HttpRequest) => Promise<MockAnswer>) & {
  /** Settles once Prism is loaded; rejects, saying what to install, without it. */
  ready: Promise<void>;
};

/** The proxy's engine; Prism and the spec load once, when it is made. */
export function createProxyEngine(options: ProxyOptions): ProxyEngine {
  const upstream = new URL(options.upstream);
  const config = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: options.errors ?? false,
    upstreamProxy: undefined,
    isProxy: true,
    upstream,
    mock: { dynamic: false },
  };
  const prepared = prepare(config);
  prepared.catch(() => {}); // reported by whoever awaits it
  const forward = async (request: HttpRequest, log: RequestLog): Promise<{ answer: MockAnswer; decision: string }> => {
    const { prism, instance, operations } = await prepared;
    const preflight = preflightAnswer(request);
    if (preflight) return { answer: preflight, decision: 'CORS preflight' };
    // Prism's engine throws on a malformed escape: the request's fault, said here instead.
    const malformed = malformedEscape(request.url.pathname);
    if (malformed !== undefined) {
      const detail = `${malformed} is not valid percent-encoding (a % must start an escape of UTF-8 bytes)`;
      return { answer: problem(request, 400, 'BAD_REQUEST', 'Bad request', detail), decision: `not forwarded: ${detail}` };
    }
    const input = {
      method: request.method.toLowerCase(),
      url: { path: request.url.pathname, query: Object.fromEntries(queryRecord(request.url.searchParams)) },
      headers: request.headers,
      body: bodyOf(request),
    };
    const timeoutMs = options.upstreamTimeoutMs ?? 30_000;
    const result = await withDeadline(instance.request(input, operations, config)(), timeoutMs);
    if (result === undefined) {
      const detail = `the upstream did not answer within ${timeoutMs} ms`;
      return { answer: problem(request, 504, 'UPSTREAM_TIMEOUT', 'Gateway timeout', detail), decision: detail };
    }
    if (result._tag === 'Left') {
      const { left } = result;
      const status = left.status || 500;
      // Prism names the upstream URL, token and all, when it cannot reach it.
      const redact = createRedactor(secretsOf(request.url, request.headers), '***');
      const body = redact(JSON.stringify(prism.ProblemJsonError.toProblemJson(left)));
      const headers = { ...corsHeaders(request.headers), 'content-type': 'application/problem+json', ...left.additional?.headers };
      return { answer: { status, headers, body }, decision: `not forwarded: ${redact(left.message)}` };
    }
    const { output, validations } = result.right;
    const violations = [...validations.input.map(located('request')), ...validations.output.map(located('response'))];
    for (const violation of violations) log.detail(`${violation.location.join('.')} ${violation.message}`);
    const headers: Record<string, string> = corsHeaders(request.headers);
    for (const [name, value] of Object.entries(output.headers ?? {}))
      if (!REWRITTEN.has(name.toLowerCase())) headers[name.toLowerCase()] = String(value);
    if (violations.length > 0) headers['sl-violations'] = violationHeader(violations);
    const errors = violations.filter((violation) => violation.location[0] === 'response' && violation.severity === 'Error');
    const counted = `${violations.length} violation${violations.length === 1 ? '' : 's'}`;
    if (config.errors && errors.length > 0) {
      const refused = problem(
        request,
        500,
        'VIOLATIONS',
        'Request/Response not valid',
        'the answer breaks the contract and --errors is set',
      );
      return {
        answer: { ...refused, headers: { ...refused.headers, 'sl-violations': headers['sl-violations']! } },
        decision: `upstream ${output.statusCode}, ${counted}: refused`,
      };
    }
    return {
      answer: { status: output.statusCode, headers, body: serialized(output.body, headers['content-type']) },
      decision: `upstream ${output.statusCode}, ${counted}`,
    };
  };
  const engine = async (request: HttpRequest) => {
    const target = request.url.pathname + request.url.search;
    const log = requestLog(options.log, options.logLevel ?? 'info', request.method, target, secretsOf(request.url, request.headers));
    log.detail(() => `headers ${maskedHeaders(request.headers)}`);
    const { answer, decision } = await forward(request, log);
    log.answered(answer.status, decision);
    return answer;
  };
  return Object.assign(engine, { ready: prepared.then(() => {}) });
}

async function prepare(config: object) {
  let prism: PrismHttp;
  try {
    const module = (await import('@stoplight/prism-http')) as unknown as PrismHttp & { default?: PrismHttp };
    prism = module.default ?? module;
  } catch (error) {
    throw new Error(`the validation proxy needs Prism's engine: npm install -D @stoplight/prism-http@${PRISM_HTTP_RANGE}`, {
      cause: error,
    });
  }
  const spec = JSON.parse(await readFile(new URL('../../generated/openapi.proxy.json', import.meta.url), 'utf8'));
  const noop = () => {};
  // Prism logs through a pino-shaped logger; the proxy logs its own line per request instead.
  const logger: Record<string, unknown> = { trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
  logger.child = () => logger;
  return { prism, instance: prism.createInstance(config, { logger }), operations: await prism.getHttpOperationsFromSpec(spec) };
}

/** The work's result, or undefined once `ms` have passed without one. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The path parameter (or `the path`) whose percent-escapes do not decode, if any. */
function malformedEscape(pathname: string): string | undefined {
  const decodes = (text: string) => {
    try {
      decodeURIComponent(text);
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(pathname)) return undefined;
  const segments = routeOf(pathname) ?? {};
  return Object.keys(segments).find((name) => !decodes(segments[name]!)) ?? 'the path';
}

/** The request body as Prism's CLI reads it: JSON for a JSON type, text otherwise, none when empty. */
function bodyOf(request: HttpRequest): unknown {
  if (request.body === null) return null;
  const text = request.body.toString('utf8');
  if (!/^application\/(.+\+)?json\b/i.test(request.headers['content-type'] ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The body as Prism's CLI writes it: JSON types serialized, text as it came. */
function serialized(body: unknown, contentType: string | undefined): string | null {
  if (body === undefined || body === null) return body === null && /json/i.test(contentType ?? '') ? 'null' : null;
  if (typeof body === 'string' && !/json/i.test(contentType ?? '')) return body;
  return JSON.stringify(body);
}

function located(prefix: string) {
  return (diagnostic: Diagnostic) => ({
    location: [prefix, ...(diagnostic.path ?? [])],
    severity: SEVERITY[diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  });
}
