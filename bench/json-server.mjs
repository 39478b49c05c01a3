// The baseline server for benches: a bare Node HTTP server answering every
// request with the JSON body in BODY, in a process of its own (as the mock
// and a real server run). It reports where it listens as the package's
// servers do: `{ listening: url }` over IPC.
import { createServer } from 'node:http';

const body = process.env.BODY ?? '{}';
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => process.send?.({ listening: `http://127.0.0.1:${server.address().port}` }));
process.once('disconnect', () => server.close());
