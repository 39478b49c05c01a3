// The part headers, checked so that fetch, or any other HTTP client, sends
// them as they are: names that are tokens, values that are field values.
import { SmhInputError } from '../errors.js';
import type { UploadPartInfo } from '../types.js';
import { formatValue } from './format-value.js';

/** An RFC 9110 token: what a header name is. */
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/**
 * RFC 9110 field-value characters: tab, space, visible ASCII and obs-text.
 * CR or LF would end the header; fetch refuses them and anything above U+00FF.
 */
const fieldValue = /^[\t\x20-\x7e\x80-\xff]*$/;

const TOKEN = "an HTTP token (letters, digits and !#$%&'*+-.^_`|~)";
const FIELD_VALUE = 'a string of header-value characters (no CR, LF or other control character, none above U+00FF)';

/** `uploadPartInfo.headers`, each name and value checked; a copy. */
export function headersOf(info: UploadPartInfo): Record<string, string> {
  const { headers } = info as { headers: unknown };
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    throw new SmhInputError('uploadPartInfo.headers', `must be an object of header names and values, got ${formatValue(headers)}`);
  }
  const entries = Object.entries(headers);
  for (const [name, value] of entries) {
    if (!token.test(name))
      throw new SmhInputError('uploadPartInfo.headers', `must name each header with ${TOKEN}, got ${formatValue(name)}`);
    if (typeof value !== 'string' || !fieldValue.test(value)) {
      throw new SmhInputError(`uploadPartInfo.headers.${name}`, `must be ${FIELD_VALUE}, got ${formatValue(value)}`);
    }
  }
  // Defined, not assigned: a "__proto__" header stays a header.
  return Object.fromEntries(entries) as Record<string, string>;
}
