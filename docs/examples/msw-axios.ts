import axios from 'axios';
import { setupServer } from 'msw/node';
import { createSmhHandlers } from 'smh-upload-contract/msw';

// Mock Service Worker answers any client (here axios) in Node; in a browser,
// pass the same handlers to setupWorker from 'msw/browser'.
const server = setupServer(...createSmhHandlers({ baseUrl: 'https://smh.test' }));
server.listen(); // an unhandled request gets msw's warning (msw 2 and 3 name the option to fail on it differently)

const smh = axios.create({ baseURL: 'https://smh.test', validateStatus: () => true });
const task = (confirmKey: string) =>
  smh.get(`/api/v1/file/smh0000000000000/-/${confirmKey}`, { params: { upload: '', access_token: 'any-token' } });

const confirmed = await task('example-confirmed');
console.log(confirmed.status, confirmed.data.confirmed); // → 200 true
const banned = await task('example-SpaceBanned');
console.log(banned.status, banned.data.code, banned.headers['x-request-id'] === banned.data.requestId); // → 403 SpaceBanned true
const unknown = await task('no-such-key');
console.log(unknown.status, unknown.data.code); // → 404 UploadNotFound

server.close();
