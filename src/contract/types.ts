// The contract's names for what its calls send and answer: the generated
// schema types under names of their own, and the operations' paths.
import type { components, paths } from '../../generated/schema.js';

export type { components, paths };
/** The 200 body of Get File Upload Task Status. */
export type UploadTask = components['schemas']['UploadTask'];
/** A part already stored (multipart uploads). */
export type UploadPart = components['schemas']['UploadPart'];
/** Where and how to send the remaining parts (multipart uploads). */
export type UploadPartInfo = components['schemas']['UploadPartInfo'];
/** The body of every SMH error response. */
export type SmhErrorBody = components['schemas']['SmhError'];
/** The error codes the contract documents, and any other string the service may add. */
export type SmhErrorCode = SmhErrorBody['code'];
/** Where and how to send a file's bytes: begin upload's 201, renew's 200. */
export type UploadStarted = components['schemas']['UploadStarted'];
/** The file an upload stored: confirm's 200, begin upload's 200 (already stored). */
export type UploadedFile = components['schemas']['UploadedFile'];
/** What begin upload may say of the file. */
export type BeginUploadBody = components['schemas']['BeginUploadBody'];
/** What confirm may say of the file. */
export type ConfirmUploadBody = components['schemas']['ConfirmUploadBody'];

/**
 * The operations' paths in `paths`, as the spec writes them. A `#name`
 * suffix keeps apart calls OpenAPI would see on one path (SMH tells them
 * apart by a flag in the query); it is never sent.
 */
export const operationPaths = {
  /** Get File Upload Task Status (GET) and cancel (DELETE), `?upload`. */
  task: '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}',
  renew: '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#renew',
  confirm: '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#confirm',
  beginMultipart: '/api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#multipart',
  beginSimple: '/api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#simple',
} as const satisfies Record<string, keyof paths>;

/** Get File Upload Task Status's path in `paths`, as the spec writes it. */
export const uploadTaskPath = operationPaths.task;
