import { createSmhClient } from 'smh-upload-contract';

// The mock `npm start` serves; the command line may name another server.
const baseUrl = process.argv[2] ?? 'http://127.0.0.1:4010';
const smh = createSmhClient({ baseUrl, accessToken: 'any-token' });
const libraryId = 'smh0000000000000';

// Begin a multipart upload: the mock's simulator keeps the task it starts.
const begun = await smh.beginMultipartUpload({ libraryId, filePath: 'videos/clip.mp4', fileSize: 3 * 1024 * 1024 });
if (begun.data?.state !== 'started') throw new Error(`begin answered ${begun.response.status}`);
const task = { libraryId, confirmKey: begun.data.upload.confirmKey };
console.log('begin', begun.response.status); // → begin 201

// The status an uploader reads to resume: not confirmed, no part stored yet.
const status = await smh.getUploadTask(task);
console.log('status', status.response.status, status.data?.confirmed, status.data?.parts?.length); // → status 200 false 0

// Cancel it: the task is gone, and its status is the service's 404.
console.log('cancel', (await smh.cancelUpload(task)).response.status); // → cancel 204
const gone = await smh.getUploadTask(task);
console.log('status', gone.response.status, gone.error?.code); // → status 404 UploadNotFound
