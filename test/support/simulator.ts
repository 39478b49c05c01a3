// A simulator driven in process, as the simulator's tests drive it: its
// createMockFetch, a client over that fetch, and an upload begun through it.
import { type BeginUploadRef, createSmhClient, type SmhClient } from '../../src/index.ts';
import { createMockFetch, createSimulator, type Simulator } from '../../src/mock/index.ts';

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
