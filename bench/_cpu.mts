import { readFileSync } from 'node:fs';
import { startJsonServer } from './json-server.ts';
import { concurrently } from './measure.ts';
import { createSmhClient } from '../src/index.ts';
const spec = JSON.parse(readFileSync(new URL('../generated/openapi.json', import.meta.url), 'utf8'));
const body = JSON.stringify(spec.components.examples.multipartInProgress.value);
const s = await startJsonServer(body);
const client = createSmhClient({ baseUrl: s.baseUrl, accessToken: 't' });
const url = `${s.baseUrl}/api/v1/file/l/-/k?upload&access_token=t`;
const sides: Record<string, () => Promise<unknown>> = {
  raw: async () => (await fetch(url)).json(),
  client: () => client.getUploadTask({ libraryId: 'l', confirmKey: 'k' }),
};
async function cpu(fn: () => Promise<unknown>, n: number) { const c = process.cpuUsage(); const t = performance.now(); await concurrently(n, 10, fn); const d = process.cpuUsage(c); return { us: (d.user + d.system) / n, wall: (performance.now() - t) * 1000 / n }; }
for (const f of Object.values(sides)) await cpu(f, 2000);
const res: Record<string, number[]> = { raw: [], client: [] };
for (let r = 0; r < 6; r++) for (const [k, f] of Object.entries(sides)) res[k]!.push((await cpu(f, 2000)).us);
for (const [k, v] of Object.entries(res)) console.log(k, v.map((x) => x.toFixed(0)).join(' '), 'median', [...v].sort((a, b) => a - b)[3]!.toFixed(0), 'us cpu/request');
s.stop();
