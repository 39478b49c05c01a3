// createSimulator(): the stateful side of the mock. Tasks that begin, store
// parts, renew, confirm and cancel as the service's do, object storage that
// checks the credentials it issued, a clock a test moves, a fault plan per
// task, and reset, seed and read for tests. Every face of the mock (HTTP,
// createMockFetch, MSW) answers from one; share one to share its state.

import { createMd5 } from '#md5';
import { type Answer, problem, type ServedRequest } from '../../server/answers.js';
import { type ContractOperation, operations } from '../../server/operations.js';
import { readBounded, TOO_LARGE } from '../../shared/bounded-read.js';
import { smhAnswer } from '../smh-answers.js';
import { createClock, type SimulatorClock } from './clock.js';
import { type Fault, faultProblem, MAX_FAULTS } from './faults.js';
import { begin, type Call, callFault, cancel, confirm, type Lifecycle, MiB, newTask, renew, status, taskOf } from './lifecycle.js';
import { answerStorage } from './storage.js';
import { addTask, createStore, type Task } from './store.js';
import { type SimulatedTask, simulatedTask } from './views.js';

export type { SimulatorClock } from './clock.js';
export type { Fault } from './faults.js';
export type { SimulatedTask } from './views.js';

export interface SimulatorOptions {
  /** How long part credentials hold after begin or renew, in milliseconds of the simulator's clock: default an hour. */
  credentialsTtlMs?: number;
}

/** A task as a test starts it: begun, with some parts stored already. */
export interface TaskSeed {
  filePath: string;
  /** Default `smh0000000000000`, the spec's example. */
  libraryId?: string;
  /** Default `-`. */
  spaceId?: string;
  /** Default `multipart`. */
  kind?: 'multipart' | 'simple';
  /** With `partSize`, what the stored parts hold (the last part holds the rest). */
  fileSize?: number;
  /** Default 1 MiB. */
  partSize?: number;
  /** Part numbers stored already (their ETags are made up: the simulator never saw their bytes). */
  storedParts?: number[];
  /** The task's key; a random one by default. */
  confirmKey?: string;
  /** When the part credentials expire, from the simulator's now: default its time to live; 0 or less, expired already. */
  credentialsExpireInMs?: number;
  conflictResolutionStrategy?: 'ask' | 'rename' | 'overwrite';
}

export interface Simulator {
  /** The simulator's clock: advance it to expire part credentials. */
  readonly clock: SimulatorClock;
  /** Forgets every task, fault and stored file, and puts the clock back to the real one. */
  reset(): void;
  /** Starts a task as if it had begun, with parts stored: "3 of 5 parts stored". */
  seedTask(seed: TaskSeed): SimulatedTask;
  /** A task's state, by its key; undefined when there is none. */
  task(confirmKey: string): SimulatedTask | undefined;
  /** Adds faults to a task's plan: each is met once, in order, by the first call or part upload it fits. */
  addFaults(confirmKey: string, faults: Fault[]): SimulatedTask;
}

/** What the engine asks of a simulator: answers for the service's calls, for storage, and for the control routes. */
export interface SimulatorRoutes {
  /** The answer to a call of the service that names no documented example; undefined for an operation the simulator has no state for. */
  answerCall(
    operation: ContractOperation,
    request: ServedRequest,
    path: Record<string, string>,
    storageHost: string,
  ): Promise<Answer | undefined>;
  answerStorage(request: ServedRequest): Promise<Answer>;
  answerControl(request: ServedRequest): Promise<Answer>;
}

/** Whether a call documents an error code: a fault may answer with it. */
const knownCode = (call: string, code: string) =>
  operations.some(
    (operation) => operation.id === call && Object.hasOwn(operation.examples, code) && operation.examples[code]!.status >= 400,
  );

/** The largest JSON body a call of the service takes here. */
const MAX_JSON_BODY = 64 * 1024;
/** Where the simulator's own routes live, on every face: reset, clock, tasks, faults. */
export const CONTROL_PREFIX = '/__smh-mock/';

const routes = new WeakMap<Simulator, SimulatorRoutes>();

/** The engine's side of a simulator. */
export const routesOf = (simulator: Simulator): SimulatorRoutes => routes.get(simulator)!;

/**
 * A simulator to share between faces, or to drive from a test.
 *
 * @example
 * const simulator = createSimulator();
 * const fetch = createMockFetch({ simulator });
 * const task = simulator.seedTask({ filePath: 'videos/clip.mp4', fileSize: 5 * MiB, storedParts: [1, 2, 3] });
 * simulator.addFaults(task.confirmKey, [{ call: 'storage', partNumber: 4, fault: 'expired' }]);
 * simulator.clock.advance(3_600_000); // the credentials expire: the uploader renews
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const credentialsTtlMs = options.credentialsTtlMs ?? 3_600_000;
  if (!Number.isSafeInteger(credentialsTtlMs) || credentialsTtlMs < 1000)
    throw new TypeError('createSimulator: credentialsTtlMs must be a whole number of milliseconds, at least 1000');
  const clock = createClock();
  const lifecycle: Lifecycle = { store: createStore(), clock, credentialsTtlMs };

  const simulator: Simulator = {
    clock,
    reset() {
      lifecycle.store = createStore();
      clock.reset();
    },
    seedTask(seed) {
      return simulatedTask(seedTask(lifecycle, seed));
    },
    task(confirmKey) {
      const task = lifecycle.store.tasks.get(confirmKey);
      return task && simulatedTask(task);
    },
    addFaults(confirmKey, faults) {
      const task = lifecycle.store.tasks.get(confirmKey);
      if (task === undefined) throw new TypeError(`addFaults: no task ${confirmKey}`);
      if (!Array.isArray(faults)) throw new TypeError('addFaults: faults must be an array');
      for (const fault of faults) {
        const problem = faultProblem(fault, knownCode);
        if (problem !== undefined) throw new TypeError(`addFaults: ${problem}`);
      }
      if (task.faults.length + faults.length > MAX_FAULTS)
        throw new TypeError(`addFaults: a task's plan holds at most ${MAX_FAULTS} faults`);
      task.faults.push(...faults.map((fault) => ({ ...fault })));
      return simulatedTask(task);
    },
  };

  routes.set(simulator, {
    async answerCall(operation, request, path, storageHost) {
      const body = await jsonBody(request);
      if (typeof body === 'string')
        return smhAnswer(request, 400, { ...(operation.examples.ParamInvalid!.value as object), message: body });
      const call: Call = { operation, request, path, query: request.url.searchParams, body, storageHost };
      if (operation.id === 'beginMultipartUpload') return begin(lifecycle, call, 'multipart');
      if (operation.id === 'beginSimpleUpload') return begin(lifecycle, call, 'simple');
      const handler = { getUploadTask: status, renewUpload: renew, confirmUpload: confirm, cancelUpload: cancel }[operation.id];
      // Stryker disable next-line ConditionalExpression: every operation the contract has today is one of these; this keeps one added later answering its examples
      if (handler === undefined) return undefined;
      const task = taskOf(lifecycle, call);
      if (!('confirmKey' in task)) return task;
      return callFault(task, call) ?? handler(lifecycle, call, task);
    },
    answerStorage: (request) => answerStorage(lifecycle.store, clock, request),
    answerControl: (request) => answerControl(simulator, request),
  });
  return simulator;
}

/** The request's JSON body: an object, none, or what is wrong with it. */
async function jsonBody(request: ServedRequest): Promise<Record<string, unknown> | undefined | string> {
  const bytes = await readBounded(request.body, MAX_JSON_BODY);
  if (bytes === TOO_LARGE) return `the request body is over ${MAX_JSON_BODY} bytes`;
  if (bytes.byteLength === 0) return undefined;
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes));
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body;
  } catch {}
  return 'the request body must be a JSON object';
}

function seedTask(lifecycle: Lifecycle, seed: TaskSeed): Task {
  if (seed === null || typeof seed !== 'object') throw new TypeError('seedTask: the seed must be an object with filePath');
  const {
    filePath,
    libraryId = 'smh0000000000000',
    spaceId = '-',
    kind = 'multipart',
    partSize = MiB,
    storedParts = [],
    confirmKey,
  } = seed;
  // "" is one empty part.
  if (typeof filePath !== 'string' || filePath.split('/').some((part) => part === '' || part === '.' || part === '..'))
    throw new TypeError('seedTask: filePath must be directories and a name joined by "/"');
  if (kind !== 'multipart' && kind !== 'simple') throw new TypeError('seedTask: kind must be "multipart" or "simple"');
  if (!Number.isSafeInteger(partSize) || partSize < 1) throw new TypeError('seedTask: partSize must be a positive whole number of bytes');
  if (!Array.isArray(storedParts)) throw new TypeError('seedTask: storedParts must be an array of part numbers');
  const fileSize = seed.fileSize ?? partSize * Math.max(1, ...storedParts);
  if (!Number.isSafeInteger(fileSize) || fileSize < 0) throw new TypeError('seedTask: fileSize must be a whole number of bytes');
  const partCount = Math.max(1, Math.ceil(fileSize / partSize));
  if (storedParts.some((n) => !Number.isInteger(n) || n < 1 || n > partCount || (kind === 'simple' && n !== 1)))
    throw new TypeError(`seedTask: storedParts must be part numbers from 1 to ${kind === 'simple' ? 1 : partCount}`);
  if (
    confirmKey !== undefined &&
    (typeof confirmKey !== 'string' || !/^[\w.~-]{1,128}$/.test(confirmKey) || lifecycle.store.tasks.has(confirmKey))
  )
    throw new TypeError('seedTask: confirmKey must be up to 128 letters, digits, "-", "_", "." or "~", and no other task\'s');
  const strategy = seed.conflictResolutionStrategy ?? 'rename';
  const ttl = seed.credentialsExpireInMs ?? lifecycle.credentialsTtlMs;
  if (!Number.isSafeInteger(ttl)) throw new TypeError('seedTask: credentialsExpireInMs must be a whole number of milliseconds');
  const task = newTask(lifecycle, { kind, libraryId, spaceId, filePath, strategy, ...(confirmKey ? { confirmKey } : {}) }, ttl);
  for (const number of new Set(storedParts)) {
    const size = Math.min(partSize, fileSize - (number - 1) * partSize);
    const md5 = createMd5();
    md5.update(new TextEncoder().encode(`${task.objectId}:${number}`));
    const part = { size, md5: md5.hex(), lastModified: lifecycle.clock.now() };
    if (kind === 'simple') task.object = part;
    else task.parts.set(number, part);
  }
  addTask(lifecycle.store, task);
  return task;
}

/** The control routes, under CONTROL_PREFIX: JSON in, JSON out, a problem naming what is wrong. */
async function answerControl(simulator: Simulator, request: ServedRequest): Promise<Answer> {
  const { method } = request;
  const path = request.url.pathname.slice(CONTROL_PREFIX.length - 1);
  const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const now = () => json(200, { now: new Date(simulator.clock.now()).toISOString() });
  try {
    const body = await jsonBody(request);
    if (typeof body === 'string') throw new TypeError(body);
    const route = `${method} ${path}`;
    if (route === 'POST /reset') {
      simulator.reset();
      return { status: 204, headers: {}, body: null };
    }
    if (route === 'GET /clock') return now();
    if (route === 'POST /clock') {
      if (body?.advanceMs !== undefined) simulator.clock.advance(Number(body.advanceMs));
      else if (typeof body?.now === 'string') simulator.clock.set(Date.parse(body.now));
      else throw new TypeError('give advanceMs (milliseconds) or now (a date-time)');
      return now();
    }
    if (route === 'POST /tasks') return json(201, simulator.seedTask(body as unknown as TaskSeed));
    const task = /^\/tasks\/([^/]+)(\/faults)?$/.exec(path);
    if (task !== null) {
      const confirmKey = decodeURIComponent(task[1]!);
      if (method === 'GET' && task[2] === undefined) {
        const found = simulator.task(confirmKey);
        return found ? json(200, found) : problem(request, 404, 'NOT_FOUND', 'No such task', `the simulator has no task ${confirmKey}`);
      }
      if (method === 'POST' && task[2] !== undefined) return json(200, simulator.addFaults(confirmKey, (body?.faults ?? []) as Fault[]));
    }
    return problem(
      request,
      404,
      'NOT_FOUND',
      'No such route',
      `the simulator's routes are POST reset, GET and POST clock, POST tasks, GET tasks/{confirmKey}, POST tasks/{confirmKey}/faults`,
    );
  } catch (error) {
    return problem(
      request,
      400,
      'BAD_REQUEST',
      'Bad request',
      error instanceof Error ? error.message.replace(/^\w+: /, '') : String(error),
    );
  }
}
