// The baseline server for benches: a bare Node HTTP server answering every
// request with the JSON body in BODY. Run as its own process (like the mock
// and a real server), it prints its port once it listens.
import { createServer } from 'node:http';

const body = process.env.BODY ?? '{}';
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
