// What the client takes and gives, as types only: the options, what each
// call is given, what a call may add to its request, and what it answers.
import type { Client } from 'openapi-fetch';
import type { paths, SmhErrorBody, UploadedFile, UploadStarted, UploadTask } from '../contract/types.js';

export interface SmhClientOptions {
  /** The API origin, e.g. `https://api.tencentsmh.cn` or the library's own host; a path prefix (a gateway) may follow. */
  baseUrl: string;
  /** Sent as the `access_token` query parameter; never appears in what the client returns or throws. */
  accessToken: string;
  /** Sent as `user_id` on every call, unless a call names its own. */
  userId?: string;
  /** A fetch to use instead of the global one (a mock, a proxy agent, …); looked up on each call. */
  fetch?: typeof globalThis.fetch;
  /**
   * The most bytes of a response body the client reads, as decompressed,
   * whatever the status: default 8 MiB, four times a task of 10,000 parts
   * written with indents. A longer body throws SmhResponseError.
   */
  maxBodyBytes?: number;
}

/** Which upload task a call is about. */
export interface UploadTaskRef {
  libraryId: string;
  /** `-` (the default) for a single-tenant library. */
  spaceId?: string;
  /** The `confirmKey` returned when the upload began. */
  confirmKey: string;
  /** Acts for this user (an admin token issued without one); the client's `userId` otherwise. */
  userId?: string;
}

/** What confirm is given: the task, and what it may say of the file. */
export interface ConfirmUploadRef extends UploadTaskRef {
  /** `ask`, `rename` (the service's default) or `overwrite`: what to do when the name is taken. */
  conflictResolutionStrategy?: 'ask' | 'rename' | 'overwrite';
  /** Asks for the file's inode in the answer. */
  withInode?: boolean;
  /** The file's CRC-64/XZ as an unsigned decimal string; the service checks the stored bytes against it. */
  crc64?: string;
  labels?: string[];
  category?: string;
  localCreationTime?: Date | string;
  localModificationTime?: Date | string;
}

/** What begin upload is given: where the file goes, and what it may say of it. */
export interface BeginUploadRef {
  libraryId: string;
  /** `-` (the default) for a single-tenant library. */
  spaceId?: string;
  /** Where the file goes: directories and name, `/` between them (`videos/clip.mp4`); sent as one segment. */
  filePath: string;
  userId?: string;
  /** The file's size in bytes; sent as `filesize`, and as `size` beside a hash. */
  fileSize?: number;
  conflictResolutionStrategy?: 'ask' | 'rename' | 'overwrite';
  /** Bits per second for sending the bytes to storage. */
  trafficLimit?: number;
  preferSameOrigin?: boolean;
  /** Asks for intranet storage domains (uploaders inside Tencent Cloud). */
  internalDomain?: boolean;
  /** SHA-256 of the first MiB (hex): the service may then ask for `fullHash` (a 202). */
  beginningHash?: string;
  /** SHA-256 of the whole file, chained per MiB (hex): the service answers 200 when it stores the same bytes already. */
  fullHash?: string;
  sampleHash?: string;
  labels?: string[];
  category?: string;
  localCreationTime?: Date | string;
  localModificationTime?: Date | string;
}

/**
 * What begin upload answered: `started` (201: send the bytes, then confirm),
 * `needs-full-hash` (202: begin again with `fullHash`), or `already-stored`
 * (200: the service stores the same bytes already; nothing to send).
 */
export type BeginUploadAnswer =
  | { state: 'started'; upload: UploadStarted }
  | { state: 'needs-full-hash' }
  | { state: 'already-stored'; file: UploadedFile };

/**
 * What a call may add to its request: an AbortSignal, headers (`Prefer` for
 * the mock), any other fetch option. `redirect` is `manual` unless given: the
 * service answers these calls itself, so a redirect throws SmhResponseError.
 */
export type SmhCallInit = Omit<RequestInit, 'method' | 'body' | 'dispatcher'> & {
  /** Node's undici `Dispatcher`, e.g. a `ProxyAgent`, to send the call through; passed to fetch as is. */
  dispatcher?: unknown;
};

/** getUploadTask's init before 0.3.0: every call takes the same options now. */
export type GetUploadTaskInit = SmhCallInit;

/** A call's answer: `data` for the operation's success, `error` for an SMH error; `response` either way (its body already read). */
export type SmhResult<T> = { data: T; error?: never; response: Response } | { data?: never; error: SmhErrorBody; response: Response };

export type UploadTaskResult = SmhResult<UploadTask>;

/**
 * The openapi-fetch client for the contract's `paths`, with a method per
 * operation. Each checks its input before anything is sent (SmhInputError
 * naming what is wrong), reads the answer once with a limit, and gives
 * `{ data }` for the operation's success or `{ error }` for an SMH error;
 * any other answer (a redirect, a body too long, not what the operation
 * answers, no SMH error) throws SmhResponseError.
 */
export type SmhClient = Client<paths> & {
  /**
   * Get File Upload Task Status: the task, to resume it.
   *
   * @example
   * const { data, error, response } = await smh.getUploadTask({ libraryId, confirmKey });
   * if (error) console.log(response.status, error.code);
   * else console.log(data.confirmed, data.parts?.length);
   */
  getUploadTask(task: UploadTaskRef, init?: SmhCallInit): Promise<UploadTaskResult>;
  /**
   * Begin a multipart upload: a task, and where to send each part.
   *
   * @example
   * const { data } = await smh.beginMultipartUpload({ libraryId, filePath: 'videos/clip.mp4', fileSize: file.size });
   * if (data?.state === 'started') console.log(data.upload.confirmKey);
   */
  beginMultipartUpload(file: BeginUploadRef, init?: SmhCallInit): Promise<SmhResult<BeginUploadAnswer>>;
  /** Begin a simple upload: one `PUT` of the whole file, then confirm. */
  beginSimpleUpload(file: BeginUploadRef, init?: SmhCallInit): Promise<SmhResult<BeginUploadAnswer>>;
  /** Renew a multipart upload's part credentials (what `planResume` says as `renew`). */
  renewUpload(task: UploadTaskRef, init?: SmhCallInit): Promise<SmhResult<UploadStarted>>;
  /** Confirm an upload (what `planResume` says as `confirm`): the stored file. */
  confirmUpload(task: ConfirmUploadRef, init?: SmhCallInit): Promise<SmhResult<UploadedFile>>;
  /** Cancel an upload: its parts are dropped (204, no data). */
  cancelUpload(task: UploadTaskRef, init?: SmhCallInit): Promise<SmhResult<undefined>>;
};
