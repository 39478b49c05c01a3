// What a call is given, checked before anything is sent: the base URL, ids
// as path segments, query values, and the options `init` may not carry.
import { SmhInputError } from '../errors.js';
import type { SmhCallInit } from './types.js';

// openapi-fetch's own per-call options: in a call's init they would move the
// call, add to its query, replace its fetch or its body.
const FOREIGN_OPTIONS = [
  'baseUrl',
  'params',
  'querySerializer',
  'pathSerializer',
  'bodySerializer',
  'parseAs',
  'fetch',
  'Request',
  'middleware',
  'body',
  'method',
];

/** The base URL: absolute http(s), with nothing after its path that would move the call (`?`, `#`, even bare) and no credentials. */
export function checkBaseUrl(baseUrl: unknown): asserts baseUrl is string {
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) throw new SmhInputError('baseUrl', 'must be an absolute http(s) URL');
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SmhInputError('baseUrl', `must use http or https, not ${url.protocol}`);
  // A bare `?` or `#` parses to an empty search or hash, yet would still end the path of every call.
  if (baseUrl.includes('?') || baseUrl.includes('#') || url.username || url.password)
    throw new SmhInputError('baseUrl', 'must not carry a query, a fragment or credentials');
}

/** A query value: any well-formed, non-empty string travels percent-encoded. */
export function checkText(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new SmhInputError(name, `must be a string, got ${value === null ? 'null' : typeof value}`);
  if (value === '') throw new SmhInputError(name, 'must not be empty');
  if (!value.isWellFormed()) throw new SmhInputError(name, 'must be well-formed Unicode (it has a lone surrogate)');
}

// Control characters (C0, DEL and C1) have no place in an id.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A path value: one segment, so nothing may change the path's shape; `.` and `..` a URL parser would remove. */
export function checkSegment(name: string, value: unknown): asserts value is string {
  checkText(name, value);
  if (value === '.' || value === '..') throw new SmhInputError(name, `must not be "${value}" (a URL parser would remove it from the path)`);
  if (CONTROL.test(value)) throw new SmhInputError(name, 'must not contain control characters');
}

/** An object of the fields a call reads, and no other: a misspelt field (`spaceID`) would otherwise be dropped without a word. */
export function checkFields(name: string, value: unknown, fields: readonly string[]): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') throw new SmhInputError(name, `must be an object with ${fields.join(', ')}`);
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) throw new SmhInputError(key, `is not a field of the ${name}; the call reads ${fields.join(', ')}`);
  }
}

/** A call's init: none of openapi-fetch's own options, and headers fetch would take. */
export function checkInit(init: SmhCallInit | undefined): void {
  if (init === undefined || init === null) return;
  for (const key of FOREIGN_OPTIONS) {
    if (key in init) throw new SmhInputError(`init.${key}`, 'is not an option of the call: the client decides where the call goes and how');
  }
}
