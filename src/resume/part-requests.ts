// Where each part goes and with which headers, from `uploadPartInfo`, read
// strictly: its fields become a URL and headers, so nothing in them may send
// a part somewhere else or make fetch refuse the request.
import { parseDateTime } from '../contract/date-time.js';
import type { UploadPartInfo } from '../contract/types.js';
import { describeValue, SmhInputError } from '../errors.js';

const DATE_TIME = 'an RFC 3339 date-time with an offset (2021-07-24T10:34:32Z)';
const HOST = 'a host name or IPv4 address with an optional port (examplebucket-1250000000.cos.ap-beijing.myqcloud.com, 127.0.0.1:8443)';

/** When the part headers stop being accepted. */
export function expirationOf(info: UploadPartInfo): Date {
  // Only with its offset: without one, the moment would depend on the machine's time zone.
  const expiresAt = parseDateTime(info.expiration);
  if (expiresAt === undefined)
    throw new SmhInputError('uploadPartInfo.expiration', `must be ${DATE_TIME}, got ${describeValue(info.expiration)}`);
  return new Date(expiresAt);
}

/**
 * For a part number, the URL to `PUT` it to; and the headers every part is
 * sent with: one frozen object for all of them, so that a plan's size grows
 * with the parts plus the headers, never with their product.
 */
export function partRequests(
  info: UploadPartInfo,
  protocol: 'https:' | 'http:',
): { urlOf: (partNumber: number) => string; headers: Readonly<Record<string, string>> } {
  const domain = textOf(info, 'domain');
  if (!isHost(domain)) throw new SmhInputError('uploadPartInfo.domain', `must be ${HOST}, got ${describeValue(domain)}`);
  const key = objectKey(textOf(info, 'path'));
  const uploadId = encodeURIComponent(textOf(info, 'uploadId'));
  const headers = Object.freeze(headersOf(info));
  return { urlOf: (partNumber) => `${protocol}//${domain}/${key}?partNumber=${partNumber}&uploadId=${uploadId}`, headers };
}

/**
 * `path` as it goes after `https://{domain}/`: without its leading slashes
 * (the begin-upload call writes one, the status none; a double slash would
 * name another object), each segment percent-encoded. A `.` or `..` segment
 * would be resolved away by a URL parser and name another object.
 */
function objectKey(path: string): string {
  const segments = path.replace(/^\/+/, '').split('/');
  if (segments.some((segment) => segment === '.' || segment === '..'))
    throw new SmhInputError(
      'uploadPartInfo.path',
      `must not have a "." or ".." segment (a URL parser would move the part to another object), got ${describeValue(path)}`,
    );
  return segments.map(encodeURIComponent).join('/');
}

function textOf(info: UploadPartInfo, field: 'domain' | 'path' | 'uploadId'): string {
  const value: unknown = info[field];
  if (typeof value !== 'string' || value === '')
    throw new SmhInputError(`uploadPartInfo.${field}`, `must be a non-empty string, got ${describeValue(value)}`);
  if (!value.isWellFormed()) throw new SmhInputError(`uploadPartInfo.${field}`, 'must be well-formed Unicode (it has a lone surrogate)');
  return value;
}

const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * Labels of letters, digits and inner hyphens, up to 63 characters each.
 * The last one starts with a letter: a URL parser reads a name that ends in
 * a number as an IPv4 address (`1.2.3` is 1.2.0.3, `0x7f.1` is 127.0.0.1).
 */
const hostName = new RegExp(`^(?:${label}\\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`);
const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Four decimal octets, none with a leading zero (a URL parser reads `010` as octal 8). */
const ipv4 = new RegExp(`^${octet}(?:\\.${octet}){3}$`);
/** The longest name DNS holds, in characters. */
const MAX_NAME = 253;

/**
 * Whether `domain` is `host` or `host:port`: a host name or a dotted IPv4
 * address, and a port from 1 to 65535 without leading zeros; no user info,
 * path, query, fragment or whitespace. An IPv6 literal (`[::1]`) is
 * refused: storage hands out host names.
 */
function isHost(domain: string): boolean {
  const match = /^([^:]*)(?::([1-9]\d{0,4}))?$/.exec(domain);
  if (match === null) return false;
  // The host's group always takes part, if only as ''.
  const host = match[1]!;
  const port = match[2];
  // Without a port, Number(undefined) is NaN: no number to bound.
  if (Number(port) > 65_535) return false;
  return host.length <= MAX_NAME && (hostName.test(host) || ipv4.test(host));
}

/** An RFC 9110 token: what a header name is. */
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/**
 * RFC 9110 field-value characters: tab, space, visible ASCII and obs-text.
 * CR or LF would end the header; fetch refuses them and anything above U+00FF.
 */
const fieldValue = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Headers fetch refuses to send (it throws) or sets itself from the body: a part sent with them would fail. */
const REFUSED_BY_FETCH = new Set(['connection', 'content-length', 'expect', 'keep-alive', 'transfer-encoding', 'upgrade']);

const TOKEN = "an HTTP token (letters, digits and !#$%&'*+-.^_`|~)";
const FIELD_VALUE = 'a string of header-value characters (no CR, LF or other control character, none above U+00FF)';

/** `uploadPartInfo.headers`, each name and value checked; a copy. */
function headersOf(info: UploadPartInfo): Record<string, string> {
  const { headers } = info as { headers: unknown };
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    throw new SmhInputError('uploadPartInfo.headers', `must be an object of header names and values, got ${describeValue(headers)}`);
  }
  const entries = Object.entries(headers);
  for (const [name, value] of entries) {
    if (!token.test(name))
      throw new SmhInputError('uploadPartInfo.headers', `must name each header with ${TOKEN}, got ${describeValue(name)}`);
    if (REFUSED_BY_FETCH.has(name.toLowerCase()))
      throw new SmhInputError(
        `uploadPartInfo.headers.${name}`,
        'is a header fetch refuses to send or sets itself from the part: a part sent with it would fail',
      );
    if (typeof value !== 'string' || !fieldValue.test(value)) {
      throw new SmhInputError(`uploadPartInfo.headers.${name}`, `must be ${FIELD_VALUE}, got ${describeValue(value)}`);
    }
  }
  // Defined, not assigned: a "__proto__" header stays a header.
  return Object.fromEntries(entries) as Record<string, string>;
}
