// The contract suite, the calls around the status: begin, renew and cancel
// (and, on the mock, a part and confirm), each answer judged by its schema.
// They write, so against a real server they run only when asked
// (SMH_CONTRACT_LIFECYCLE=1), and cancel what they begin; confirm, which
// leaves a file behind, runs against the mock alone.
import { afterAll, describe, expect, test } from 'vitest';
import { createSmhClient, planResume, type UploadStarted } from '../../src/index.ts';
import { schemaProblems } from '../support/schemas.ts';
import { contractTarget, errorBodyProblems, requestIdProblems } from './target.ts';

const target = contractTarget();
const client = createSmhClient({
  baseUrl: target.baseUrl,
  accessToken: target.accessToken,
  ...(target.userId ? { userId: target.userId } : {}),
});
const signal = () => ({ signal: AbortSignal.timeout(target.timeoutMs) });
// In the space's root: begin creates no directory (a missing one is 404 DirectoryNotFound).
const filePath = `smh-contract-${Date.now().toString(36)}.bin`;
const fileSize = 2 * 1024 * 1024 + 1;
const begun: string[] = [];
afterAll(async () => {
  // Whatever a check began and did not finish is cancelled.
  for (const confirmKey of begun)
    await client.cancelUpload({ libraryId: target.libraryId, spaceId: target.spaceId, confirmKey }, signal()).catch(() => {});
});

/** Begins an upload of `kind`: its answer, the task it names (cancelled at the end unless a check finishes it). */
async function begin(kind: 'multipart' | 'simple', path = filePath) {
  const file = { libraryId: target.libraryId, spaceId: target.spaceId, filePath: path, fileSize };
  const result = await (kind === 'multipart' ? client.beginMultipartUpload(file, signal()) : client.beginSimpleUpload(file, signal()));
  const upload = result.data?.state === 'started' ? result.data.upload : undefined;
  if (upload) begun.push(upload.confirmKey);
  return { result, upload, task: { libraryId: target.libraryId, spaceId: target.spaceId, confirmKey: upload?.confirmKey ?? 'none' } };
}

describe.runIf(target.lifecycle)('an upload, begun, renewed and cancelled', () => {
  let upload: UploadStarted | undefined;
  let task: { libraryId: string; spaceId: string; confirmKey: string };

  test('begin (multipart) answers 201 with where to send the parts, valid against UploadStarted', async () => {
    const begin1 = await begin('multipart');
    ({ upload, task } = begin1);
    expect(begin1.result.response.status).toBe(201);
    expect(schemaProblems('UploadStarted', upload)).toEqual([]);
    expect(upload?.uploadId).toEqual(expect.any(String));
  });

  test("the new task's status: not confirmed, its upload ID, nothing stored, valid", async () => {
    const { data, response } = await client.getUploadTask(task, signal());
    expect(response.status).toBe(200);
    expect(schemaProblems('UploadTask', data)).toEqual([]);
    expect(data).toMatchObject({ confirmed: false, uploadId: upload?.uploadId });
    expect(data?.parts ?? []).toEqual([]);
  });

  test('renew answers 200 with fresh credentials for the same task and upload, valid against UploadStarted', async () => {
    const { data, response } = await client.renewUpload(task, signal());
    expect(response.status).toBe(200);
    expect(schemaProblems('UploadStarted', data)).toEqual([]);
    expect(data).toMatchObject({ uploadId: upload?.uploadId });
  });

  test('cancel answers 204; the status then answers 404 with an SMH error body', async () => {
    expect((await client.cancelUpload(task, signal())).response.status).toBe(204);
    const gone = await client.getUploadTask(task, signal());
    expect([gone.response.status, errorBodyProblems(gone.error), requestIdProblems(gone)]).toEqual([404, [], []]);
  });

  test('begin (simple) answers 201 with no upload ID, valid against UploadStarted', async () => {
    const { result, upload: simple } = await begin('simple', `${filePath}.simple`);
    expect(result.response.status).toBe(201);
    expect(schemaProblems('UploadStarted', simple)).toEqual([]);
    expect(simple).not.toHaveProperty('uploadId');
  });
});

describe.runIf(target.isMock)('an upload confirmed (the mock: it leaves a file behind)', () => {
  test('a part PUT to storage, then confirm: 200 with the file, valid against UploadedFile; the status says confirmed', async () => {
    const { upload, task } = await begin('multipart', `${filePath}.confirmed`);
    const { data } = await client.getUploadTask(task, signal());
    const plan = planResume(data!, { fileSize: 10, partSize: 10, protocol: new URL(target.baseUrl).protocol as 'http:' });
    const part = plan.state === 'upload' ? plan.parts[0]! : expect.unreachable(`planned ${plan.state}`);
    expect((await fetch(part.url, { method: 'PUT', headers: part.headers, body: 'x'.repeat(10) })).status).toBe(200);
    const confirmed = await client.confirmUpload(task, signal());
    expect([confirmed.response.status, schemaProblems('UploadedFile', confirmed.data)]).toEqual([200, []]);
    expect((await client.getUploadTask(task, signal())).data?.confirmed).toBe(true);
    expect(upload).toBeDefined();
  });
});
