import { createSmhClient } from 'smh-upload-contract';
import { createMockFetch, createSimulator } from 'smh-upload-contract/mock';
import { resumeUpload } from './upload-file.js';

// The mock in process, with a simulator a test drives: no server, no port.
const simulator = createSimulator();
const mockFetch = createMockFetch({ simulator });
const smh = createSmhClient({ baseUrl: 'https://smh.test', accessToken: 'any-token', fetch: mockFetch });

// An upload interrupted earlier: 5 MiB in 1 MiB parts, parts 1 to 3 stored.
const file = new Blob([new Uint8Array(5 * 1024 * 1024)]);
const task = simulator.seedTask({ filePath: 'videos/clip.mp4', fileSize: file.size, storedParts: [1, 2, 3] });
// Part 4's first PUT meets expired credentials, as storage answers them: the uploader must renew.
simulator.addFaults(task.confirmKey, [{ call: 'storage', partNumber: 4, fault: 'expired' }]);

// Resume from the status alone, noting each part storage was sent and its answer.
const sent: string[] = [];
const send: typeof fetch = async (input, init) => {
  const answer = await mockFetch(input, init);
  sent.push(`${new URL(String(input)).searchParams.get('partNumber')}:${answer.status}`);
  return answer;
};
const stored = await resumeUpload(smh, { libraryId: task.libraryId, confirmKey: task.confirmKey }, file, { partSize: 1024 * 1024, send });
console.log(sent.join(' ')); // → 4:403 4:200 5:200
console.log(stored.path.join('/'), stored.size); // → videos/clip.mp4 5242880
console.log(simulator.task(task.confirmKey)?.state); // → confirmed
