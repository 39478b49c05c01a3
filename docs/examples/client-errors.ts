import { createSmhClient, SmhInputError, SmhResponseError } from 'smh-upload-contract';

// A client whose every call `answer` answers: here, a stand-in for a server that misbehaves.
const accessToken = 'secret/token+42';
const clientAnswering = (answer: () => Response) =>
  createSmhClient({ baseUrl: 'https://smh.test', accessToken, fetch: async () => answer() });
const libraryId = 'smh0000000000000';

// Bad input never reaches the network: SmhInputError names what is wrong.
const smh = clientAnswering(() => Response.json({}));
const refusals = [
  () => smh.getUploadTask({ libraryId, confirmKey: '..' }), // a URL parser would drop the segment
  () => smh.getUploadTask({ libraryId, spaceID: '-', confirmKey: 'k' } as never), // a misspelt field
  () => smh.getUploadTask({ libraryId, confirmKey: 'k' }, { baseUrl: 'https://elsewhere.test' } as never), // the client decides where
  () => smh.beginMultipartUpload({ libraryId, filePath: 'videos//clip.mp4' }), // an empty directory name
];
for (const call of refusals) {
  await call().catch((error) => console.log(error instanceof SmhInputError, error.parameter));
}
// → true confirmKey
// → true spaceID
// → true init.baseUrl
// → true filePath

// An answer the contract does not allow throws SmhResponseError with the status: here, a redirect.
const moved = clientAnswering(() => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/x' } }));
await moved.getUploadTask({ libraryId, confirmKey: 'k' }).catch((error) => console.log(error instanceof SmhResponseError, error.status));
// → true 302

// An SMH error comes back as `error`; the token in it, in any spelling, as [REDACTED].
const echoing = clientAnswering(() =>
  Response.json({ code: 'InvalidAccessToken', message: `token ${encodeURIComponent(accessToken)} is invalid` }, { status: 403 }),
);
const { error, response } = await echoing.getUploadTask({ libraryId, confirmKey: 'k' });
console.log(response.status, error?.code, error?.message); // → 403 InvalidAccessToken token [REDACTED] is invalid
