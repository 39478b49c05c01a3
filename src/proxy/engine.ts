// The validation proxy's answers: the request goes to the upstream through
// askUpstream (upstream.ts), and Prism's engine (@stoplight/prism-http, an
// optional peer), configured as `prism proxy` configures it, judges the
// request and the answer against the canonical schemas
// (generated/openapi.proxy.json) for the operation the request names. The
// answer passes through unchanged, with every violation in the
// `sl-violations` header, as Prism's CLI sends it.
import { type Answer, corsHeaders, preflightAnswer, problem, type ServedRequest, violationHeader } from '../server/answers.js';
import { createLineMasker, secretsOf } from '../server/log-masking.js';
import { asReported, routeOf, violationsOf } from '../server/operations.js';
import { loadPrism, type Prism, type PrismDiagnostic } from '../server/prism.node.js';
import { headersLine, type Log, type LogLevel, type RequestLog, requestLog } from '../server/request-log.js';
import { readBounded, TOO_LARGE } from '../shared/bounded-read.js';
import { askUpstream, type UpstreamAnswer, UpstreamFailure } from './upstream.js';

export interface ProxyOptions {
  /** Where requests go: the real service, e.g. `https://api.tencentsmh.cn`. */
  upstream: string;
  /** Answer 500 instead of passing through an answer that breaks the contract (`prism proxy --errors`). */
  errors?: boolean;
  /** An upstream that has not answered, body and all, within this (default 30 s) gets a 504. */
  upstreamTimeoutMs?: number;
  /**
   * The most bytes of an upstream's answer the proxy reads (decoded);
   * past it, a 502. Default 8 MiB, the client's own limit: four times a task
   * of 10,000 parts written with indents.
   */
  maxUpstreamBodyBytes?: number;
  /** Receives the log: one line per request, secrets masked. */
  log?: Log;
  /** `info` (the default): one line per request; `debug`: headers and each violation too. */
  logLevel?: LogLevel;
}

/** A request body the proxy reads: the contract's bodies are small JSON objects. */
const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
/** Deeper JSON than this is no request of the contract's, and would overflow a validator's stack. */
const MAX_JSON_DEPTH = 64;
const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];

export type ProxyEngine = ((request: ServedRequest) => Promise<Answer>) & {
  /** Settles once Prism is loaded; rejects, saying what to install, without it. */
  ready: Promise<void>;
};

interface Answered {
  answer: Answer;
  decision: string;
}

/** The proxy's engine; Prism and the spec load once, when it is made. */
export function createProxyEngine(options: ProxyOptions): ProxyEngine {
  const upstream = new URL(options.upstream);
  const limits = { timeoutMs: options.upstreamTimeoutMs ?? 30_000, maxBodyBytes: options.maxUpstreamBodyBytes ?? 8 * 1024 * 1024 };
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
  // What each request's upstream answered, for its bytes to be passed on as they came.
  const answers = new WeakMap<object, UpstreamAnswer>();
  const prepared = loadPrism('openapi.proxy.json', config, 'the validation proxy', {
    // Prism's forwarder, replaced: askUpstream contacts the upstream alone and reads with a limit.
    forward:
      ({ data }: { data: PrismInput }) =>
      () =>
      async () => {
        try {
          const answer = await askUpstream(upstream, data.original, limits);
          answers.set(data, answer);
          return { _tag: 'Right', right: { statusCode: answer.status, headers: answer.headers, body: bodyForValidation(answer) } };
        } catch (error) {
          return { _tag: 'Left', left: error };
        }
      },
  });
  prepared.catch(() => {}); // reported by whoever awaits it

  const forward = async (request: ServedRequest, log: RequestLog): Promise<Answered> => {
    const prism = await prepared;
    const preflight = preflightAnswer(request);
    if (preflight) return { answer: preflight, decision: 'CORS preflight' };
    const route = routeOf(request.method, request.url);
    const refusal = await requestFault(request, 'refused' in route ? undefined : route.segments);
    if (refusal !== undefined)
      return { answer: problem(request, 400, 'BAD_REQUEST', 'Bad request', refusal), decision: `not forwarded: ${refusal}` };
    const body = await readBounded(request.body, MAX_REQUEST_BODY_BYTES);
    if (body === TOO_LARGE) {
      const detail = `a request body over ${MAX_REQUEST_BODY_BYTES} bytes is refused`;
      return { answer: problem(request, 413, 'PAYLOAD_TOO_LARGE', 'Request body too large', detail), decision: `not forwarded: ${detail}` };
    }
    const parsed = parseRequestBody(request, body);
    if (parsed === TOO_DEEP) {
      const detail = `a JSON request body nested deeper than ${MAX_JSON_DEPTH} levels is refused`;
      return { answer: problem(request, 400, 'BAD_REQUEST', 'Bad request', detail), decision: `not forwarded: ${detail}` };
    }
    const input: PrismInput = {
      method: request.method.toLowerCase(),
      url: { path: request.url.pathname, query: Object.fromEntries(new URLSearchParams(request.url.search)) },
      headers: request.headers,
      body: parsed,
      original: {
        method: request.method,
        target: request.url.pathname + request.url.search,
        headers: request.headers,
        body: body.byteLength === 0 ? null : body,
      },
    };
    // Prism routes by path and method alone: it is given the one operation the request names (by its flag too), or none.
    const operations = 'refused' in route ? [] : prism.operations.filter((operation) => operation.iid === route.operation.id);
    const result = await prism.request(input, operations, config);
    if (result._tag === 'Left') return failed(request, result.left, prism);
    const upstreamAnswer = answers.get(input)!;
    const { output, validations } = result.right;
    // The flag that selects the operation is optional in the proxy's spec (Prism drops empty query values); its absence is judged here.
    const missingFlag =
      'refused' in route || route.operation.flag === null
        ? []
        : violationsOf(route.operation, route.segments, request.url.searchParams).filter(
            (violation) => violation.name === route.operation.flag,
          );
    const violations = [
      ...missingFlag.map(asReported),
      ...validations.input.map(located('request')),
      ...validations.output.map(located('response')),
    ];
    for (const violation of violations) log.detail(`${violation.location.join('.')} ${violation.message}`);
    const headers: Record<string, string> = { ...corsHeaders(request.headers), ...upstreamAnswer.headers };
    if (violations.length > 0) headers['sl-violations'] = violationHeader(violations);
    const counted = `${violations.length} violation${violations.length === 1 ? '' : 's'}`;
    const redirect =
      upstreamAnswer.headers.location === undefined
        ? ''
        : `, a redirect to ${originOf(upstreamAnswer.headers.location, upstream)} (not followed)`;
    const errors = violations.filter((violation) => violation.location[0] === 'response' && violation.severity === 'Error');
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
        decision: `upstream ${output.statusCode}${redirect}, ${counted}: refused`,
      };
    }
    const passedBody = request.method === 'HEAD' || [204, 205, 304].includes(upstreamAnswer.status) ? null : upstreamAnswer.bytes;
    return {
      answer: { status: upstreamAnswer.status, headers, body: passedBody },
      decision: `upstream ${output.statusCode}${redirect}, ${counted}`,
    };
  };

  const engine = async (request: ServedRequest) => {
    const target = request.url.pathname + request.url.search;
    const log = requestLog(options.log, options.logLevel ?? 'info', {
      method: request.method,
      target,
      url: request.url,
      headers: request.headers,
    });
    log.detail(() => headersLine(request.headers));
    const { answer, decision } = await forward(request, log);
    log.answered(answer.status, decision);
    return answer;
  };
  return Object.assign(engine, { ready: prepared.then(() => {}) });
}

/** A request as Prism's engine takes it, with what askUpstream sends. */
interface PrismInput {
  method: string;
  url: { path: string; query: Record<string, string> };
  headers: Record<string, string>;
  body: unknown;
  original: { method: string; target: string; headers: Record<string, string>; body: Uint8Array | null };
}

/** What the request gets when Prism or the upstream gave no answer to pass on: a 502 or 504 naming why, never the token. */
function failed(
  request: ServedRequest,
  error: { name?: string; message: string; status?: number; additional?: { headers?: Record<string, string> } },
  prism: Prism,
): Answered {
  const mask = createLineMasker(secretsOf(request.url, request.headers));
  if (error instanceof UpstreamFailure) {
    const detail = mask(error.message);
    return {
      answer: problem(
        request,
        error.status,
        error.status === 504 ? 'UPSTREAM_TIMEOUT' : 'BAD_GATEWAY',
        error.status === 504 ? 'Gateway timeout' : 'Bad gateway',
        detail,
      ),
      decision: detail,
    };
  }
  const body = mask(JSON.stringify(prism.problemJson(error)));
  const headers = { ...corsHeaders(request.headers), 'content-type': 'application/problem+json', ...error.additional?.headers };
  return { answer: { status: error.status || 500, headers, body }, decision: `not forwarded: ${mask(error.message)}` };
}

/** What is wrong with the request itself, if anything: a path parameter whose percent-escapes do not decode (Prism's engine throws on one). */
async function requestFault(request: ServedRequest, segments: Record<string, string> | undefined): Promise<string | undefined> {
  const decodes = (text: string) => {
    try {
      decodeURIComponent(text);
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(request.url.pathname)) return undefined;
  const name = Object.keys(segments ?? {}).find((key) => !decodes(segments![key]!)) ?? 'the path';
  return `${name} is not valid percent-encoding (a % must start an escape of UTF-8 bytes)`;
}

const TOO_DEEP = Symbol('too deep');

/** The request body as Prism's CLI reads it: JSON for a JSON type, text otherwise, none when empty; TOO_DEEP past MAX_JSON_DEPTH. */
function parseRequestBody(request: ServedRequest, body: Uint8Array): unknown {
  if (body.byteLength === 0) return null;
  const text = new TextDecoder().decode(body);
  if (!/^application\/(.+\+)?json\b/i.test(request.headers['content-type'] ?? '')) return text;
  if (depthOf(text) > MAX_JSON_DEPTH) return TOO_DEEP;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** How deep brackets nest in JSON text, outside strings: one pass. */
function depthOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

/** The upstream's body as Prism's validator reads it: JSON for a JSON type (text when it is not valid JSON: a violation), text otherwise. */
function bodyForValidation(answer: UpstreamAnswer): unknown {
  if (answer.bytes.byteLength === 0) return undefined;
  const text = new TextDecoder().decode(answer.bytes);
  if (!/^application\/(.+\+)?json\b/i.test(answer.headers['content-type'] ?? '') || depthOf(text) > MAX_JSON_DEPTH) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Where a redirect points, as an origin (its path may carry a secret). */
function originOf(location: string, base: URL): string {
  return URL.canParse(location, base) ? new URL(location, base).origin : 'an address that is no URL';
}

function located(prefix: string) {
  return (diagnostic: PrismDiagnostic) => ({
    location: [prefix, ...(diagnostic.path ?? [])],
    severity: SEVERITY[diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  });
}
