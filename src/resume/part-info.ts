// What uploadPartInfo says: until when its credentials hold, and where each
// part goes, with which headers.
import { SmhInputError } from '../errors.js';
import type { UploadPartInfo } from '../types.js';
import { shown } from './shown.js';

/** When the part headers stop being accepted. */
export function expirationOf(info: UploadPartInfo): Date {
  const { expiration } = info;
  const expiresAt = new Date(expiration);
  // A number would parse too, as milliseconds: the contract sends a date-time string.
  if (typeof expiration !== 'string' || Number.isNaN(expiresAt.getTime())) throw new SmhInputError('uploadPartInfo.expiration', `must be a date-time, got ${shown(expiration)}`);
  return expiresAt;
}

/** For a part number, the URL to `PUT` it to and the headers to send, a copy of its own. */
export function partTargets(info: UploadPartInfo): (partNumber: number) => { url: string; headers: Record<string, string> } {
  const domain = textOf(info, 'domain');
  const key = objectKey(textOf(info, 'path'));
  const uploadId = encodeURIComponent(textOf(info, 'uploadId'));
  const headers = headersOf(info);
  return (partNumber) => ({ url: `https://${domain}/${key}?partNumber=${partNumber}&uploadId=${uploadId}`, headers: { ...headers } });
}

/**
 * `path` as it goes after `https://{domain}/`: without its leading slashes
 * (the begin-upload call writes one, the status none; a double slash would
 * name another object), each segment percent-encoded.
 */
function objectKey(path: string): string {
  return path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
}

function textOf(info: UploadPartInfo, field: 'domain' | 'path' | 'uploadId'): string {
  const value: unknown = info[field];
  if (typeof value !== 'string' || value === '') throw new SmhInputError(`uploadPartInfo.${field}`, `must be a non-empty string, got ${shown(value)}`);
  return value;
}

function headersOf(info: UploadPartInfo): Record<string, string> {
  const { headers } = info as { headers: unknown };
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) throw new SmhInputError('uploadPartInfo.headers', `must be an object of header names and values, got ${shown(headers)}`);
  return headers as Record<string, string>;
}
