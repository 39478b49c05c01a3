// What a 50 MB body or a gzip bomb costs a client: its peak memory (RSS,
// measured in a process of its own) grows by less than twice the limit.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';
import { root, run } from '../support/servers.ts';

const LIMIT = 8 * 1024 * 1024;
const body = Buffer.alloc(50 * 1024 * 1024, 0x20);
const bomb = gzipSync(Buffer.alloc(600 * 1024 * 1024, 0x20), { level: 9 });
let server: FixtureServer;
let baseUrl: string;

beforeAll(async () => {
  server = await startFixtureServer((request, response) => {
    const gzip = request.url!.includes('bomb');
    response.writeHead(200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(gzip ? bomb : body);
  });
  baseUrl = server.baseUrl;
});
afterAll(() => server?.close());

/** The child's peak RSS growth (bytes) over one call to `libraryId`, and what the call threw. */
async function peakGrowth(libraryId: string): Promise<{ growth: number; error: string }> {
  const probe = `
    import { createSmhClient } from ${JSON.stringify(`${root}src/index.ts`)};
    const client = createSmhClient({ baseUrl: ${JSON.stringify(baseUrl)}, accessToken: 'memory-probe-token' });
    await client.getUploadTask({ libraryId: 'warm-up', confirmKey: 'k' }, { headers: { range: 'bytes=0-0' } }).catch(() => {});
    globalThis.gc?.();
    const before = process.resourceUsage().maxRSS * 1024;
    const error = await client.getUploadTask({ libraryId: ${JSON.stringify(libraryId)}, confirmKey: 'k' }).then(() => 'none', (failure) => failure.name + ': ' + failure.message);
    console.log(JSON.stringify({ growth: process.resourceUsage().maxRSS * 1024 - before, error }));`;
  const exit = await run(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', probe], { timeout: 60_000 });
  return JSON.parse(String(exit.stdout).trim().split('\n').at(-1)!);
}

test.each([
  ['a 50 MB body', 'plain'],
  ['600 MB of spaces gzipped (a gzip bomb)', 'bomb'],
])(
  '%s: SmhResponseError naming the limit, peak RSS growth below twice the limit',
  async (_name, libraryId) => {
    const { growth, error } = await peakGrowth(libraryId);
    expect(error).toMatch(/^SmhResponseError: .*over the limit of 8388608 bytes/);
    expect(growth).toBeLessThan(2 * LIMIT);
  },
  60_000,
);
