// What uploadPartInfo says: until when its credentials hold, and where each
// part goes, with which headers.
import { parseDateTime } from '../date-time.js';
import { SmhInputError } from '../errors.js';
import type { UploadPartInfo } from '../types.js';
import { formatValue } from './format-value.js';
import { isHost } from './host.js';
import { headersOf } from './part-headers.js';

const DATE_TIME = 'an RFC 3339 date-time with an offset (2021-07-24T10:34:32Z)';
const HOST = 'a host name or IPv4 address with an optional port (examplebucket-1250000000.cos.ap-beijing.myqcloud.com, 127.0.0.1:8443)';

/** When the part headers stop being accepted. */
export function expirationOf(info: UploadPartInfo): Date {
  // Only with its offset: without one, the moment would depend on the machine's time zone.
  const expiresAt = parseDateTime(info.expiration);
  if (expiresAt === undefined)
    throw new SmhInputError('uploadPartInfo.expiration', `must be ${DATE_TIME}, got ${formatValue(info.expiration)}`);
  return new Date(expiresAt);
}

/** For a part number, the URL to `PUT` it to and the headers to send, a copy of its own. */
export function partTargets(info: UploadPartInfo): (partNumber: number) => { url: string; headers: Record<string, string> } {
  const domain = domainOf(info);
  const key = objectKey(textOf(info, 'path'));
  const uploadId = encodeURIComponent(textOf(info, 'uploadId'));
  const headers = headersOf(info);
  return (partNumber) => ({ url: `https://${domain}/${key}?partNumber=${partNumber}&uploadId=${uploadId}`, headers: { ...headers } });
}

/** The storage host, as it goes into the URL unencoded: only a host and a port may. */
function domainOf(info: UploadPartInfo): string {
  const domain = textOf(info, 'domain');
  if (!isHost(domain)) throw new SmhInputError('uploadPartInfo.domain', `must be ${HOST}, got ${formatValue(domain)}`);
  return domain;
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
  if (typeof value !== 'string' || value === '')
    throw new SmhInputError(`uploadPartInfo.${field}`, `must be a non-empty string, got ${formatValue(value)}`);
  return value;
}
