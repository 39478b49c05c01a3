// Resuming for real: the README's example (docs/examples/resume-upload.ts)
// asks the mock that `npm start` runs, as the README prints it and on
// today's clock, for a multipart task through its test key, plans the rest
// with planResume, and PUTs every missing part to a stand-in for object
// storage on 127.0.0.1, which checks each request's path, query, headers and
// bytes. Every state planResume knows is reached from a documented example.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resumeUpload } from '../../docs/examples/resume-upload.ts';
import { createSmhClient, planResume, type UploadTask } from '../../src/index.ts';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';
import type { Running } from '../support/processes.ts';
import { npmStart } from '../support/servers.ts';
import { example } from '../support/spec.ts';

const MiB = 1024 * 1024;
const multipart: UploadTask = example('multipartInProgress');
const info = multipart.uploadPartInfo!;
// The example's two stored parts are 1 MiB each: the file has four, the last one short.
const file = new Blob([Uint8Array.from({ length: 3 * MiB + 12_345 }, (_, index) => (index * 7919) % 251)]);

interface Stored {
  partNumber: number;
  bytes: Buffer;
}

/** Object storage as far as a part upload goes: checks each PUT, keeps its bytes. */
function objectStorage(stored: Stored[], problems: string[]) {
  return (request: IncomingMessage, response: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://storage');
      const check = (ok: boolean, problem: string) => ok || problems.push(problem);
      check(request.method === 'PUT', `method ${request.method}`);
      check(url.pathname === `/${info.path.replace(/^\/+/, '')}`, `path ${url.pathname}`);
      check(url.searchParams.get('uploadId') === info.uploadId, `uploadId ${url.searchParams.get('uploadId')}`);
      for (const [name, value] of Object.entries(info.headers))
        check(request.headers[name.toLowerCase()] === value, `header ${name}: ${request.headers[name.toLowerCase()]}`);
      stored.push({ partNumber: Number(url.searchParams.get('partNumber')), bytes: Buffer.concat(chunks) });
      response.writeHead(200, { etag: '"stored"' });
      response.end();
    });
  };
}

let mock: { running: Running; url: string };
let storage: FixtureServer;
const stored: Stored[] = [];
const problems: string[] = [];
beforeAll(async () => {
  [mock, storage] = await Promise.all([npmStart(), startFixtureServer(objectStorage(stored, problems))]);
});
afterAll(() => Promise.all([mock?.running.stop(), storage?.close()]));

/** fetch, with the storage host resolved to the stand-in on 127.0.0.1. */
const toStandIn: typeof fetch = (input, init) => {
  const url = new URL(String(input));
  expect(url.origin).toBe(`https://${info.domain}`);
  return fetch(`${storage.baseUrl}${url.pathname}${url.search}`, init);
};

describe('the README example against the HTTP mock and a stand-in for object storage', () => {
  test('sends exactly the missing parts, each with its own bytes, and says to confirm', async () => {
    const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'resume-token' });
    const next = await resumeUpload(smh, { libraryId: 'smh0000000000000', confirmKey: 'example-multipartInProgress' }, file, toStandIn);

    expect(problems).toEqual([]);
    expect(next).toBe('confirm');
    expect(stored.map((part) => part.partNumber).sort()).toEqual([3, 4]);
    const bytes = Buffer.from(await file.arrayBuffer());
    for (const part of stored)
      expect(part.bytes.equals(bytes.subarray((part.partNumber - 1) * MiB, Math.min(part.partNumber * MiB, bytes.length)))).toBe(true);

    // After the last part, storage has every part: the task's next step is confirm.
    const parts = [
      ...multipart.parts!,
      ...stored.map(({ partNumber, bytes: body }) => ({
        PartNumber: partNumber,
        LastModified: new Date().toISOString(),
        ETag: '"stored"',
        Size: body.length,
      })),
    ];
    expect(planResume({ ...multipart, parts }, { fileSize: file.size })).toEqual({ state: 'confirm', partCount: 4 });
  });

  test('the expired key says to renew, and sends nothing', async () => {
    stored.length = 0;
    const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'resume-token' });
    expect(await resumeUpload(smh, { libraryId: 'smh0000000000000', confirmKey: 'example-multipartExpired' }, file, toStandIn)).toBe(
      'renew',
    );
    expect(stored).toEqual([]);
  });

  test.each([
    ['example-confirmed', 'done'],
    ['example-directoryDeleted', 'unreachable'],
    ['example-simpleUpload', 'not-resumable'],
  ])('the test key %s leads to %s', async (confirmKey, state) => {
    const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'resume-token' });
    expect(await resumeUpload(smh, { libraryId: 'smh0000000000000', confirmKey }, file, toStandIn)).toBe(state);
  });

  test('an error status is reported with its code and request ID', async () => {
    const smh = createSmhClient({ baseUrl: mock.url, accessToken: 'resume-token' });
    await expect(
      resumeUpload(smh, { libraryId: 'smh0000000000000', confirmKey: 'example-UploadNotFound' }, file, toStandIn),
    ).rejects.toThrow(`upload task: 404 UploadNotFound (request ${example('UploadNotFound').requestId})`);
  });

  test('the README shows this example, verbatim', async () => {
    const [readme, code] = await Promise.all([
      readFile(new URL('../../README.md', import.meta.url), 'utf8'),
      readFile(new URL('../../docs/examples/resume-upload.ts', import.meta.url), 'utf8'),
    ]);
    expect(readme).toContain(`\`\`\`ts\n${code}\`\`\``);
  });
});
