// planResume: from an upload task's status to the next step of the upload.
import type { UploadTask } from '../contract/types.js';
import { describeValue, SmhInputError } from '../errors.js';
import { type Layout, layout, rangeOf } from './file-layout.js';
import { expirationOf, partRequests } from './part-requests.js';
import { checkAgainstFile, missingParts, partSizeShownBy, readStoredParts, type StoredPart } from './stored-parts.js';

/**
 * The default renewal margin, in milliseconds: the vendor's uploader renews
 * when fewer than 5 minutes remain before `expiration`, since a part started
 * later may reach storage after it, be refused, and be sent twice.
 */
export const RENEW_WITHIN = 5 * 60_000;

/** The file being uploaded, and the moment that decides whether the part credentials still hold. */
export interface ResumeOptions {
  /** The file's size in bytes: a non-negative safe integer. */
  fileSize: number;
  /**
   * The part size the upload started with, in bytes: 1 MiB to 5 GiB, or
   * less for a file of one part. Needed only when no stored part shows it
   * (part 1, or any part below the highest stored one, is a full part).
   */
  partSize?: number | undefined;
  /** The moment to judge `uploadPartInfo.expiration` by; default: now. */
  now?: Date | undefined;
  /**
   * The renewal margin, in milliseconds: a non-negative safe integer. The
   * plan is `renew` when less than this remains before the expiration
   * (exactly this much left still plans `upload`). Default: 5 minutes
   * (300000), as the vendor's uploader renews.
   */
  renewWithin?: number | undefined;
  /**
   * How to reach storage: `https:` (the default: object storage is HTTPS
   * only) or `http:`, for a mock over plain HTTP, such as `npm start`. The
   * vendor's SDK takes the same option.
   */
  protocol?: 'https:' | 'http:' | undefined;
}

/** One part to send: `PUT` the file's bytes `[start, end)` to `url` with `headers`. */
export interface PlannedPart {
  /** From 1; the parts of a plan come in ascending order. */
  partNumber: number;
  /** The part's first byte in the file. */
  start: number;
  /** Exclusive: the part is `file.slice(start, end)`. */
  end: number;
  method: 'PUT';
  /** `https://{domain}/{path}?partNumber=N&uploadId=…` (or `http:`, by `protocol`), each path segment and the upload ID percent-encoded. */
  url: string;
  /** `uploadPartInfo.headers`, checked: one frozen object that every part of the plan shares. */
  headers: Readonly<Record<string, string>>;
}

/** The next step of the upload, by `state`. */
export type ResumePlan =
  /** The upload is confirmed: nothing to do. */
  | { state: 'done' }
  /** `path` is null, the file's directory was deleted: start the upload over. */
  | { state: 'unreachable' }
  /** Not a multipart upload (no `uploadPartInfo`): send the whole file again. */
  | { state: 'not-resumable' }
  /** Every part from 1 to the last is stored: confirm (`POST …/{ConfirmKey}?confirm`). */
  | {
      state: 'confirm';
      /** How many parts the file has, all stored. */
      partCount: number;
    }
  /**
   * Parts are missing and the part credentials have expired, or expire in
   * less than `renewWithin`: renew (`POST …/{ConfirmKey}?renew`), then plan again.
   */
  | {
      state: 'renew';
      /** The part numbers left to send, ascending. */
      missingParts: number[];
    }
  /** Send these parts before `expiresAt` (at least `renewWithin` away), in any order or in parallel; then confirm. */
  | {
      state: 'upload';
      /** One per missing part number, ascending. */
      parts: PlannedPart[];
      /** The size of every part but the last, in bytes: given, or as the stored parts show it. */
      partSize: number;
      /** When the part headers stop being accepted (`uploadPartInfo.expiration`). */
      expiresAt: Date;
    };

/**
 * What to do next with an upload task, from its status (`getUploadTask`'s
 * data) and the file being uploaded. Pure: no I/O, runs in browsers.
 *
 * The states are tried in this order: `done`, `unreachable`,
 * `not-resumable`, then `confirm`, `renew` or `upload`. Gaps among the
 * stored parts are normal: the plan lists exactly the missing numbers.
 *
 * @throws {SmhInputError} when the options are not valid (checked before the
 * task), or when the file does not match the task (never planned around).
 * Its `parameter` names what is wrong: `options`, `fileSize`, `partSize`,
 * `now`, `renewWithin`, `task`, `parts`, a stored part such as `parts[3]`
 * (its index in `task.parts`), or a field of `uploadPartInfo` such as
 * `uploadPartInfo.expiration` or a header such as
 * `uploadPartInfo.headers.Authorization`; its message says why, with the
 * numbers.
 */
export function planResume(task: UploadTask, options: ResumeOptions): ResumePlan {
  const { fileSize, given, now, renewWithin, protocol } = checkedOptions(options);
  if (task === null || typeof task !== 'object')
    throw new SmhInputError('task', `must be the upload task (getUploadTask's data), got ${describeValue(task)}`);
  if (task.confirmed === true) return { state: 'done' };
  if (task.path === null) return { state: 'unreachable' };
  const info = task.uploadPartInfo;
  if (info === undefined || info === null) return { state: 'not-resumable' };

  const stored = readStoredParts(task.parts);
  const file = given ?? layoutShownBy(stored, fileSize);
  checkAgainstFile(stored, file);
  const missing = missingParts(file.partCount, stored);
  if (missing.length === 0) return { state: 'confirm', partCount: file.partCount };

  const expiresAt = expirationOf(info);
  // At the expiration itself storage already refuses the headers, whatever the margin.
  const remaining = expiresAt.getTime() - now.getTime();
  if (remaining <= 0 || remaining < renewWithin) return { state: 'renew', missingParts: missing };
  const { urlOf, headers } = partRequests(info, protocol);
  const parts = missing.map(
    (partNumber): PlannedPart => ({ partNumber, ...rangeOf(file, partNumber), method: 'PUT', url: urlOf(partNumber), headers }),
  );
  return { state: 'upload', parts, partSize: file.partSize, expiresAt };
}

/** The options, checked; `given` is the file's layout by `partSize`, when given. */
function checkedOptions(options: ResumeOptions) {
  if (options === null || typeof options !== 'object')
    throw new SmhInputError('options', `must be an object with the fileSize, got ${describeValue(options)}`);
  const { fileSize, partSize, now = new Date(), renewWithin = RENEW_WITHIN, protocol = 'https:' } = options;
  if (!Number.isSafeInteger(fileSize) || fileSize < 0)
    throw new SmhInputError('fileSize', `must be a non-negative safe integer (bytes), got ${describeValue(fileSize)}`);
  if (partSize !== undefined && (!Number.isSafeInteger(partSize) || partSize < 1))
    throw new SmhInputError('partSize', `must be a positive safe integer (bytes), got ${describeValue(partSize)}`);
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new SmhInputError('now', `must be a valid Date, got ${now instanceof Date ? 'an invalid one' : describeValue(now)}`);
  if (!Number.isSafeInteger(renewWithin) || renewWithin < 0) {
    throw new SmhInputError('renewWithin', `must be a non-negative safe integer (milliseconds), got ${describeValue(renewWithin)}`);
  }
  if (protocol !== 'https:' && protocol !== 'http:')
    throw new SmhInputError('protocol', `must be "https:" or "http:", got ${describeValue(protocol)}`);
  // A part size the file cannot use is wrong whatever the task says.
  const given: Layout | undefined = partSize === undefined ? undefined : layout(fileSize, partSize, 'partSize');
  return { fileSize, given, now, renewWithin, protocol };
}

/** The file's parts, by the part size the stored parts show. */
function layoutShownBy(stored: readonly StoredPart[], fileSize: number): Layout {
  const witness = partSizeShownBy(stored);
  if (witness === undefined)
    throw new SmhInputError('partSize', 'is required: no stored part shows the part size (part 1, or a part below the highest stored one)');
  return layout(fileSize, witness.size, `parts[${witness.index}]`);
}
