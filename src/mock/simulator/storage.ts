// The simulator's object storage: the `PUT` of a part (or of a simple
// upload's body) with the headers the task issued, answered as object
// storage answers: 200 with the part's MD5 as its ETag, or an XML error.
// Bodies are read as they come, digested and counted, never kept.

import { createMd5 } from '#md5';
import { type Answer, corsHeaders, DROP, type ServedRequest } from '../../server/answers.js';
import { eachChunk, TOO_LARGE } from '../../shared/bounded-read.js';
import type { SimulatorClock } from './clock.js';
import { type StorageFault, takeFault } from './faults.js';
import { randomHex, type Store, type Task } from './store.js';
import { STORAGE_PREFIX } from './views.js';

/** The largest part, or simple upload, storage takes. */
export const MAX_OBJECT_BYTES = 5 * 1024 * 1024 * 1024;
const MAX_PARTS = 10_000;

/** Answers a request under STORAGE_PREFIX. */
export async function answerStorage(store: Store, clock: SimulatorClock, request: ServedRequest): Promise<Answer> {
  const resource = request.url.pathname;
  const error = (status: number, code: string, message: string) => xmlError(request, status, code, message, resource);
  if (request.method !== 'PUT') return error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  const objectId = resource.slice(STORAGE_PREFIX.length).split('/')[0]!;
  const task = store.byObject.get(objectId);
  const uploadId = request.url.searchParams.get('uploadId');
  const partText = request.url.searchParams.get('partNumber');
  if (task === undefined || (task.kind === 'multipart' && uploadId !== task.uploadId))
    return error(
      404,
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    );
  const partNumber = task.kind === 'multipart' ? Number(partText) : 1;
  // No partNumber at all is the text "null": no number either.
  if (task.kind === 'multipart' && !(/^\d{1,5}$/.test(String(partText)) && partNumber >= 1 && partNumber <= MAX_PARTS))
    return error(400, 'InvalidArgument', `Part number must be an integer between 1 and ${MAX_PARTS}, inclusive.`);
  if (task.kind === 'simple' && (uploadId !== null || partText !== null))
    return error(400, 'InvalidArgument', 'A simple upload takes no uploadId or partNumber.');

  const fault = takeFault(
    task.faults,
    (candidate): candidate is StorageFault => candidate.call === 'storage' && (candidate.partNumber ?? partNumber) === partNumber,
  );
  const credentials = task.credentials.find(
    ({ headers }) =>
      request.headers.authorization === headers.Authorization &&
      request.headers['x-cos-security-token'] === headers['x-cos-security-token'],
  );
  if (fault?.fault === 'drop') return DROP;
  if (fault?.fault === 'denied' || credentials === undefined)
    return error(403, 'AccessDenied', 'The request signature we calculated does not match the signature you provided.');
  if (fault?.fault === 'expired' || credentials.expiresAt <= clock.now()) return error(403, 'AccessDenied', 'Request has expired');
  if (fault?.fault === 500) return error(500, 'InternalError', 'We encountered an internal error. Please try again.');
  if (fault?.fault === 503) return error(503, 'ServiceUnavailable', 'Please reduce your request rate.');

  const read = await digest(request.body);
  if (read === TOO_LARGE)
    return error(400, 'EntityTooLarge', `Your proposed upload exceeds the maximum allowed object size (${MAX_OBJECT_BYTES} bytes).`);
  const contentMd5 = request.headers['content-md5'];
  if (contentMd5 !== undefined && contentMd5 !== hexToBase64(read.md5))
    return error(400, 'BadDigest', 'The Content-MD5 you specified did not match what was received.');
  // The task may have been cancelled or confirmed while its body was read.
  if (store.byObject.get(objectId) !== task)
    return error(
      404,
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    );
  store1(task, partNumber, { size: read.size, md5: read.md5, lastModified: clock.now() });
  return {
    status: 200,
    headers: { ...corsHeaders(request.headers), etag: `"${read.md5}"`, 'x-cos-request-id': randomHex(12) },
    body: null,
  };
}

function store1(task: Task, partNumber: number, part: Task['object'] & object) {
  if (task.kind === 'simple') task.object = part;
  else task.parts.set(partNumber, part);
}

/** The body's size and MD5, read chunk by chunk; TOO_LARGE past MAX_OBJECT_BYTES (the rest is not read). */
async function digest(body: ReadableStream<Uint8Array> | null | undefined): Promise<{ size: number; md5: string } | typeof TOO_LARGE> {
  const md5 = createMd5();
  const size = await eachChunk(body, MAX_OBJECT_BYTES, (chunk) => md5.update(chunk));
  return size === TOO_LARGE ? TOO_LARGE : { size, md5: md5.hex() };
}

/** Object storage's XML error body. */
function xmlError(request: ServedRequest, status: number, code: string, message: string, resource: string): Answer {
  const requestId = randomHex(12);
  // The messages are storage's own; of what XML escapes, a URL's path keeps only "&" ("<", ">" and quotes come percent-encoded).
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>${code}</Code>\n\t<Message>${message}</Message>\n\t<Resource>${resource.replaceAll('&', '&amp;')}</Resource>\n\t<RequestId>${requestId}</RequestId>\n\t<TraceId>${randomHex(16)}</TraceId>\n</Error>`;
  return {
    status,
    headers: { ...corsHeaders(request.headers), 'content-type': 'application/xml', 'x-cos-request-id': requestId },
    body: request.method === 'HEAD' ? null : body,
  };
}

function hexToBase64(hex: string): string {
  return btoa(
    String.fromCharCode(...Array.from({ length: hex.length / 2 }, (_, index) => Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16))),
  );
}
