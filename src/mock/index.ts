// `smh-upload-contract/mock`: the in-process mock and the HTTP mock server,
// both on the one engine the MSW handlers (`smh-upload-contract/msw`) use.
export { createMockFetch, type MockFetch } from './fetch.js';
export { startMockServer, type MockServer, type MockServerOptions } from './server.js';
export type { MockOptions } from './engine.js';
export type { MockLog, MockLogEntry, MockLogLevel } from './log.js';
