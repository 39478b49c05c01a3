// Between the Fetch API's Request and Response and the engine's plain
// shapes: shared by createMockFetch and the MSW handlers.
import { type Answer, DROP, type ServedRequest } from '../server/answers.js';

export function fromRequest(request: Request): ServedRequest {
  return { method: request.method, url: new URL(request.url), headers: headerRecord(request.headers), body: request.body };
}

export function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** The answer as a Response that knows its URL, like one fetch returns; a dropped connection is fetch's network error. */
export function toResponse(answer: Answer, url: string): Response {
  if (answer === DROP) throw new TypeError('fetch failed', { cause: new Error('the mock dropped the connection (a fault asked for)') });
  const response = new Response(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers });
  Object.defineProperty(response, 'url', { value: url, configurable: true });
  return response;
}
