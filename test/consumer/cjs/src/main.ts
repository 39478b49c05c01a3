// A CommonJS project's MSW setup: msw/node and the package's handlers, both
// through require(). setupServer takes the handlers only if they are the
// HttpHandler of the msw this project resolves (one copy of msw's types);
// then one request, answered by them, prints its status and code.
import { setupServer } from 'msw/node';
import { createSmhHandlers } from 'smh-upload-contract/msw';

const server = setupServer(...createSmhHandlers({ baseUrl: 'https://api.tencentsmh.cn' }));
server.listen();
fetch('https://api.tencentsmh.cn/api/v1/file/smh0000000000000/-/example-SpaceBanned?upload&access_token=consumer-token')
  .then(async (response) => console.log(response.status, (await response.json()).code))
  .finally(() => server.close());
