// The typed client: openapi-fetch for the generated `paths`, as it is, plus
// getUploadTask, which checks its input and calls the client's own GET so
// that middleware registered with `use` runs for it too. What comes back is
// read with a limit and judged by the contract; the token never leaves in
// anything returned or thrown.
import createClient, { type Client } from 'openapi-fetch';
import { SmhInputError, SmhResponseError } from './errors.js';
import { createRedactor, redactDeep } from './secrets.js';
import { type paths, type SmhErrorBody, type UploadTask, uploadTaskPath } from './types.js';

export interface SmhClientOptions {
  /** The API origin, e.g. `https://api.tencentsmh.cn` or the library's own host. */
  baseUrl: string;
  /** Sent as the `access_token` query parameter; never appears in errors. */
  accessToken: string;
  /** Sent as `user_id` on every call, unless a call names its own. */
  userId?: string;
  /** A fetch to use instead of the global one (a mock, a proxy agent, …); looked up on each call. */
  fetch?: typeof globalThis.fetch;
  /**
   * The most bytes of a response body the client reads (as decompressed):
   * default 8 MiB, four times a task of 10,000 parts written with indents.
   * A longer body throws SmhResponseError.
   */
  maxBodyBytes?: number;
}

export interface UploadTaskRef {
  libraryId: string;
  /** `-` (the default) for a single-tenant library. */
  spaceId?: string;
  /** The `confirmKey` returned when the upload started. */
  confirmKey: string;
  userId?: string;
}

/**
 * What a call may add to the request: an AbortSignal, headers (e.g. `Prefer`
 * for the mock), any other fetch option. `redirect` is `manual` unless given:
 * the service answers this call itself, so a 3xx throws SmhResponseError.
 */
export type GetUploadTaskInit = Omit<RequestInit, 'method' | 'body' | 'dispatcher'> & {
  /** Node's undici `Dispatcher`, e.g. a `ProxyAgent`, to send the call through; passed to fetch as is. */
  dispatcher?: unknown;
};

export type UploadTaskResult = { data: UploadTask; error?: never; response: Response } | { data?: never; error: SmhErrorBody; response: Response };

export type SmhClient = Client<paths> & {
  /**
   * Get File Upload Task Status. `{ data }` for a 2xx whose body is a JSON
   * object, `{ error }` for an SMH error; any other answer (a redirect, a
   * body too long, not JSON, or no SMH error) throws SmhResponseError. Bad
   * ids, task fields it does not read and openapi-fetch's own options in
   * `init` throw SmhInputError before anything is sent.
   */
  getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult>;
};

/** 8 MiB: a task of 10,000 parts is under 2 MiB even pretty-printed. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

const TASK_FIELDS = new Set(['libraryId', 'spaceId', 'confirmKey', 'userId']);
// openapi-fetch's own per-call options: in getUploadTask's init they would
// move the call, add to its query, replace its fetch or its body.
const FOREIGN_OPTIONS = ['baseUrl', 'params', 'querySerializer', 'pathSerializer', 'bodySerializer', 'parseAs', 'fetch', 'Request', 'middleware', 'body', 'method'];

export function createSmhClient(options: SmhClientOptions): SmhClient {
  const { baseUrl, accessToken, userId, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options ?? ({} as SmhClientOptions);
  checkBaseUrl(baseUrl);
  checkText('accessToken', accessToken);
  if (userId !== undefined) checkText('userId', userId);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new SmhInputError('fetch', 'must be a function');
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) throw new SmhInputError('maxBodyBytes', 'must be a positive safe integer (bytes)');

  const redact = createRedactor([accessToken]);
  // An error body, read here with the limit (openapi-fetch would read it whole), keyed by the Response handed on.
  const errorBodies = new WeakMap<Response, { text: string; url: string }>();
  const send = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await (options.fetch ?? globalThis.fetch)(input, init);
    // A 2xx is read by getUploadTask; a browser's opaque redirect (status 0) has no body.
    if (response.ok || response.status < 200) return response;
    const text = await readText(response.body, maxBodyBytes, response.status);
    const copy = new Response(response.status === 204 || response.status === 304 ? null : text, response);
    errorBodies.set(copy, { text, url: response.url });
    return copy;
  };
  const client = createClient<paths>({ baseUrl, fetch: send, querySerializer: queryAfter(`upload&access_token=${encodeURIComponent(accessToken)}`) });

  async function getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult> {
    try {
      const call = checkCall(task, init, userId);
      const { dispatcher, redirect, headers, ...rest } = init ?? {};
      const result = await client.GET(uploadTaskPath, {
        ...rest,
        redirect: redirect ?? 'manual',
        // openapi-fetch reads an array of pairs as a record; a Headers it reads as headers.
        ...(headers === undefined ? {} : { headers: new Headers(headers) }),
        params: { path: { LibraryId: call.libraryId, SpaceId: call.spaceId, ConfirmKey: call.confirmKey }, query: { upload: '', user_id: call.userId } },
        parseAs: 'stream',
        // A Request does not show its dispatcher to a custom fetch: it goes beside it.
        ...(dispatcher === undefined ? {} : { fetch: (request: Request) => send(request, { dispatcher } as RequestInit) }),
      });
      const { response } = result;
      const kept = errorBodies.get(response);
      // The URL carries the token; whoever logs the response must not see it.
      Object.defineProperty(response, 'url', { value: redact(kept?.url ?? response.url), configurable: true });
      if (redirect === undefined && (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))) throw redirected(response);
      if (response.ok) return { data: await readTask(response, result.data as ReadableStream<Uint8Array> | undefined, maxBodyBytes), response };
      const text = kept?.text ?? textOf(result.error);
      return { error: redactDeep(parseError(response, text), redact), response };
    } catch (error) {
      throw redactDeep(error, redact);
    }
  }

  return Object.assign(client, { getUploadTask });
}

/** A query serializer that writes `fixed` first; a call's own `upload` or `access_token` cannot replace it. */
function queryAfter(fixed: string): (query: Record<string, unknown>) => string {
  return (query) => {
    let search = fixed;
    for (const key in query) {
      const value = query[key];
      if (key !== 'upload' && key !== 'access_token' && value !== undefined && value !== null) {
        search += `&${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
      }
    }
    return search;
  };
}

/** The body as text, reading no more than `limit` bytes plus one chunk. */
async function readText(body: ReadableStream<Uint8Array> | null | undefined, limit: number, status: number): Promise<string> {
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
      throw new SmhResponseError(status, `getUploadTask: the server answered ${status} with a body over the limit of ${limit} bytes (maxBodyBytes); the rest was not read`);
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoder.decode(whole);
}

/** The upload task in a 2xx body: a JSON object, else SmhResponseError naming what came instead. */
async function readTask(response: Response, body: ReadableStream<Uint8Array> | undefined, limit: number): Promise<UploadTask> {
  const { status } = response;
  const text = await readText(body, limit, status);
  if (text === '') throw new SmhResponseError(status, `getUploadTask: the server answered ${status} with an empty body; the upload task is a JSON object`);
  let task: unknown;
  try {
    task = JSON.parse(text);
  } catch (error) {
    throw new SmhResponseError(status, `getUploadTask: the server answered ${status} ${describeText(response, text)}`, { cause: error });
  }
  if (task === null || typeof task !== 'object' || Array.isArray(task)) {
    throw new SmhResponseError(status, `getUploadTask: the server answered ${status} with a JSON body that is ${kindOf(task)}; the upload task is a JSON object`);
  }
  return task as UploadTask;
}

function redirected(response: Response): SmhResponseError {
  const location = response.headers.get('location');
  const base = URL.canParse(response.url) ? response.url : undefined;
  const target = location !== null && URL.canParse(location, base) ? new URL(location, base).origin : undefined;
  const where = target ? `a redirect to ${target}` : 'a redirect';
  return new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status || 'with'} ${where}; the service answers this call itself, so it is not followed (pass init.redirect to decide otherwise)`);
}

/** What openapi-fetch made of an error body, as text (a middleware's own answer). */
function textOf(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/**
 * The SMH error in a non-2xx body: an object with a string `code` and
 * `message`. Anything else throws, naming what it is (never its content).
 */
function parseError(response: Response, text: string): SmhErrorBody {
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
  return new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status} ${what}; an SMH error is a JSON object with a string code and a string message`);
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

// ------------------------------------------------------------------- input

interface CheckedCall {
  libraryId: string;
  spaceId: string;
  confirmKey: string;
  userId: string | undefined;
}

/** Everything getUploadTask is given, checked before anything is sent. */
function checkCall(task: UploadTaskRef, init: GetUploadTaskInit | undefined, defaultUserId: string | undefined): CheckedCall {
  if (task === null || typeof task !== 'object') throw new SmhInputError('task', 'must be an object with libraryId and confirmKey');
  // A misspelt field (spaceID) would otherwise be dropped without a word.
  for (const key of Object.keys(task)) {
    if (!TASK_FIELDS.has(key)) throw new SmhInputError(key, 'is not a field of the task; getUploadTask reads libraryId, spaceId, confirmKey and userId');
  }
  if (init !== undefined && init !== null) {
    for (const key of FOREIGN_OPTIONS) {
      if (key in init) throw new SmhInputError(`init.${key}`, 'is not an option of getUploadTask: the client decides where the call goes and how');
    }
  }
  const { libraryId, spaceId = '-', confirmKey, userId = defaultUserId } = task;
  checkSegment('libraryId', libraryId);
  checkSegment('spaceId', spaceId);
  checkSegment('confirmKey', confirmKey);
  if (userId !== undefined) checkText('userId', userId);
  return { libraryId, spaceId, confirmKey, userId };
}

function checkBaseUrl(baseUrl: unknown): asserts baseUrl is string {
  if (typeof baseUrl !== 'string' || !URL.canParse(baseUrl)) throw new SmhInputError('baseUrl', 'must be an absolute http(s) URL');
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SmhInputError('baseUrl', `must use http or https, not ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) throw new SmhInputError('baseUrl', 'must not carry a query, a fragment or credentials');
}

/** Query values: any well-formed, non-empty string travels percent-encoded. */
function checkText(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new SmhInputError(name, `must be a string, got ${value === null ? 'null' : typeof value}`);
  if (value === '') throw new SmhInputError(name, 'must not be empty');
  if (!value.isWellFormed()) throw new SmhInputError(name, 'must be well-formed Unicode (it has a lone surrogate)');
}

// Control characters (C0, DEL and C1) have no place in an ID, and `.`/`..`
// would be collapsed by the URL parser into another resource's path.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Path values: one segment each, so nothing may change the path's shape. */
function checkSegment(name: string, value: unknown): asserts value is string {
  checkText(name, value);
  if (value === '.' || value === '..') throw new SmhInputError(name, `must not be "${value}" (a URL parser would remove it from the path)`);
  if (CONTROL.test(value)) throw new SmhInputError(name, 'must not contain control characters');
}
