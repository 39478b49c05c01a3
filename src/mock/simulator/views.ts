// What the simulator answers and shows of its tasks, in the contract's
// shapes: the status (UploadTask), begin and renew's UploadStarted, confirm's
// UploadedFile, and a test's own view of a task (SimulatedTask).
import type { UploadedFile, UploadStarted, UploadTask } from '../../contract/types.js';
import type { Task } from './store.js';
import { typeOf } from './store.js';

/** Where the simulator's storage keeps objects: `/smh-storage/<object id>`, on its storage host. */
export const STORAGE_PREFIX = '/smh-storage/';

const iso = (moment: number) => new Date(moment).toISOString();
const latest = (task: Task) => task.credentials[task.credentials.length - 1]!;
const nameOf = (task: Task) => task.filePath.split('/').pop()!;
const storagePath = (task: Task) => `${STORAGE_PREFIX}${task.objectId}`;

/** The task's status, as `GET …/{ConfirmKey}?upload` answers it. */
export function statusOf(task: Task, storageHost: string): UploadTask {
  const status: UploadTask = {
    confirmed: task.state === 'confirmed',
    path: task.finalPath ?? task.filePath.split('/'),
    type: typeOf(nameOf(task)),
    creationTime: iso(task.createdAt),
    conflictResolutionStrategy: task.strategy,
    force: false,
    availableDomainNum: 1,
  };
  if (task.kind === 'simple' || task.state === 'confirmed') return status;
  const { headers, expiresAt } = latest(task);
  return {
    ...status,
    uploadId: task.uploadId,
    parts: [...task.parts]
      .sort(([a], [b]) => a - b)
      .map(([number, part]) => ({ PartNumber: number, LastModified: iso(part.lastModified), ETag: `"${part.md5}"`, Size: part.size })),
    uploadPartInfo: { domain: storageHost, path: storagePath(task), uploadId: task.uploadId!, headers, expiration: iso(expiresAt) },
  };
}

/** Where and how to send the bytes: begin's 201, renew's 200. */
export function startedOf(task: Task, storageHost: string): UploadStarted {
  const { headers, expiresAt } = latest(task);
  return {
    domain: storageHost,
    path: storagePath(task),
    // A simple upload's undefined uploadId leaves the answer's JSON without one.
    uploadId: task.uploadId,
    headers,
    confirmKey: task.confirmKey,
    expiration: iso(expiresAt),
    availableDomainNum: 1,
  };
}

/** The stored file, as confirm answers it (a crc64 undefined is left out of the answer's JSON). */
export function fileOf(
  task: Task,
  size: number,
  eTag: string,
  at: number,
  extra: { crc64?: string | undefined; isOverwritten: boolean },
): UploadedFile {
  const path = task.finalPath!;
  const type = typeOf(path[path.length - 1]!);
  return {
    path,
    name: path[path.length - 1]!,
    type,
    creationTime: iso(at),
    modificationTime: iso(at),
    contentType: type === 'video' ? 'video/mp4' : type === 'image' ? 'image/jpeg' : 'application/octet-stream',
    size: String(size),
    eTag,
    ...extra,
  };
}

/** A task as a test reads it: its state, parts, credentials' expiration and faults still to come. */
export interface SimulatedTask {
  confirmKey: string;
  kind: 'multipart' | 'simple';
  libraryId: string;
  spaceId: string;
  filePath: string;
  state: 'uploading' | 'confirmed';
  uploadId?: string;
  /** Stored parts, ascending (multipart), or the body stored as part 1 (simple). */
  parts: Array<{ partNumber: number; size: number; etag: string }>;
  /** When the newest part credentials expire. */
  expiration: string;
  /** The confirmed file's path. */
  path?: string[];
  /** Faults of its plan not met yet. */
  pendingFaults: number;
}

export function simulatedTask(task: Task): SimulatedTask {
  const stored = task.kind === 'simple' ? (task.object ? new Map([[1, task.object]]) : new Map()) : task.parts;
  return {
    confirmKey: task.confirmKey,
    kind: task.kind,
    libraryId: task.libraryId,
    spaceId: task.spaceId,
    filePath: task.filePath,
    state: task.state,
    ...(task.uploadId === undefined ? {} : { uploadId: task.uploadId }),
    parts: [...stored].sort(([a], [b]) => a - b).map(([partNumber, part]) => ({ partNumber, size: part.size, etag: `"${part.md5}"` })),
    expiration: iso(latest(task).expiresAt),
    ...(task.finalPath === undefined ? {} : { path: task.finalPath }),
    pendingFaults: task.faults.length,
  };
}
