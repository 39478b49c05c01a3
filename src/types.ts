// Names for the generated schema types, so consumers need not index into
// `components` themselves.
import type { components, paths } from '../generated/schema.js';

export type { components, paths };
/** The 200 body of Get File Upload Task Status. */
export type UploadTask = components['schemas']['UploadTask'];
/** A part already stored (multipart uploads). */
export type UploadPart = components['schemas']['UploadPart'];
/** Where and how to send the remaining parts (multipart uploads). */
export type UploadPartInfo = components['schemas']['UploadPartInfo'];
/** The body of every SMH error response. */
export type SmhErrorBody = components['schemas']['SmhError'];
/** The operation's path in `paths`, as the spec writes it. */
export { uploadTaskPath } from '../generated/mock-contract.js';
