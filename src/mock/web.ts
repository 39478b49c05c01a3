// Between the Fetch API's Request and Response and the engine's plain
// shapes: shared by createMockFetch and the MSW handlers.
import type { MockAnswer, MockRequest } from './engine.js';

export function fromRequest(request: Request): MockRequest {
  return { method: request.method, url: new URL(request.url), headers: headerRecord(request.headers) };
}

export function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** The answer as a Response that knows its URL, like one fetch returns. */
export function toResponse(answer: MockAnswer, url: string): Response {
  const response = new Response(answer.body, { status: answer.status, headers: answer.headers });
  Object.defineProperty(response, 'url', { value: url, configurable: true });
  return response;
}
