import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSmhClient } from 'smh-upload-contract';
import { startValidationProxy } from 'smh-upload-contract/proxy';

// A stand-in for the service that breaks the contract: availableDomainNum is a string.
const upstream = createServer((_request, response) => {
  const task = {
    confirmed: false,
    path: ['a.mp4'],
    type: 'video',
    creationTime: '2024-06-01T10:00:00Z',
    conflictResolutionStrategy: 'rename',
    force: false,
    availableDomainNum: '1',
  };
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(task));
}).listen(0, '127.0.0.1');
await once(upstream, 'listening');

// The proxy passes every answer on as it came and names its violations in sl-violations.
const proxy = await startValidationProxy({ upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` });
const smh = createSmhClient({ baseUrl: proxy.url, accessToken: 'any-token' });
const { data, response } = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey: 'any-key' });
console.log(data?.availableDomainNum, JSON.parse(response.headers.get('sl-violations') ?? '[]')[0]?.message);
// → 1 Response body property availableDomainNum must be integer

await proxy.close();
upstream.close();
