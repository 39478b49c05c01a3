import { createSmhClient } from 'smh-upload-contract';
import { createMockFetch } from 'smh-upload-contract/mock';

// The mock in process: no server, no port. Pass `log: console.info`-style to see its lines.
const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken: 'any-token', fetch: createMockFetch() });

// Test keys reach every documented answer through the client's own code path.
const missing = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'example-UploadNotFound' });
console.log(missing.response.status, missing.error?.code); // 404 UploadNotFound

const inProgress = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'example-multipartInProgress' });
console.log(inProgress.data?.parts?.length, 'parts stored'); // 2 parts stored
