// The service's calls on the simulator's tasks: begin (multipart or simple),
// status, renew, confirm and cancel, with the service's answers and errors.
// What the contract marks inferred or unknown is done the way the vendor's
// SDKs expect it (docs/mocks.md lists each choice).

import { createMd5 } from '#md5';
import { type Answer, DROP, empty, type ServedRequest } from '../../server/answers.js';
import type { ContractOperation } from '../../server/operations.js';
import { exampleAnswer, smhAnswer } from '../smh-answers.js';
import type { SimulatorClock } from './clock.js';
import { type CallFault, takeFault } from './faults.js';
import { addTask, type Credentials, endTask, fileKey, liveTasks, MAX_FILES, MAX_TASKS, randomHex, type Store, type Task } from './store.js';
import { fileOf, startedOf, statusOf } from './views.js';

export const MiB = 1024 * 1024;

export interface Call {
  operation: ContractOperation;
  request: ServedRequest;
  /** Path parameters, decoded. */
  path: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, parsed (an object), when one came. */
  body: Record<string, unknown> | undefined;
  storageHost: string;
}

export interface Lifecycle {
  store: Store;
  clock: SimulatorClock;
  credentialsTtlMs: number;
}

/** Part credentials for `task`, valid for the lifecycle's time to live from now. */
export function issueCredentials({ clock, credentialsTtlMs }: Lifecycle, ttlMs = credentialsTtlMs): Credentials {
  const start = Math.floor(clock.now() / 1000);
  const end = start + Math.ceil(ttlMs / 1000);
  const times = `${start};${end}`;
  return {
    headers: {
      'Content-Type': 'application/octet-stream',
      Authorization: `q-sign-algorithm=sha1&q-ak=AKIDsimulator&q-sign-time=${times}&q-key-time=${times}&q-header-list=&q-url-param-list=&q-signature=${randomHex(20)}`,
      'x-cos-security-token': randomHex(24),
    },
    expiresAt: clock.now() + ttlMs,
  };
}

/** A new task, as begin creates it (and as a test seeds one). */
export function newTask(
  lifecycle: Lifecycle,
  given: Pick<Task, 'kind' | 'libraryId' | 'spaceId' | 'filePath' | 'strategy'> & Partial<Task>,
  ttlMs?: number,
): Task {
  const objectId = randomHex(16);
  return {
    confirmKey: randomHex(16),
    createdAt: lifecycle.clock.now(),
    objectId,
    uploadId: given.kind === 'multipart' ? `${lifecycle.clock.now()}${randomHex(24)}` : undefined,
    credentials: [issueCredentials(lifecycle, ttlMs)],
    parts: new Map(),
    object: undefined,
    state: 'uploading',
    finalPath: undefined,
    beginningHash: undefined,
    fullHash: undefined,
    faults: [],
    ...given,
  };
}

/** Begin a multipart or a simple upload: 201 a task; 202 send fullHash; 200 stored already (a rapid upload); 409 a name taken under `ask`. */
export function begin(lifecycle: Lifecycle, call: Call, kind: Task['kind']): Answer {
  const { store } = lifecycle;
  const { request, operation, path, query, body } = call;
  const strategy = query.get('conflict_resolution_strategy') ?? 'rename';
  const beginningHash = typeof body?.beginningHash === 'string' ? body.beginningHash : undefined;
  const fullHash = typeof body?.fullHash === 'string' ? body.fullHash : undefined;
  const where = { libraryId: path.LibraryId!, spaceId: path.SpaceId! };
  if (strategy === 'ask' && store.files.has(fileKey(where, path.FilePath!)))
    return exampleAnswer(request, operation, 'SameNameDirectoryOrFileExists');
  // A rapid upload stores a file too: the caps hold for it as well.
  if (
    liveTasks(store) >= MAX_TASKS ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator: storing 10,000 files takes seconds; test/unit/mock-file-quota.test.ts holds this cap, outside the mutation run
    store.files.size >= MAX_FILES
  )
    return exampleAnswer(request, operation, 'QuotaLimitReached');
  // The service may store the same bytes already: it asks for the full hash, then answers 200 when that matches too.
  const same = beginningHash === undefined ? undefined : [...store.files.values()].find((file) => file.beginningHash === beginningHash);
  if (same !== undefined && fullHash === undefined) return exampleAnswer(request, operation, 'fullHashRequired');
  if (same !== undefined && same.fullHash === fullHash) {
    const task = newTask(lifecycle, { kind, ...where, filePath: path.FilePath!, strategy });
    const stored = storeFile(lifecycle, task, strategy, same.size, same.md5, { beginningHash, fullHash });
    return smhAnswer(request, 200, fileOf(task, same.size, `"${same.md5}"`, lifecycle.clock.now(), { isOverwritten: stored.overwritten }));
  }
  const task = newTask(lifecycle, { kind, ...where, filePath: path.FilePath!, strategy, beginningHash, fullHash });
  addTask(store, task);
  return smhAnswer(request, 201, startedOf(task, call.storageHost));
}

/** The task a call names, or the service's answer that there is none (404 UploadNotFound). */
export function taskOf({ store }: Lifecycle, call: Call): Task | Answer {
  const task = store.tasks.get(call.path.ConfirmKey!);
  if (task === undefined || task.libraryId !== call.path.LibraryId || task.spaceId !== call.path.SpaceId)
    return exampleAnswer(call.request, call.operation, 'UploadNotFound');
  return task;
}

/** The fault a task's plan has for this call, if any: the connection dropped, or an SMH error answered. */
export function callFault(task: Task, call: Call): Answer | undefined {
  const fault = takeFault(task.faults, (candidate): candidate is CallFault => candidate.call === call.operation.id);
  if (fault === undefined) return undefined;
  if (fault.fault === 'drop') return DROP;
  return exampleAnswer(call.request, call.operation, fault.fault);
}

export function status(_lifecycle: Lifecycle, call: Call, task: Task): Answer {
  return smhAnswer(call.request, 200, statusOf(task, call.storageHost));
}

/** Renew: fresh credentials for the same task and upload; older ones hold until they expire. */
export function renew(lifecycle: Lifecycle, call: Call, task: Task): Answer {
  if (task.state === 'confirmed') return exampleAnswer(call.request, call.operation, 'UploadNotFound');
  if (task.kind === 'simple') {
    const invalid = call.operation.examples.ParamInvalid!.value as object;
    return smhAnswer(call.request, 400, { ...invalid, message: 'renew is for multipart uploads: begin a simple upload again' });
  }
  task.credentials.push(issueCredentials(lifecycle));
  // Only the newest few sets are kept: older ones have expired in any upload a test runs.
  if (task.credentials.length > 16) task.credentials.shift();
  return smhAnswer(call.request, 200, startedOf(task, call.storageHost));
}

/** Confirm: every part from 1 to the last (all but the last at least 1 MiB), or a simple upload's body, makes the file. */
export function confirm(lifecycle: Lifecycle, call: Call, task: Task): Answer {
  const { request, operation, query, body } = call;
  if (task.state === 'confirmed') return exampleAnswer(request, operation, 'UploadComplete');
  let size: number;
  let md5: string;
  let eTag: string;
  if (task.kind === 'simple') {
    if (task.object === undefined) return exampleAnswer(request, operation, 'UploadIncomplete');
    ({ size, md5 } = task.object);
    eTag = `"${md5}"`;
  } else {
    const count = task.parts.size;
    const numbers = [...task.parts.keys()].sort((a, b) => a - b);
    // No part at all leaves numbers[-1] undefined: incomplete too.
    if (numbers[count - 1] !== count) return exampleAnswer(request, operation, 'MultipartUploadIncomplete');
    if (numbers.slice(0, -1).some((number) => task.parts.get(number)!.size < MiB))
      return exampleAnswer(request, operation, 'MultipartUploadPartTooSmall');
    size = numbers.reduce((total, number) => total + task.parts.get(number)!.size, 0);
    // As object storage writes a multipart object's ETag: the MD5 of the parts' MD5s, and their count.
    const digest = createMd5();
    for (const number of numbers) digest.update(hexBytes(task.parts.get(number)!.md5));
    md5 = digest.hex();
    eTag = `"${md5}-${count}"`;
  }
  const strategy = query.get('conflict_resolution_strategy') ?? task.strategy;
  if (strategy === 'ask' && lifecycle.store.files.has(fileKey(task, task.filePath)))
    return exampleAnswer(request, operation, 'SameNameDirectoryOrFileExists');
  const stored = storeFile(lifecycle, task, strategy, size, md5, task);
  task.state = 'confirmed';
  endTask(lifecycle.store, task, true);
  // The crc64 given is echoed (undefined leaves the answer's JSON without one).
  const crc64 = typeof body?.crc64 === 'string' ? body.crc64 : undefined;
  return smhAnswer(request, 200, fileOf(task, size, eTag, lifecycle.clock.now(), { crc64, isOverwritten: stored.overwritten }));
}

/** Cancel: the task and its stored parts are dropped; storage then answers NoSuchUpload. */
export function cancel(lifecycle: Lifecycle, call: Call, task: Task): Answer {
  if (task.state === 'confirmed') return exampleAnswer(call.request, call.operation, 'UploadNotFound');
  endTask(lifecycle.store, task);
  return empty(call.request, 204);
}

/** Puts the task's file in place under the strategy: a name taken is renamed (`clip(1).mp4`) or overwritten. */
function storeFile(
  lifecycle: Lifecycle,
  task: Task,
  strategy: string,
  size: number,
  md5: string,
  hashes: Pick<Task, 'beginningHash' | 'fullHash'>,
) {
  const { files } = lifecycle.store;
  let path = task.filePath;
  const overwritten = strategy === 'overwrite' && files.has(fileKey(task, path));
  if (strategy !== 'overwrite') {
    const dot = path.lastIndexOf('.') > path.lastIndexOf('/') ? path.lastIndexOf('.') : path.length;
    for (let copy = 1; files.has(fileKey(task, path)); copy++) path = `${task.filePath.slice(0, dot)}(${copy})${task.filePath.slice(dot)}`;
  }
  files.set(fileKey(task, path), { size, md5, beginningHash: hashes.beginningHash, fullHash: hashes.fullHash });
  task.finalPath = path.split('/');
  return { overwritten };
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from({ length: hex.length / 2 }, (_, index) => Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16));
}
