// What each call sends, from what it is given: path parameters, query
// values and body, every value checked before anything is sent.
import { parseDateTime } from '../contract/date-time.js';
import type { BeginUploadBody, ConfirmUploadBody } from '../contract/types.js';
import { describeValue, SmhInputError } from '../errors.js';
import { checkFields, checkSegment, checkText } from './input.js';
import type { BeginUploadRef, ConfirmUploadRef, UploadTaskRef } from './types.js';

export interface CallParams {
  path: Record<string, string>;
  /** `''` for a flag, written bare. */
  query: Record<string, string | undefined>;
}

const TASK_FIELDS = ['libraryId', 'spaceId', 'confirmKey', 'userId'] as const;
const CONFIRM_FIELDS = [
  ...TASK_FIELDS,
  'conflictResolutionStrategy',
  'withInode',
  'crc64',
  'labels',
  'category',
  'localCreationTime',
  'localModificationTime',
] as const;
const BEGIN_FIELDS = [
  'libraryId',
  'spaceId',
  'filePath',
  'userId',
  'fileSize',
  'conflictResolutionStrategy',
  'trafficLimit',
  'preferSameOrigin',
  'internalDomain',
  'beginningHash',
  'fullHash',
  'sampleHash',
  'labels',
  'category',
  'localCreationTime',
  'localModificationTime',
] as const;
const STRATEGIES = ['ask', 'rename', 'overwrite'];

/** A task's call (status, renew, cancel): its path, `flag`, and the user. */
export function taskCall(
  task: UploadTaskRef,
  flag: string,
  defaultUserId: string | undefined,
  fields: readonly string[] = TASK_FIELDS,
): CallParams {
  checkFields('task', task, fields);
  const { libraryId, spaceId = '-', confirmKey, userId = defaultUserId } = task;
  checkSegment('libraryId', libraryId);
  checkSegment('spaceId', spaceId);
  checkSegment('confirmKey', confirmKey);
  return {
    path: { LibraryId: libraryId, SpaceId: spaceId, ConfirmKey: confirmKey },
    query: { [flag]: '', user_id: optionalText('userId', userId) },
  };
}

/** Confirm's call: the task's, its options in the query, what it says of the file in the body. */
export function confirmCall(
  task: ConfirmUploadRef,
  defaultUserId: string | undefined,
): CallParams & { body: ConfirmUploadBody | undefined } {
  const params = taskCall(task, 'confirm', defaultUserId, CONFIRM_FIELDS);
  params.query.conflict_resolution_strategy = strategy(task.conflictResolutionStrategy);
  params.query.with_inode = flagValue('withInode', task.withInode);
  if (task.crc64 !== undefined && (typeof task.crc64 !== 'string' || !/^\d{1,20}$/.test(task.crc64)))
    throw new SmhInputError('crc64', `must be an unsigned decimal string (CRC-64/XZ), got ${describeValue(task.crc64)}`);
  return { ...params, body: fileBody(task, { ...(task.crc64 === undefined ? {} : { crc64: task.crc64 }) }) };
}

/** Begin upload's call: where the file goes, its options in the query, its hashes and metadata in the body. */
export function beginCall(
  file: BeginUploadRef,
  flag: string | undefined,
  defaultUserId: string | undefined,
): CallParams & { body: BeginUploadBody | undefined } {
  checkFields('file', file, BEGIN_FIELDS);
  const { libraryId, spaceId = '-', filePath, userId = defaultUserId, fileSize } = file;
  checkSegment('libraryId', libraryId);
  checkSegment('spaceId', spaceId);
  checkFilePath(filePath);
  if (fileSize !== undefined && (!Number.isSafeInteger(fileSize) || fileSize < 0))
    throw new SmhInputError('fileSize', `must be a non-negative safe integer (bytes), got ${describeValue(fileSize)}`);
  if (file.trafficLimit !== undefined && (!Number.isSafeInteger(file.trafficLimit) || file.trafficLimit < 1))
    throw new SmhInputError('trafficLimit', `must be a positive safe integer (bits per second), got ${describeValue(file.trafficLimit)}`);
  const query: CallParams['query'] = {
    ...(flag === undefined ? {} : { [flag]: '' }),
    conflict_resolution_strategy: strategy(file.conflictResolutionStrategy),
    filesize: fileSize === undefined ? undefined : String(fileSize),
    traffic_limit: file.trafficLimit === undefined ? undefined : String(file.trafficLimit),
    prefer_same_origin: flagValue('preferSameOrigin', file.preferSameOrigin),
    internal_domain: flagValue('internalDomain', file.internalDomain),
    user_id: optionalText('userId', userId),
  };
  const hashes: BeginUploadBody = {};
  for (const name of ['beginningHash', 'fullHash', 'sampleHash'] as const) {
    const value = file[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !/^[0-9a-fA-F]+$/.test(value))
      throw new SmhInputError(name, `must be a hex string, got ${describeValue(value)}`);
    hashes[name] = value;
  }
  // The vendor's SDKs send the size beside a hash, as a string.
  if (Object.keys(hashes).length > 0 && fileSize !== undefined) hashes.size = String(fileSize);
  return { path: { LibraryId: libraryId, SpaceId: spaceId, FilePath: filePath }, query, body: fileBody(file, hashes) };
}

/** A file path: directories and a name, none of them empty, `.` or `..`, no control characters. */
function checkFilePath(filePath: unknown): asserts filePath is string {
  checkText('filePath', filePath);
  for (const part of filePath.split('/')) {
    if (part === '' || part === '.' || part === '..')
      throw new SmhInputError(
        'filePath',
        `must be directories and a name joined by "/", none of them empty, "." or "..", got ${describeValue(filePath)}`,
      );
    checkSegment('filePath', part);
  }
}

function optionalText(name: string, value: unknown): string | undefined {
  if (value !== undefined) checkText(name, value);
  return value as string | undefined;
}

function strategy(value: unknown): string | undefined {
  if (value === undefined || STRATEGIES.includes(value as string)) return value as string | undefined;
  throw new SmhInputError('conflictResolutionStrategy', `must be ask, rename or overwrite, got ${describeValue(value)}`);
}

/** A boolean option as the service reads it: `1` or `0`. */
function flagValue(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new SmhInputError(name, `must be a boolean, got ${describeValue(value)}`);
  return value ? '1' : '0';
}

/** The body of what a call says of the file (labels, category, local times) beside `fields`; none when there is nothing to say. */
function fileBody<T extends Record<string, unknown>>(
  given: Pick<BeginUploadRef, 'labels' | 'category' | 'localCreationTime' | 'localModificationTime'>,
  fields: T,
): T | undefined {
  const body: Record<string, unknown> = { ...fields };
  if (given.labels !== undefined) {
    if (!Array.isArray(given.labels) || !given.labels.every((label) => typeof label === 'string' && label.isWellFormed()))
      throw new SmhInputError('labels', `must be an array of strings, got ${describeValue(given.labels)}`);
    body.labels = given.labels;
  }
  if (given.category !== undefined) body.category = optionalText('category', given.category);
  for (const name of ['localCreationTime', 'localModificationTime'] as const) {
    const value = given[name];
    if (value === undefined) continue;
    const moment = value instanceof Date ? value.getTime() : parseDateTime(value);
    if (moment === undefined || Number.isNaN(moment))
      throw new SmhInputError(name, `must be a valid Date or an RFC 3339 date-time with an offset, got ${describeValue(value)}`);
    body[name] = new Date(moment).toISOString();
  }
  return Object.keys(body).length === 0 ? undefined : (body as T);
}
