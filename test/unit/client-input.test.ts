// Bad input is refused before anything is sent: SmhInputError, whose
// `parameter` names what is wrong and whose message says why. Nothing
// reaches fetch.
import { describe, expect, test } from 'vitest';
import { createSmhClient, SmhInputError } from '../../src/index.ts';
import { BASE, calls, file, recordingClient, rejection, successOf, task } from '../support/client.ts';

const noFetch = (() => expect.unreachable('nothing may be sent')) as unknown as typeof fetch;

describe('the client options', () => {
  test.each([
    ['not a URL', { baseUrl: 'not a url' }, 'baseUrl', 'must be an absolute http(s) URL'],
    ['a URL object', { baseUrl: new URL(BASE) }, 'baseUrl', 'must be an absolute http(s) URL'],
    ['ftp:', { baseUrl: 'ftp://smh.test' }, 'baseUrl', 'must use http or https, not ftp:'],
    ['a query', { baseUrl: `${BASE}/?x=1` }, 'baseUrl', 'must not carry a query, a fragment or credentials'],
    ['a bare ?', { baseUrl: `${BASE}/gw?` }, 'baseUrl', 'must not carry a query, a fragment or credentials'],
    ['a bare #', { baseUrl: `${BASE}#` }, 'baseUrl', 'must not carry a query, a fragment or credentials'],
    ['user info', { baseUrl: 'http://user:pw@smh.test/' }, 'baseUrl', 'must not carry a query, a fragment or credentials'],
    ['no token', { accessToken: undefined }, 'accessToken', 'must be a string, got undefined'],
    ['an empty token', { accessToken: '' }, 'accessToken', 'must not be empty'],
    ['a token with a lone surrogate', { accessToken: 'x\udc00' }, 'accessToken', 'must be well-formed Unicode (it has a lone surrogate)'],
    ['an empty userId', { userId: '' }, 'userId', 'must not be empty'],
    ['a fetch that is no function', { fetch: 'fetch' }, 'fetch', 'must be a function'],
    ['maxBodyBytes 0', { maxBodyBytes: 0 }, 'maxBodyBytes', 'must be a positive safe integer (bytes)'],
    ['maxBodyBytes 1.5', { maxBodyBytes: 1.5 }, 'maxBodyBytes', 'must be a positive safe integer (bytes)'],
  ])('%s', (_name, given, parameter, problem) => {
    expect(() => createSmhClient({ baseUrl: BASE, accessToken: 't', ...(given as object) } as never)).toThrow(
      expect.objectContaining({ name: 'SmhInputError', parameter, message: `${parameter} ${problem}` }),
    );
  });
});

describe('what a call is given', () => {
  const ids: Array<[string, unknown, string]> = [
    ['empty', '', 'must not be empty'],
    ['a number', 42, 'must be a string, got number'],
    ['null', null, 'must be a string, got null'],
    ['"."', '.', 'must not be "." (a URL parser would remove it from the path)'],
    ['".."', '..', 'must not be ".." (a URL parser would remove it from the path)'],
    ['a newline', 'a\nb', 'must not contain control characters'],
    ['DEL', 'a\u007fb', 'must not contain control characters'],
    ['a C1 control', 'a\u0085b', 'must not contain control characters'],
    ['a lone surrogate', 'a\ud800b', 'must be well-formed Unicode (it has a lone surrogate)'],
  ];
  const cases = ['libraryId', 'spaceId', 'confirmKey'].flatMap((parameter) =>
    ids.map(([name, value, problem]) => [parameter, name, value, problem] as const),
  );
  test.each(cases)('%s %s', async (parameter, _name, value, problem) => {
    const client = createSmhClient({ baseUrl: BASE, accessToken: 't', fetch: noFetch });
    const refusals = [
      ...[client.getUploadTask, client.renewUpload, client.confirmUpload, client.cancelUpload].map((run) =>
        run({ ...task, [parameter]: value } as never),
      ),
      // Begin takes the library and space ids too.
      ...(parameter === 'confirmKey' ? [] : [client.beginMultipartUpload, client.beginSimpleUpload]).map((run) =>
        run({ ...file, [parameter]: value } as never),
      ),
    ];
    for (const error of await Promise.all(refusals.map(rejection))) {
      expect(error).toBeInstanceOf(SmhInputError);
      expect(error).toMatchObject({ parameter, message: `${parameter} ${problem}` });
    }
  });

  test.each([
    [
      'a misspelt field',
      { ...task, spaceID: 'x' },
      'spaceID',
      'is not a field of the task; the call reads libraryId, spaceId, confirmKey, userId, conflictResolutionStrategy, withInode, crc64, labels, category, localCreationTime, localModificationTime',
    ],
    [
      'no task',
      null,
      'task',
      'must be an object with libraryId, spaceId, confirmKey, userId, conflictResolutionStrategy, withInode, crc64, labels, category, localCreationTime, localModificationTime',
    ],
    ['a userId that is a number', { ...task, userId: 7 }, 'userId', 'must be a string, got number'],
    ['a crc64 that is a number', { ...task, crc64: 7 }, 'crc64', 'must be an unsigned decimal string (CRC-64/XZ), got 7'],
    [
      'an unknown strategy',
      { ...task, conflictResolutionStrategy: 'replace' },
      'conflictResolutionStrategy',
      'must be ask, rename or overwrite, got "replace"',
    ],
    ['labels not all strings', { ...task, labels: ['a', 1] }, 'labels', 'must be an array of strings, got a value of type array'],
    ['a category that is a number', { ...task, category: 7 }, 'category', 'must be a string, got number'],
    ['a crc64 with a letter after', { ...task, crc64: '1x' }, 'crc64', 'must be an unsigned decimal string (CRC-64/XZ), got "1x"'],
    ['a crc64 with a letter before', { ...task, crc64: 'x1' }, 'crc64', 'must be an unsigned decimal string (CRC-64/XZ), got "x1"'],
    [
      'a crc64 of 21 digits',
      { ...task, crc64: '1'.repeat(21) },
      'crc64',
      `must be an unsigned decimal string (CRC-64/XZ), got "${'1'.repeat(21)}"`,
    ],
    [
      'a task that is a string',
      'key',
      'task',
      'must be an object with libraryId, spaceId, confirmKey, userId, conflictResolutionStrategy, withInode, crc64, labels, category, localCreationTime, localModificationTime',
    ],
    [
      'a local time without an offset',
      { ...task, localCreationTime: '2024-06-01T10:00:00' },
      'localCreationTime',
      'must be a valid Date or an RFC 3339 date-time with an offset, got "2024-06-01T10:00:00"',
    ],
    [
      'an invalid Date',
      { ...task, localModificationTime: new Date(Number.NaN) },
      'localModificationTime',
      'must be a valid Date or an RFC 3339 date-time with an offset, got a value of type object',
    ],
    ['withInode that is no boolean', { ...task, withInode: 1 }, 'withInode', 'must be a boolean, got 1'],
  ])('confirm: %s', async (_name, given, parameter, problem) => {
    const client = createSmhClient({ baseUrl: BASE, accessToken: 't', fetch: noFetch });
    expect(await rejection(client.confirmUpload(given as never))).toMatchObject({
      name: 'SmhInputError',
      parameter,
      message: `${parameter} ${problem}`,
    });
  });

  const badPath = (filePath: string) =>
    `must be directories and a name joined by "/", none of them empty, "." or "..", got ${JSON.stringify(filePath)}`;
  test.each([
    ['an empty directory', 'a//b.mp4', badPath('a//b.mp4')],
    ['a leading /', '/b.mp4', badPath('/b.mp4')],
    ['a . directory', 'a/./b.mp4', badPath('a/./b.mp4')],
    ['a .. directory', 'a/../b.mp4', badPath('a/../b.mp4')],
    ['a control character', 'a/b\u0000.mp4', 'must not contain control characters'],
    ['no string at all', 42, 'must be a string, got number'],
  ])('begin: a file path with %s', async (_name, filePath, problem) => {
    const client = createSmhClient({ baseUrl: BASE, accessToken: 't', fetch: noFetch });
    for (const run of [client.beginMultipartUpload, client.beginSimpleUpload])
      expect(await rejection(run({ ...file, filePath } as never))).toMatchObject({
        name: 'SmhInputError',
        parameter: 'filePath',
        message: `filePath ${problem}`,
      });
  });

  test.each([
    ['a fileSize that is negative', { fileSize: -1 }, 'fileSize', 'must be a non-negative safe integer (bytes), got -1'],
    ['a trafficLimit of 0', { trafficLimit: 0 }, 'trafficLimit', 'must be a positive safe integer (bits per second), got 0'],
    ['a hash with no hex before', { fullHash: '-ab' }, 'fullHash', 'must be a hex string, got "-ab"'],
    ['a hash with no hex after', { sampleHash: 'ab-' }, 'sampleHash', 'must be a hex string, got "ab-"'],
    ['a hash that is a number', { beginningHash: 12 }, 'beginningHash', 'must be a hex string, got 12'],
    ['internalDomain that is no boolean', { internalDomain: 'yes' }, 'internalDomain', 'must be a boolean, got "yes"'],
    ['preferSameOrigin that is no boolean', { preferSameOrigin: 1 }, 'preferSameOrigin', 'must be a boolean, got 1'],
    ['a userId that is a number', { userId: 7 }, 'userId', 'must be a string, got number'],
    [
      'a misspelt field',
      { filepath: 'x' },
      'filepath',
      'is not a field of the file; the call reads libraryId, spaceId, filePath, userId, fileSize, conflictResolutionStrategy, trafficLimit, preferSameOrigin, internalDomain, beginningHash, fullHash, sampleHash, labels, category, localCreationTime, localModificationTime',
    ],
  ])('begin: %s', async (_name, extra, parameter, problem) => {
    const client = createSmhClient({ baseUrl: BASE, accessToken: 't', fetch: noFetch });
    expect(await rejection(client.beginMultipartUpload({ ...file, ...extra } as never))).toMatchObject({
      name: 'SmhInputError',
      parameter,
      message: `${parameter} ${problem}`,
    });
  });
});

describe('what init may carry', () => {
  const foreign = [
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
  test.each(calls.flatMap((call) => foreign.map((option) => [call.name, option, call] as const)))(
    "%s: init.%s, openapi-fetch's own option, is refused",
    async (_name, option, call) => {
      const { client, sent } = recordingClient(() => successOf(call));
      expect(await rejection(call.run(client, { [option]: undefined } as never))).toMatchObject({
        name: 'SmhInputError',
        parameter: `init.${option}`,
        message: `init.${option} is not an option of the call: the client decides where the call goes and how`,
      });
      expect(sent).toEqual([]);
    },
  );

  test.each([
    ['headers fetch refuses', { headers: { 'bad header': 'x' } }],
    ['a cache mode fetch does not know', { cache: 'sometimes' }],
    ['a signal that is no AbortSignal', { signal: 'stop' }],
  ])("%s: SmhInputError naming init, not fetch's TypeError", async (_name, init) => {
    const { client, sent } = recordingClient(() => successOf(calls[0]!));
    const error = await rejection(client.getUploadTask(task, init as never));
    expect(error).toBeInstanceOf(SmhInputError);
    expect(error).toMatchObject({ parameter: 'init', message: expect.stringMatching(/^init cannot make a request: /) });
    expect(sent).toEqual([]);
  });

  test('an empty or null init is no option at all', async () => {
    const { client, sent } = recordingClient(() => successOf(calls[0]!));
    await client.getUploadTask(task, {});
    await client.getUploadTask(task, null as never);
    expect(sent).toHaveLength(2);
  });
});
