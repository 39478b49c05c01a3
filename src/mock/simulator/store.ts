// What the simulator remembers: its upload tasks, the files they stored
// (their names and sizes, never their bytes) and the uploads cancelled or
// completed, each bounded. Everything a test can read of a task comes from
// here, in the contract's own shapes.
import type { Fault } from './faults.js';

/** One set of part credentials: the headers to send, and when storage stops taking them. */
export interface Credentials {
  headers: Record<string, string>;
  expiresAt: number;
}

export interface StoredPart {
  size: number;
  /** The part's MD5, in hex. */
  md5: string;
  lastModified: number;
}

export interface Task {
  confirmKey: string;
  kind: 'multipart' | 'simple';
  libraryId: string;
  spaceId: string;
  /** Directories and name, as given at begin. */
  filePath: string;
  strategy: string;
  createdAt: number;
  /** The object's id in the simulator's storage, and its multipart upload ID. */
  objectId: string;
  uploadId: string | undefined;
  /** Every set of credentials issued, newest last: an older set still holds until it expires. */
  credentials: Credentials[];
  parts: Map<number, StoredPart>;
  /** A simple upload's body, once stored. */
  object: StoredPart | undefined;
  state: 'uploading' | 'confirmed';
  /** The confirmed file's final path. */
  finalPath: string[] | undefined;
  beginningHash: string | undefined;
  fullHash: string | undefined;
  faults: Fault[];
}

export interface StoredFile {
  size: number;
  md5: string;
  beginningHash: string | undefined;
  fullHash: string | undefined;
}

/** The most live tasks; past it, begin answers the service's QuotaLimitReached. */
export const MAX_TASKS = 1_000;
/** The most files remembered; past it, begin answers QuotaLimitReached. */
export const MAX_FILES = 10_000;

export interface Store {
  tasks: Map<string, Task>;
  /** By the object id in storage paths. */
  byObject: Map<string, Task>;
  /** `library/space/path` → the file stored there. */
  files: Map<string, StoredFile>;
}

export function createStore(): Store {
  return { tasks: new Map(), byObject: new Map(), files: new Map() };
}

export function addTask(store: Store, task: Task): void {
  store.tasks.set(task.confirmKey, task);
  store.byObject.set(task.objectId, task);
}

/** Ends a task's upload: storage no longer knows its object (a later part gets NoSuchUpload); `keep` keeps its status. */
export function endTask(store: Store, task: Task, keep = false): void {
  if (!keep) store.tasks.delete(task.confirmKey);
  store.byObject.delete(task.objectId);
}

export const liveTasks = (store: Store) => [...store.tasks.values()].filter((task) => task.state === 'uploading').length;

export const fileKey = (task: Pick<Task, 'libraryId' | 'spaceId'>, path: string) => `${task.libraryId}/${task.spaceId}/${path}`;

/** Random hex, for ids and signatures. */
export function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The file's type, as the service names it from its name's extension (any case); `file` without one it knows. */
export function typeOf(name: string): string {
  const dot = name.lastIndexOf('.');
  // Stryker disable next-line StringLiteral: a name without a dot types alike with any text here that is no known extension
  const extension = dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
  if (['mp4', 'mov', 'mkv', 'avi', 'webm', 'm4v', 'flv', 'ts'].includes(extension)) return 'video';
  if (['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'bmp', 'tif', 'tiff'].includes(extension)) return 'image';
  return 'file';
}
