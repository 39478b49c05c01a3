// The README's upload loop (docs/examples/upload-file.ts: status → plan →
// PUT parts → renew when told → confirm) against each face of the mock,
// with no storage stand-in of its own: a fresh upload; one interrupted
// after some parts and resumed from the status alone; one whose
// credentials expire mid-way (the mock's clock), renewed and finished; one
// cancelled. The simulator is driven through its own routes, as a test in
// any language drives it.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resumeUpload, uploadFile } from '../../docs/examples/upload-file.ts';
import { createSmhClient } from '../../src/index.ts';
import { createMockFetch } from '../../src/mock/index.ts';
import { createSmhHandlers } from '../../src/mock/msw.ts';
import { type Server, startMock } from '../support/servers.ts';

const MiB = 1024 * 1024;
const file = new Blob([new Uint8Array(3 * MiB + 100).map((_, index) => index % 251)]);
const libraryId = 'smh0000000000000';

let http: Server;
const msw = setupServer(...createSmhHandlers({ baseUrl: 'https://msw.smh.test' }));
beforeAll(async () => {
  http = await startMock(['-v', 'silent']);
  msw.listen({
    onUnhandledRequest: ({ url }) => {
      if (!url.startsWith(http.url)) throw new Error(`not the mock's: ${url}`);
    },
  });
});
afterAll(async () => {
  msw.close();
  await http?.stop();
});

interface Face {
  name: string;
  baseUrl: () => string;
  fetch: () => typeof fetch;
  protocol: 'https:' | 'http:';
}
const inProcess = createMockFetch();
const faces: Face[] = [
  { name: 'the HTTP mock', baseUrl: () => http.url, fetch: () => fetch, protocol: 'http:' },
  { name: 'createMockFetch', baseUrl: () => 'https://api.smh.test', fetch: () => inProcess, protocol: 'https:' },
  { name: 'the MSW handlers', baseUrl: () => 'https://msw.smh.test', fetch: () => fetch, protocol: 'https:' },
];

describe.each(faces)('$name', (face) => {
  /** The client, what storage was sent (part numbers), and the simulator's clock through its routes. */
  function uploader() {
    const sent: number[] = [];
    const renewals: string[] = [];
    const send = (async (input: string, init: RequestInit) => {
      sent.push(Number(new URL(input).searchParams.get('partNumber')));
      return face.fetch()(input, init);
    }) as typeof fetch;
    const smh = createSmhClient({ baseUrl: face.baseUrl(), accessToken: 'loop-token', fetch: (request) => face.fetch()(request) });
    smh.use({ onRequest: ({ request }) => void (new URL(request.url).searchParams.has('renew') && renewals.push(request.url)) });
    const control = (path: string, body?: unknown) =>
      face
        .fetch()(`${face.baseUrl()}/__smh-mock/${path}`, { method: body === undefined ? 'GET' : 'POST', body: JSON.stringify(body) })
        .then((response) => response.json());
    let clock = 0;
    const now = () => new Date(Date.now() + clock);
    const advance = async (ms: number) => {
      const { now: moved } = await control('clock', { advanceMs: ms });
      clock = Date.parse(moved) - Date.now();
    };
    return { smh, sent, renewals, control, advance, options: { partSize: MiB, send, protocol: face.protocol, now } };
  }

  test('a fresh upload: every part sent once, then confirmed', async () => {
    const { smh, sent, options } = uploader();
    const stored = await uploadFile(smh, libraryId, 'loop/fresh.bin', file, options);
    expect(stored).toMatchObject({ path: ['loop', 'fresh.bin'], size: String(file.size) });
    expect(sent.sort()).toEqual([1, 2, 3, 4]);
  });

  test('interrupted after some parts, resumed from the status alone: only the missing parts are sent', async () => {
    const { smh, sent, control, options } = uploader();
    const seeded = await control('tasks', { filePath: 'loop/resumed.bin', fileSize: file.size, storedParts: [1, 3] });
    const stored = await resumeUpload(smh, { libraryId, confirmKey: seeded.confirmKey }, file, options);
    expect(stored).toMatchObject({ size: String(file.size) });
    expect(sent.sort()).toEqual([2, 4]);
  });

  test('credentials that expire mid-way (the clock moved on): storage refuses, the loop renews and finishes', async () => {
    const { smh, sent, renewals, control, advance, options } = uploader();
    const seeded = await control('tasks', { filePath: 'loop/expired.bin', fileSize: file.size, storedParts: [1] });
    await advance(2 * 3_600_000);
    const stored = await resumeUpload(smh, { libraryId, confirmKey: seeded.confirmKey }, file, options);
    expect(stored).toMatchObject({ size: String(file.size) });
    expect(renewals).toHaveLength(1);
    expect(sent.sort()).toEqual([2, 3, 4]);
  });

  test('credentials that a part finds expired (a fault): 403, renewed, the part sent again', async () => {
    const { smh, sent, renewals, control, options } = uploader();
    const seeded = await control('tasks', { filePath: 'loop/refused.bin', fileSize: file.size, storedParts: [1] });
    await control(`tasks/${seeded.confirmKey}/faults`, { faults: [{ call: 'storage', partNumber: 3, fault: 'expired' }] });
    await resumeUpload(smh, { libraryId, confirmKey: seeded.confirmKey }, file, options);
    expect(renewals).toHaveLength(1);
    expect(sent).toEqual([2, 3, 3, 4]);
  });

  test('cancelled: the loop stops at the status, 404 UploadNotFound', async () => {
    const { smh, sent, options } = uploader();
    const begun = await smh.beginMultipartUpload({ libraryId, filePath: 'loop/cancelled.bin', fileSize: file.size });
    const task = { libraryId, confirmKey: begun.data!.state === 'started' ? begun.data!.upload.confirmKey : '' };
    expect((await smh.cancelUpload(task)).response.status).toBe(204);
    await expect(resumeUpload(smh, task, file, options)).rejects.toThrow('status: 404 UploadNotFound');
    expect(sent).toEqual([]);
  });
});
