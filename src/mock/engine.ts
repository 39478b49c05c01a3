// The one engine behind every face of the mock (the HTTP server,
// createMockFetch, the MSW handlers, in Node or a browser). It answers from
// the operations compiled at generate time (generated/operations.js):
// routing by method, path and flag, the spec's parameter rules, Prism's
// `Prefer` conventions, test keys, a request ID of its own for every answer,
// one log line per request. Prism's engine is loaded only for bodies
// generated from the schemas (`dynamic`), which no example can answer.
import { type Answer, corsHeaders, DROP, preflightAnswer, problem, type ServedRequest, violationHeader } from '../server/answers.js';
import { createLineMasker, secretsOf } from '../server/log-masking.js';
import { asReported, type ContractOperation, operations, routeOf, violationsOf } from '../server/operations.js';
import { headersLine, type Log, type LogLevel, type RequestLog, requestLog } from '../server/request-log.js';
import { dynamicAnswer, ensurePrismInstalled } from './dynamic.js';
import { bodyOf, type Choice, defaultChoice, preferredChoice, testKeyChoice } from './examples.js';
import { badRequestBody } from './parameters.js';
import { readPreferences } from './preferences.js';
import { CONTROL_PREFIX, createSimulator, routesOf, type Simulator, type SimulatorRoutes } from './simulator/simulator.js';
import { STORAGE_PREFIX } from './simulator/views.js';
import { newRequestId, smhAnswer } from './smh-answers.js';

export interface MockOptions {
  /** The simulator whose tasks the mock answers from; share one between faces to share their state. A new one by default. */
  simulator?: Simulator;
  /** Generate bodies from the schemas instead of answering examples (`--dynamic`; needs Prism's engine, in Node); `Prefer: dynamic=…` still wins. */
  dynamic?: boolean;
  /** Makes generated bodies repeatable (`--seed`). */
  seed?: string;
  /** Receives the log; without it the in-process faces log nothing. */
  log?: Log;
  /** `info` (the default): one line per request; `debug`: headers and broken rules too; `warn`, `error`, `silent`: less. */
  logLevel?: LogLevel;
}

export type MockEngine = (request: ServedRequest) => Promise<Answer>;

/** The host part credentials send the bytes to, in process: a reserved name no request leaves the machine for. */
export const IN_PROCESS_STORAGE_HOST = 'storage.smh-mock.test';

/** The service's own answers to a request that names no call: 404 RouteNotFound, 400 ParamInvalid, as the spec documents them. */
const documented = (name: string) => {
  const found = operations.flatMap((operation) => Object.entries(operation.examples)).find(([example]) => example === name)?.[1].value;
  if (found === undefined) throw new Error(`the contract documents no ${name} example`);
  return found as object;
};
const routeNotFound = documented('RouteNotFound');
const paramInvalid = documented('ParamInvalid');

interface Answered {
  answer: Answer;
  decision: string;
}

/**
 * The engine. With `dynamic`, Prism's engine must be installed: without it
 * this throws, naming what to install, rather than failing every request.
 */
export function createMockEngine(
  options: MockOptions = {},
  storageHost: (request: ServedRequest) => string = () => IN_PROCESS_STORAGE_HOST,
): MockEngine {
  if (options.dynamic) ensurePrismInstalled();
  const threshold = options.logLevel ?? 'info';
  const simulator = routesOf(options.simulator ?? createSimulator());
  return async (request) => {
    const target = request.url.pathname + request.url.search;
    const log = requestLog(options.log, threshold, { method: request.method, target, url: request.url, headers: request.headers });
    log.detail(() => headersLine(request.headers));
    try {
      const { answer, decision } = await respond(request, options, log, simulator, storageHost);
      log.answered(answer.status, decision);
      return stamped(request, answer);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.failed(reason);
      log.answered(500, 'the mock failed');
      const mask = createLineMasker(secretsOf(request.url, request.headers));
      return stamped(request, problem(request, 500, 'UNKNOWN', 'The mock failed to answer', mask(`the mock failed: ${reason}`)));
    }
  };
}

/** Every answer carries a request ID and the CORS headers, whichever part answered (the simulator's routes, a problem). */
function stamped(request: ServedRequest, answer: Answer): Answer {
  if (answer === DROP) return answer;
  return { ...answer, headers: { ...corsHeaders(request.headers), 'x-request-id': newRequestId(), ...answer.headers } };
}

async function respond(
  request: ServedRequest,
  options: MockOptions,
  log: RequestLog,
  simulator: SimulatorRoutes,
  storageHost: (request: ServedRequest) => string,
): Promise<Answered> {
  const { url, headers, method } = request;
  const preflight = preflightAnswer(request);
  if (preflight) return { answer: preflight, decision: 'CORS preflight' };
  if (url.pathname.startsWith(CONTROL_PREFIX)) return decided(await simulator.answerControl(request), "the simulator's own route");
  if (url.pathname.startsWith(STORAGE_PREFIX)) return decided(await simulator.answerStorage(request), 'object storage');
  const route = routeOf(method, url);
  if ('refused' in route) {
    // A path no operation has is what the service answers with its own 404 (an id `..`, collapsed by a URL parser, leads to one).
    if (route.refused === 404) return { answer: smhAnswer(request, 404, routeNotFound), decision: `RouteNotFound: ${route.detail}` };
    if (route.refused === 400)
      return { answer: smhAnswer(request, 400, { ...paramInvalid, message: route.detail }), decision: `ParamInvalid: ${route.detail}` };
    return refused(request, 405, 'NO_METHOD_MATCHED_ERROR', 'Route resolved, but no method matched', route.detail);
  }
  const { operation, segments } = route;
  const asked = readPreferences(headers.prefer, url.searchParams);
  if (!asked.ok) return refused(request, 422, 'UNPROCESSABLE_ENTITY', 'Invalid request', asked.problem);
  const { preferences } = asked;

  // A request that breaks a rule gets the service's 400, whatever it prefers.
  const violations = violationsOf(operation, segments, url.searchParams);
  if (violations.length > 0) {
    for (const violation of violations) log.detail(`${violation.name} ${violation.rule}`);
    const error = badRequestBody(operation, violations);
    const answer = smhAnswer(request, 400, error, { 'sl-violations': violationHeader(violations.map(asReported)) });
    return { answer, decision: `${error.code}: ${error.message}` };
  }

  let choice: Choice | undefined;
  let decision: string;
  const key = operation.testKeyParameter === null ? undefined : decoded(segments[operation.testKeyParameter]);
  const paired = testKeyChoice(operation, key);
  if (preferences.code !== undefined || preferences.example !== undefined) {
    const chosen = preferredChoice(operation, preferences.code, preferences.example);
    if (!chosen.ok)
      return refused(request, chosen.status, chosen.status === 404 ? 'NOT_FOUND' : 'UNPROCESSABLE_ENTITY', chosen.title, chosen.detail);
    choice = chosen.choice;
    const named = [preferences.code && `code=${preferences.code}`, preferences.example && `example=${preferences.example}`].filter(Boolean);
    decision = `asked for ${named.join(', ')}: example ${choice.name}`;
  } else if (paired !== undefined) {
    choice = paired;
    decision = `test key ${key}: example ${paired.name}`;
  } else if (!(preferences.dynamic ?? options.dynamic ?? false)) {
    // No example named: the simulator answers, from its tasks.
    const simulated = await simulator.answerCall(operation, request, decodedAll(segments), storageHost(request));
    if (simulated !== undefined) return decided(simulated, 'simulated');
    choice = defaultChoice(operation);
    decision = `example ${choice?.name}`;
  } else {
    choice = defaultChoice(operation);
    decision = `example ${choice?.name}`;
  }
  if (choice === undefined)
    return refused(request, 501, 'NOT_IMPLEMENTED', 'No example to answer', `${operation.id} documents no example to answer with`);

  if (preferences.dynamic ?? options.dynamic ?? false) {
    const generated = await dynamicAnswer(operation, operation.examples[choice.name]!.response, preferences.seed ?? options.seed);
    if (generated === undefined)
      return refused(
        request,
        501,
        'NOT_IMPLEMENTED',
        'Prism is not installed',
        "bodies generated from the schemas (dynamic) need Prism's engine, which this mock cannot load",
      );
    const extra: Record<string, string> = generated.violations.length > 0 ? { 'sl-violations': violationHeader(generated.violations) } : {};
    return {
      answer: smhAnswer(request, choice.status, generated.body, extra),
      decision: `a ${choice.status} body generated from the schema`,
    };
  }
  return { answer: smhAnswer(request, choice.status, bodyOf(operation, choice.name, Date.now())), decision };
}

/** An answer that decided itself, named for the log by its status. */
function decided(answer: Answer, what: string): Answered {
  return { answer, decision: answer.status === 0 ? `${what}: the connection dropped (a fault asked for)` : what };
}

/** Every path segment, decoded (they decode: the parameter rules were checked). */
function decodedAll(segments: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(segments).map(([name, segment]) => [name, decodeURIComponent(segment)]));
}

/** The segment as the operation reads it: decoded, or undefined when it does not decode. */
function decoded(segment: string | undefined): string | undefined {
  try {
    return segment === undefined ? undefined : decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function refused(request: ServedRequest, status: number, type: string, title: string, detail: string): Answered {
  return { answer: problem(request, status, type, title, detail), decision: `${title}: ${detail}` };
}

export type { ContractOperation };
