// A 64 MiB upload in 1 MiB parts, the whole loop as docs/examples/upload-file.ts
// drives it (begin multipart → status → plan → PUT every part with the
// issued headers → confirm), against a bare PUT sink that only drains the
// bytes, measured in the same run (interleaved rounds, the median round's ratio):
// (a) in process: createMockFetch, against a fetch that drains the body;
// (b) over loopback HTTP: startMockServer, against a node:http server on
//     127.0.0.1 that drains the request; both in this process, as the client.
// Bound: the simulator keeps at least 0.5× the sink's MiB/s. Memory stays
// flat: after gc, heapUsed and RSS at part 64 are within 32 MiB of part 8's.
// Reported, not bound: a sink that also MD5s what it drains, as storage must
// for a part's ETag, to tell the digest's cost from the rest of the simulator's.
import { createHash, randomFillSync } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSmhClient, planResume, type SmhClient } from '../src/index.ts';
import { createMockFetch } from '../src/mock/index.ts';
import { startMockServer } from '../src/mock/server.ts';
import { compare, report, type Side } from './measure.ts';

const MiB = 1024 * 1024;
const PARTS = 64;
const ROUNDS = 11;
const RATE_BOUND = 0.5;
const GROWTH_BOUND_MIB = 32;
const libraryId = 'smh0000000000000';
const misses: string[] = [];

// Real bytes, one buffer sent as every part: the simulator must read and digest each.
const part = randomFillSync(new Uint8Array(MiB));
const partMd5 = createHash('md5').update(part).digest('hex');
/** Object storage's multipart ETag: the MD5 of the parts' MD5s, and their count. */
const multipartETag = (count: number) =>
  `"${createHash('md5')
    .update(Buffer.concat(Array.from({ length: count }, () => Buffer.from(partMd5, 'hex'))))
    .digest('hex')}-${count}"`;

/** gc(), exposed here when node was started without --expose-gc (bench/run.ts passes it). */
function collector(): () => void {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const gc = collector();

interface Face {
  name: string;
  smh: SmhClient;
  /** What sends the parts to storage. */
  send: typeof fetch;
  protocol: 'https:' | 'http:';
}

let uploads = 0;
/** The headers the simulator issued, kept so the sinks are sent the same. */
let issuedHeaders: Readonly<Record<string, string>> = {};

/** One multipart upload of `count` MiB, checked end to end; `afterPart` runs once storage has answered a part. */
async function upload(face: Face, count: number, afterPart?: (partNumber: number) => void): Promise<void> {
  const fileSize = count * MiB;
  const { smh } = face;
  const begun = await smh.beginMultipartUpload({ libraryId, filePath: `bench/upload-${++uploads}.bin`, fileSize });
  if (begun.error || begun.data.state !== 'started')
    throw new Error(`begin: ${begun.response.status} ${JSON.stringify(begun.error ?? begun.data)}`);
  const task = { libraryId, confirmKey: begun.data.upload.confirmKey };
  const status = await smh.getUploadTask(task);
  if (status.error) throw new Error(`status: ${status.response.status} ${status.error.code}`);
  const plan = planResume(status.data, { fileSize, partSize: MiB, protocol: face.protocol });
  if (plan.state !== 'upload' || plan.parts.length !== count) throw new Error(`planned ${plan.state}, not ${count} parts to upload`);
  for (const planned of plan.parts) {
    const stored = await face.send(planned.url, { method: planned.method, headers: planned.headers, body: part });
    await stored.arrayBuffer();
    if (stored.status !== 200 || stored.headers.get('etag') !== `"${partMd5}"`)
      throw new Error(`part ${planned.partNumber}: ${stored.status}, ETag ${stored.headers.get('etag')}`);
    afterPart?.(planned.partNumber);
  }
  issuedHeaders = plan.parts[0]!.headers;
  const confirmed = await smh.confirmUpload(task);
  if (confirmed.error) throw new Error(`confirm: ${confirmed.response.status} ${confirmed.error.code}`);
  if (confirmed.data.size !== String(fileSize) || confirmed.data.eTag !== multipartETag(count))
    throw new Error(`confirmed ${confirmed.data.size} bytes, ETag ${confirmed.data.eTag}: not the bytes sent`);
}

/** `count` 1 MiB PUTs to a sink, with the headers the simulator issues; nothing before or after. */
async function putAll(send: typeof fetch, urlOf: (partNumber: number) => string, count: number): Promise<void> {
  for (let partNumber = 1; partNumber <= count; partNumber++) {
    const stored = await send(urlOf(partNumber), { method: 'PUT', headers: issuedHeaders, body: part });
    await stored.arrayBuffer();
    if (stored.status !== 200) throw new Error(`the sink answered part ${partNumber} with ${stored.status}`);
  }
}

/** Reads a web stream to its end, keeping nothing: what each chunk is handed to, if anything. */
async function drain(body: ReadableStream<Uint8Array> | null, each?: (chunk: Uint8Array) => void): Promise<number> {
  let size = 0;
  if (body === null) return size;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return size;
    size += value.byteLength;
    each?.(value);
  }
}

/** In process: a fetch that takes the request as fetch would, reads the body, and answers 200 (with the MD5 as ETag, if `digest`). */
function sinkFetch(digest: boolean): typeof fetch {
  return (async (input: string, init: RequestInit) => {
    const request = new Request(input, init);
    const md5 = digest ? createHash('md5') : undefined;
    const size = await drain(request.body, md5 && ((chunk) => md5.update(chunk)));
    if (size !== MiB) return new Response(null, { status: 400 });
    return new Response(null, { status: 200, headers: md5 ? { etag: `"${md5.digest('hex')}"` } : {} });
  }) as typeof fetch;
}

/** Over HTTP: a node:http server on 127.0.0.1 that reads each request's body and answers 200 (with the MD5 as ETag, if `digest`). */
async function sinkServer(digest: boolean): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const md5 = digest ? createHash('md5') : undefined;
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      md5?.update(chunk);
    });
    request.on('end', () => {
      response.writeHead(size === MiB ? 200 : 400, md5 ? { etag: `"${md5.digest('hex')}"` } : {});
      response.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

const mib = (bytes: number) => bytes / MiB;

/** heapUsed and RSS after a full collection, at part 8 and at part 64 of one upload; misses past the bound. */
async function memoryAcross(face: Face): Promise<void> {
  const samples: Record<number, NodeJS.MemoryUsage> = {};
  await upload(face, PARTS, (partNumber) => {
    if (partNumber !== 8 && partNumber !== PARTS) return;
    gc();
    samples[partNumber] = process.memoryUsage();
  });
  const [at8, atEnd] = [samples[8]!, samples[PARTS]!];
  for (const measure of ['heapUsed', 'rss'] as const) {
    const growth = mib(atEnd[measure] - at8[measure]);
    console.log(
      `${face.name}, ${measure} after gc: ${mib(at8[measure]).toFixed(1)} MiB at part 8, ${mib(atEnd[measure]).toFixed(1)} MiB at part ${PARTS}: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MiB (bound: growth < ${GROWTH_BOUND_MIB} MiB)`,
    );
    if (growth >= GROWTH_BOUND_MIB)
      misses.push(`${face.name}: ${measure} grew ${growth.toFixed(1)} MiB from part 8 to part ${PARTS}, not under ${GROWTH_BOUND_MIB} MiB`);
  }
}

/** The rates, the bound, and what the digest alone leaves, for one face. */
async function measureFace(face: Face, sink: Side, digestingSink: Side): Promise<void> {
  await upload(face, 1); // a first upload, checked: the sinks are sent the headers it was issued
  const simulator: Side = { name: `${face.name} upload (begin → status → plan → PUT → confirm)`, run: (count) => upload(face, count) };
  const options = { count: PARTS, rounds: ROUNDS };
  const bound = await compare(sink, simulator, options);
  const met = bound.ratio >= RATE_BOUND;
  console.log(`${report(bound, 'MiB/s')} (bound ≥ ${RATE_BOUND}×: ${met ? 'met' : 'MISSED'})`);
  if (!met) misses.push(`${face.name}: the upload runs at ${bound.ratio.toFixed(2)}× the bare sink's MiB/s, below ${RATE_BOUND}×`);
  const digestOnly = await compare(sink, digestingSink, options);
  console.log(`  ${report(digestOnly, 'MiB/s')} (reported: the most a simulator that digests every byte can keep)`);
  const beyondDigest = await compare(digestingSink, simulator, options);
  console.log(`  ${report(beyondDigest, 'MiB/s')} (reported: what the simulator costs beyond the digest)`);
  await memoryAcross(face);
}

// (a) In process: createMockFetch, storage on its own reserved host.
{
  const mock = createMockFetch() as typeof fetch;
  const face: Face = {
    name: 'createMockFetch',
    smh: createSmhClient({ baseUrl: 'https://api.smh.test', accessToken: 'bench-token', fetch: mock }),
    send: mock,
    protocol: 'https:',
  };
  const urlOf = (partNumber: number) => `https://storage.smh-mock.test/smh-storage/sink?partNumber=${partNumber}&uploadId=sink`;
  const [draining, digesting] = [sinkFetch(false), sinkFetch(true)];
  await measureFace(
    face,
    { name: 'in-process fetch that drains the body', run: (count) => putAll(draining, urlOf, count) },
    { name: 'in-process fetch that drains and MD5s the body', run: (count) => putAll(digesting, urlOf, count) },
  );
}

// (b) Over loopback HTTP: the mock server and the sinks in this process, as the client, so each side has the same one thread.
{
  const mock = await startMockServer();
  const [draining, digesting] = [await sinkServer(false), await sinkServer(true)];
  try {
    const face: Face = {
      name: 'HTTP mock',
      smh: createSmhClient({ baseUrl: mock.url, accessToken: 'bench-token' }),
      send: fetch,
      protocol: 'http:',
    };
    const urlOf = (base: string) => (partNumber: number) => `${base}/smh-storage/sink?partNumber=${partNumber}&uploadId=sink`;
    await measureFace(
      face,
      { name: 'node:http server that drains the request', run: (count) => putAll(fetch, urlOf(draining.url), count) },
      { name: 'node:http server that drains and MD5s the request', run: (count) => putAll(fetch, urlOf(digesting.url), count) },
    );
  } finally {
    await Promise.all([mock.close(), draining.close(), digesting.close()]);
  }
}

for (const miss of misses) console.error(`MISSED: ${miss}`);
process.exitCode = misses.length > 0 ? 1 : 0;
