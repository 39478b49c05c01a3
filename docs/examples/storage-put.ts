import { createHash } from 'node:crypto';
import { createSmhClient } from 'smh-upload-contract';
import { createMockFetch, createSimulator } from 'smh-upload-contract/mock';

// The simulator's object storage, in process: what a part's PUT gets back.
const simulator = createSimulator();
const mockFetch = createMockFetch({ simulator });
const smh = createSmhClient({ baseUrl: 'https://smh.test', accessToken: 'any-token', fetch: mockFetch });
const begun = await smh.beginMultipartUpload({ libraryId: 'smh0000000000000', filePath: 'videos/clip.mp4' });
if (begun.data?.state !== 'started') throw new Error(`begin answered ${begun.response.status}`);
const { domain, path, uploadId, headers, confirmKey } = begun.data.upload;

// Part N goes to https://{domain}/{path}?partNumber=N&uploadId=…, exactly one "/" after the domain.
const partUrl = (partNumber: number) => `https://${domain}/${path.replace(/^\/+/, '')}?partNumber=${partNumber}&uploadId=${uploadId}`;
async function put(partNumber: number, extraHeaders: Record<string, string> = {}) {
  const answer = await mockFetch(partUrl(partNumber), { method: 'PUT', headers: { ...headers, ...extraHeaders }, body: 'part bytes' });
  const xml = await answer.text(); // storage's errors are XML: <Error><Code>…</Code><Message>…</Message>…</Error>
  const [code, message] = [/<Code>(.*)<\/Code>/, /<Message>(.*)<\/Message>/].map((field) => field.exec(xml)?.[1]);
  console.log(answer.status, code ? `${code}: ${message}` : answer.headers.get('etag'));
}

await put(1); // → 200 "dff5628b451b709974a0b155986150b4"
console.log(`"${createHash('md5').update('part bytes').digest('hex')}"`); // → "dff5628b451b709974a0b155986150b4"
await put(2, { 'Content-MD5': createHash('md5').update('other bytes').digest('base64') });
// → 400 BadDigest: The Content-MD5 you specified did not match what was received.
await put(10_001); // → 400 InvalidArgument: Part number must be an integer between 1 and 10000, inclusive.
await put(3, { Authorization: 'forged' });
// → 403 AccessDenied: The request signature we calculated does not match the signature you provided.
simulator.clock.advance(60 * 60 * 1000); // an hour on: the credentials that begin issued have expired
await put(3); // → 403 AccessDenied: Request has expired
await smh.cancelUpload({ libraryId: 'smh0000000000000', confirmKey });
await put(3);
// → 404 NoSuchUpload: The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.
