// Answers as the service sends them: JSON, with a request ID of its own in
// the `X-Request-Id` header that an error body's `requestId` repeats. Every
// answer has its own ID (an example's is replaced), as the service's do.
import { type Answer, json, type ServedRequest } from '../server/answers.js';
import type { ContractOperation } from '../server/operations.js';

/** An answer of `status` with `body` (an SMH error body gets the answer's request ID). */
export function smhAnswer(request: ServedRequest, status: number, body: unknown, extra: Record<string, string> = {}): Answer {
  const requestId = newRequestId();
  const isError = status >= 400 && typeof body === 'object' && body !== null && !Array.isArray(body);
  const text = isError ? JSON.stringify({ ...(body as object), requestId }) : serialized(body);
  return json(request, status, text, { 'x-request-id': requestId, ...extra });
}

/** The operation's documented example `name` (an error code, a success), answered with its own status. */
export function exampleAnswer(request: ServedRequest, operation: ContractOperation, name: string, body?: unknown): Answer {
  const example = Object.hasOwn(operation.examples, name) ? operation.examples[name] : undefined;
  if (example === undefined) throw new Error(`${operation.id} documents no example ${name}`);
  return smhAnswer(request, example.status, body ?? example.value);
}

let counter = 0;
/** A request ID shaped like the service's (base64 of a time, a counter and random bits). */
export function newRequestId(): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!;
  return btoa(`${Date.now().toString(16)}_${(counter++ % 0x10000).toString(16)}_${random.toString(16)}`).replace(/=+$/, '');
}

// Examples are answered again and again: each is serialized once.
const texts = new WeakMap<object, string>();

function serialized(body: unknown): string {
  if (typeof body !== 'object' || body === null) return JSON.stringify(body);
  let text = texts.get(body);
  if (text === undefined) {
    text = JSON.stringify(body);
    texts.set(body, text);
  }
  return text;
}
