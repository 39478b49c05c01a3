// planResume: from an upload task's status to the next step of the upload.
import { SmhInputError } from '../errors.js';
import type { UploadPartInfo, UploadTask } from '../types.js';
import { type Layout, layout, rangeOf } from './layout.js';
import { checkAgainstFile, partSizeShownBy, readStoredParts } from './stored-parts.js';

export interface ResumeOptions {
  /** The size of the file being uploaded, in bytes. */
  fileSize: number;
  /** The part size the upload started with; needed only when no stored part shows it (part 1, or one below the last stored). */
  partSize?: number;
  /** Decides whether the part credentials have expired; default: now. */
  now?: Date;
}

/** One part to send: `PUT` the file's bytes `[start, end)` to `url` with `headers`. */
export interface PlannedPart {
  partNumber: number;
  start: number;
  /** Exclusive. */
  end: number;
  method: 'PUT';
  url: string;
  headers: Record<string, string>;
}

/** The next step, by `state`. */
export type ResumePlan =
  /** The upload is confirmed: nothing to do. */
  | { state: 'done' }
  /** The file's directory was deleted: start the upload over. */
  | { state: 'unreachable' }
  /** Not a multipart upload: send the whole file again. */
  | { state: 'not-resumable' }
  /** Every part is stored: confirm (`POST …/{ConfirmKey}?confirm`). */
  | { state: 'confirm'; partCount: number }
  /** Parts are missing and the part credentials have expired: renew (`POST …/{ConfirmKey}?renew`), then plan again. */
  | { state: 'renew'; missingParts: number[] }
  /** Send these parts, before `expiresAt`; then confirm. */
  | { state: 'upload'; parts: PlannedPart[]; partSize: number; expiresAt: Date };

/**
 * What to do next with an upload task, from its status (`getUploadTask`'s
 * data) and the file being uploaded. A file that does not match the task is
 * refused with an SmhInputError naming what is wrong (`fileSize`, `partSize`,
 * `now`, a stored part such as `parts[3]`, or `uploadPartInfo.expiration`),
 * never planned around. Pure: no I/O, runs in browsers.
 */
export function planResume(task: UploadTask, options: ResumeOptions): ResumePlan {
  const { fileSize, partSize, now } = readOptions(options);
  if (task === null || typeof task !== 'object') throw new SmhInputError('task', 'must be the upload task (getUploadTask\'s data)');
  if (task.confirmed === true) return { state: 'done' };
  if (task.path === null) return { state: 'unreachable' };
  const info = task.uploadPartInfo;
  if (info === undefined || info === null) return { state: 'not-resumable' };

  const stored = readStoredParts(task.parts);
  const file = fileLayout(fileSize, partSize, stored);
  checkAgainstFile(stored, file);
  const have = new Set(stored.map((part) => part.partNumber));
  const missing = Array.from({ length: file.partCount }, (_, index) => index + 1).filter((partNumber) => !have.has(partNumber));
  if (missing.length === 0) return { state: 'confirm', partCount: file.partCount };

  const expiresAt = expirationOf(info);
  if (now.getTime() >= expiresAt.getTime()) return { state: 'renew', missingParts: missing };
  return { state: 'upload', parts: missing.map((partNumber) => plannedPart(file, info, partNumber)), partSize: file.partSize, expiresAt };
}

function readOptions(options: ResumeOptions): { fileSize: number; partSize: number | undefined; now: Date } {
  if (options === null || typeof options !== 'object') throw new SmhInputError('options', 'must be an object with the fileSize');
  const { fileSize, partSize, now = new Date() } = options;
  if (!Number.isSafeInteger(fileSize) || fileSize < 0) throw new SmhInputError('fileSize', `must be a non-negative safe integer (bytes), got ${JSON.stringify(fileSize)}`);
  if (partSize !== undefined && (!Number.isSafeInteger(partSize) || partSize < 1)) throw new SmhInputError('partSize', `must be a positive safe integer (bytes), got ${JSON.stringify(partSize)}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new SmhInputError('now', 'must be a valid Date');
  if (partSize !== undefined) layout(fileSize, partSize, 'partSize');
  return { fileSize, partSize, now };
}

/** The file's parts, by the part size given or the one the stored parts show. */
function fileLayout(fileSize: number, partSize: number | undefined, stored: ReturnType<typeof readStoredParts>): Layout {
  if (partSize !== undefined) return layout(fileSize, partSize, 'partSize');
  const witness = partSizeShownBy(stored);
  if (witness === undefined) throw new SmhInputError('partSize', 'is required: no stored part shows the part size (part 1, or a part below the last stored one)');
  return layout(fileSize, witness.size, `parts[${witness.index}]`);
}

function expirationOf(info: UploadPartInfo): Date {
  const expiresAt = new Date(info.expiration);
  if (typeof info.expiration !== 'string' || Number.isNaN(expiresAt.getTime())) throw new SmhInputError('uploadPartInfo.expiration', `must be a date-time, got ${JSON.stringify(info.expiration)}`);
  return expiresAt;
}

function plannedPart(file: Layout, info: UploadPartInfo, partNumber: number): PlannedPart {
  return { partNumber, ...rangeOf(file, partNumber), method: 'PUT', url: partUrl(info, partNumber), headers: { ...info.headers } };
}

/** `https://{domain}/{path}?partNumber=N&uploadId=…`, with exactly one `/` between domain and path. */
function partUrl({ domain, path, uploadId }: UploadPartInfo, partNumber: number): string {
  const key = path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
  return `https://${domain}/${key}?partNumber=${partNumber}&uploadId=${encodeURIComponent(uploadId)}`;
}
