// `smh-upload-contract/mock`: the in-process mock and the HTTP mock server,
// on the one engine the MSW handlers (`smh-upload-contract/msw`) use.
export type { MockAnswer, MockOptions, MockRequest } from './engine.js';
export { createMockFetch, type MockFetch } from './fetch.js';
export type { MockLog, MockLogEntry, MockLogLevel } from './log.js';
export { type MockServer, type MockServerOptions, startMockServer } from './server.js';
