// What getUploadTask makes of an answer: bodies read with a limit, a 2xx
// that must be an upload task, an error body that must be an SMH error, and
// a redirect that is not followed. Every refusal is SmhResponseError, naming
// what came (never its content).
import { SmhResponseError } from './errors.js';
import type { SmhErrorBody, UploadTask } from './types.js';

/** The body as text, reading no more than `limit` bytes plus one chunk. */
export async function readText(body: ReadableStream<Uint8Array> | null | undefined, limit: number, status: number): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new SmhResponseError(
        status,
        `getUploadTask: the server answered ${status} with a body over the limit of ${limit} bytes (maxBodyBytes); the rest was not read`,
      );
    }
    chunks.push(value);
  }
  // Decoded once, whole: a character split between chunks stays whole. A body in one chunk needs no copy.
  // Stryker disable next-line ConditionalExpression: copying one chunk gives the same text, only slower
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

/** The upload task in a 2xx body: a JSON object, else SmhResponseError naming what came instead. */
export async function readTask(response: Response, body: ReadableStream<Uint8Array> | undefined, limit: number): Promise<UploadTask> {
  const { status } = response;
  const text = await readText(body, limit, status);
  if (text === '')
    throw new SmhResponseError(status, `getUploadTask: the server answered ${status} with an empty body; the upload task is a JSON object`);
  let task: unknown;
  try {
    task = JSON.parse(text);
  } catch (error) {
    throw new SmhResponseError(status, `getUploadTask: the server answered ${status} ${describeText(response, text)}`, { cause: error });
  }
  if (task === null || typeof task !== 'object' || Array.isArray(task)) {
    throw new SmhResponseError(
      status,
      `getUploadTask: the server answered ${status} with a JSON body that is ${kindOf(task)}; the upload task is a JSON object`,
    );
  }
  return task as UploadTask;
}

export function redirected(response: Response): SmhResponseError {
  const location = response.headers.get('location');
  const base = URL.canParse(response.url) ? response.url : undefined;
  const target = location !== null && URL.canParse(location, base) ? new URL(location, base).origin : undefined;
  const where = target ? `a redirect to ${target}` : 'a redirect';
  return new SmhResponseError(
    response.status,
    `getUploadTask: the server answered ${response.status ? `${response.status},` : 'with'} ${where}; the service answers this call itself, so it is not followed (pass init.redirect to decide otherwise)`,
  );
}

/** What openapi-fetch made of an error body, as text (a middleware's own answer). */
export function textOf(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/**
 * The SMH error in a non-2xx body: an object with a string `code` and
 * `message`. Anything else throws, naming what it is (never its content).
 */
export function parseError(response: Response, text: string): SmhErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw notAnSmhError(response, describeText(response, text));
  }
  const problem = errorBodyProblem(body);
  if (problem !== undefined) throw notAnSmhError(response, `with ${problem}`);
  // The vendor's SDKs read the request ID from the header when the body has none.
  const { requestId, ...rest } = body as SmhErrorBody;
  const id = typeof requestId === 'string' ? requestId : (response.headers.get('x-request-id') ?? undefined);
  return (id === undefined ? rest : { ...rest, requestId: id }) as SmhErrorBody;
}

function notAnSmhError(response: Response, what: string): SmhResponseError {
  return new SmhResponseError(
    response.status,
    `getUploadTask: the server answered ${response.status} ${what}; an SMH error is a JSON object with a string code and a string message`,
  );
}

function errorBodyProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return `a JSON body that is ${kindOf(body)}`;
  for (const field of ['code', 'message']) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value !== 'string') return `a JSON object whose ${field} is ${kindOf(value)}`;
  }
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function describeText(response: Response, text: string): string {
  if (text === '') return 'with an empty body';
  const type = response.headers.get('content-type') ?? 'no content type';
  return `with a body that is not valid JSON (${text.length} characters, ${type})`;
}
