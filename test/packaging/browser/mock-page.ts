// The in-process page of test/packaging/browser.test.ts, bundled by esbuild
// in a fresh consumer project from the packed tarball: the typed client on
// createMockFetch over a createSimulator, a fresh multipart upload from
// begin to confirm, the parts PUT to the storage URLs the task gives. No
// server and no service worker: nothing leaves the page.
import { createSmhClient, planResume } from 'smh-upload-contract';
import { createMockFetch, createSimulator, type SimulatedTask } from 'smh-upload-contract/mock';

export interface Uploaded {
  begun: { status: number; state: string | undefined };
  plan: string;
  parts: Array<{ partNumber: number; host: string; status: number; etag: string | null }>;
  confirmed: { status: number; path: string[] | undefined; size: string | undefined };
  /** The task as the simulator holds it afterwards. */
  task: SimulatedTask | undefined;
}

export interface SmhMockPage {
  /** Uploads `size` bytes (byte i is i % 251) in parts of `partSize`. */
  upload(size: number, partSize: number): Promise<Uploaded>;
}

declare global {
  interface Window {
    smhMockPage: SmhMockPage;
  }
}

const libraryId = 'smh0000000000000';

window.smhMockPage = {
  async upload(size, partSize) {
    const simulator = createSimulator();
    const fetch = createMockFetch({ simulator });
    const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken: 'browser-token', fetch });
    const file = new Blob([new Uint8Array(size).map((_, index) => index % 251)]);

    const begun = await smh.beginMultipartUpload({ libraryId, filePath: 'browser/clip.bin', fileSize: size });
    const confirmKey = begun.data?.state === 'started' ? begun.data.upload.confirmKey : '';
    const task = { libraryId, confirmKey };
    const status = await smh.getUploadTask(task);
    if (!status.data) throw new Error(`status: ${status.response.status}`);
    const plan = planResume(status.data, { fileSize: size, partSize });
    const parts: Uploaded['parts'] = [];
    for (const part of plan.state === 'upload' ? plan.parts : []) {
      const stored = await fetch(part.url, { method: part.method, headers: part.headers, body: file.slice(part.start, part.end) });
      parts.push({ partNumber: part.partNumber, host: new URL(part.url).host, status: stored.status, etag: stored.headers.get('etag') });
    }
    const confirmed = await smh.confirmUpload(task);
    return {
      begun: { status: begun.response.status, state: begun.data?.state },
      plan: plan.state,
      parts,
      confirmed: { status: confirmed.response.status, path: confirmed.data?.path, size: confirmed.data?.size },
      task: simulator.task(confirmKey),
    };
  },
};
