// A simulator driven in process, as the simulator's tests drive it: its
// createMockFetch, a client over that fetch, an upload begun through it, and
// the bytes sent to its storage with the headers begin issued.
import { type BeginUploadRef, createSmhClient, type SmhClient } from '../../src/index.ts';
import { createMockFetch, createSimulator, type MockFetch, type Simulator } from '../../src/mock/index.ts';

/** `simulator` (a new one by default), the createMockFetch that answers from it, and a client over that fetch. */
export function simulatorWorld(simulator: Simulator = createSimulator()) {
  const fetch = createMockFetch({ simulator });
  const smh = createSmhClient({ baseUrl: 'https://api.smh.test', accessToken: 'sim-token', fetch });
  return { simulator, fetch, smh };
}

/** Begins an upload of `filePath` in library `lib` (multipart, or `simple`); what begin issued, or a throw naming what came instead. */
export async function beginUpload(smh: SmhClient, { filePath = 'videos/clip.mp4', simple = false, ...extra }: BeginOptions = {}) {
  const file = { libraryId: 'lib', filePath, ...extra };
  const { data, error } = simple ? await smh.beginSimpleUpload(file) : await smh.beginMultipartUpload(file);
  if (data?.state !== 'started') throw new Error(`begin: ${JSON.stringify(data ?? error)}`);
  return data.upload;
}

type BeginOptions = Partial<Omit<BeginUploadRef, 'libraryId'>> & { simple?: boolean };

/** Where begin (or renew) said to send the bytes, and with which headers. */
export type Issued = { domain: string; path: string; uploadId?: string; headers: Readonly<Record<string, string>> };

/** A PUT to storage at the issued path (`query` after it) with the issued headers, of ten bytes unless `init` says otherwise. */
export const putObject = (fetch: MockFetch, issued: Issued, query = '', init: RequestInit = {}) =>
  fetch(`https://${issued.domain}${issued.path}${query}`, { method: 'PUT', headers: issued.headers, body: 'ten bytes!', ...init });

/** The PUT of part `number` of the issued upload. */
export const putPart = (fetch: MockFetch, issued: Issued, number: number | string, init: RequestInit = {}) =>
  putObject(fetch, issued, `?partNumber=${number}&uploadId=${issued.uploadId}`, init);

/** Storage's XML error, field by field. */
export async function storageError(response: Response) {
  const text = await response.text();
  const field = (name: string) => new RegExp(`<${name}>(.*)</${name}>`).exec(text)?.[1];
  return { status: response.status, code: field('Code'), message: field('Message'), resource: field('Resource') };
}
