import { createSmhClient } from 'smh-upload-contract';

// Where the service is, your token and the task, from the environment; by default the mock `npm start` serves.
const baseUrl = process.env.SMH_BASE_URL ?? 'http://127.0.0.1:4010';
const accessToken = process.env.SMH_ACCESS_TOKEN ?? 'any-token';
const libraryId = process.env.SMH_LIBRARY_ID ?? 'smh0000000000000';
const confirmKey = process.env.SMH_CONFIRM_KEY ?? 'example-multipartInProgress';

const smh = createSmhClient({ baseUrl, accessToken });
const { data, error, response } = await smh.getUploadTask(
  { libraryId, confirmKey }, // spaceId defaults to "-"
  { signal: AbortSignal.timeout(10_000) }, // a server that never answers
);
if (error) console.log(`${response.status} ${error.code} (request ${error.requestId})`);
else console.log(`confirmed: ${data.confirmed}, parts stored: ${data.parts?.length ?? 0}`);
// → confirmed: false, parts stored: 2
