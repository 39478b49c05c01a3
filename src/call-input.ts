// What getUploadTask is given, checked before anything is sent: the task's
// IDs as path segments, query values, and what `init` may not carry.

import type { GetUploadTaskInit, UploadTaskRef } from './client.js';
import { SmhInputError } from './errors.js';

const TASK_FIELDS = new Set(['libraryId', 'spaceId', 'confirmKey', 'userId']);
// openapi-fetch's own per-call options: in getUploadTask's init they would
// move the call, add to its query, replace its fetch or its body.
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

export interface CheckedCall {
  libraryId: string;
  spaceId: string;
  confirmKey: string;
  userId: string | undefined;
}

/** Everything getUploadTask is given, checked before anything is sent. */
export function checkCall(task: UploadTaskRef, init: GetUploadTaskInit | undefined, defaultUserId: string | undefined): CheckedCall {
  if (task === null || typeof task !== 'object') throw new SmhInputError('task', 'must be an object with libraryId and confirmKey');
  // A misspelt field (spaceID) would otherwise be dropped without a word.
  for (const key of Object.keys(task)) {
    if (!TASK_FIELDS.has(key))
      throw new SmhInputError(key, 'is not a field of the task; getUploadTask reads libraryId, spaceId, confirmKey and userId');
  }
  if (init !== undefined && init !== null) {
    for (const key of FOREIGN_OPTIONS) {
      if (key in init)
        throw new SmhInputError(`init.${key}`, 'is not an option of getUploadTask: the client decides where the call goes and how');
    }
  }
  const { libraryId, spaceId = '-', confirmKey, userId = defaultUserId } = task;
  checkSegment('libraryId', libraryId);
  checkSegment('spaceId', spaceId);
  checkSegment('confirmKey', confirmKey);
  if (userId !== undefined) checkText('userId', userId);
  return { libraryId, spaceId, confirmKey, userId };
}

export function checkBaseUrl(baseUrl: unknown): asserts baseUrl is string {
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) throw new SmhInputError('baseUrl', 'must be an absolute http(s) URL');
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SmhInputError('baseUrl', `must use http or https, not ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password)
    throw new SmhInputError('baseUrl', 'must not carry a query, a fragment or credentials');
}

/** Query values: any well-formed, non-empty string travels percent-encoded. */
export function checkText(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new SmhInputError(name, `must be a string, got ${value === null ? 'null' : typeof value}`);
  if (value === '') throw new SmhInputError(name, 'must not be empty');
  if (!value.isWellFormed()) throw new SmhInputError(name, 'must be well-formed Unicode (it has a lone surrogate)');
}

// Control characters (C0, DEL and C1) have no place in an ID, and `.`/`..`
// would be collapsed by the URL parser into another resource's path.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Path values: one segment each, so nothing may change the path's shape. */
function checkSegment(name: string, value: unknown): asserts value is string {
  checkText(name, value);
  if (value === '.' || value === '..') throw new SmhInputError(name, `must not be "${value}" (a URL parser would remove it from the path)`);
  if (CONTROL.test(value)) throw new SmhInputError(name, 'must not contain control characters');
}
