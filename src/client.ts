// The typed client: openapi-fetch for the generated `paths`, plus
// getUploadTask, which sends exactly the request the service expects.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { createRedactor, redactDeep, SmhInputError, SmhResponseError } from './errors.js';
import { type paths, type SmhErrorBody, type UploadTask, uploadTaskPath } from './types.js';

export interface SmhClientOptions {
  /** The API origin, e.g. `https://api.tencentsmh.cn` or the library's own host. */
  baseUrl: string;
  /** Sent as the `access_token` query parameter; never appears in errors. */
  accessToken: string;
  /** Sent as `user_id` on every call, unless a call names its own. */
  userId?: string;
  /** A fetch to use instead of the global one (a mock, a proxy agent, …). */
  fetch?: typeof globalThis.fetch;
}

export interface UploadTaskRef {
  libraryId: string;
  /** `-` (the default) for a single-tenant library. */
  spaceId?: string;
  /** The `confirmKey` returned when the upload started. */
  confirmKey: string;
  userId?: string;
}

/** What a call may add to the request: an AbortSignal, headers (e.g. `Prefer` for the mock), any other fetch option. */
export type GetUploadTaskInit = Omit<RequestInit, 'method' | 'body' | 'dispatcher'> & {
  /** Node's undici `Dispatcher`, e.g. a `ProxyAgent`, to send the call through; passed to fetch as is. */
  dispatcher?: unknown;
};

export type UploadTaskResult =
  | { data: UploadTask; error?: never; response: Response }
  | { data?: never; error: SmhErrorBody; response: Response };

export type SmhClient = Client<paths> & {
  /**
   * Get File Upload Task Status. `{ data }` for a 2xx, `{ error }` for an SMH
   * error; any other answer throws SmhResponseError. Bad ids, task fields it
   * does not read and openapi-fetch's own options in `init` throw
   * SmhInputError before anything is sent.
   */
  getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult>;
};

const TASK_FIELDS = new Set(['libraryId', 'spaceId', 'confirmKey', 'userId']);
// openapi-fetch's own per-call options: in getUploadTask's init they would
// move the call, add to its query, replace its fetch or its body.
const FOREIGN_OPTIONS = ['baseUrl', 'params', 'querySerializer', 'pathSerializer', 'bodySerializer', 'parseAs', 'fetch', 'Request', 'middleware', 'body', 'method'];
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

export function createSmhClient(options: SmhClientOptions): SmhClient {
  const { baseUrl, accessToken, userId } = options ?? ({} as SmhClientOptions);
  checkBaseUrl(baseUrl);
  checkText('accessToken', accessToken);
  if (userId !== undefined) checkText('userId', userId);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new SmhInputError('fetch', 'must be a function');

  const redact = createRedactor(accessToken);
  // Looked up on each call, so a fetch patched in later (msw) is the one used.
  const send = ((input: RequestInfo | URL, init?: RequestInit) => (options.fetch ?? globalThis.fetch)(input, init)) as typeof fetch;
  const fixedQuery = `upload&access_token=${encodeURIComponent(accessToken)}`;
  // For the client's own methods (smh.GET…): the flag and the token are
  // written here, once per call, rather than by a middleware, which would
  // rebuild the Request on every call.
  const client = createClient<paths>({ baseUrl, fetch: send, querySerializer: queryAfter(fixedQuery) });
  const { GET } = client; // before ownMiddleware wraps it: getUploadTask passes the list itself
  const middleware = ownMiddleware(client);

  // One trailing slash goes, as openapi-fetch drops it: a base with a path
  // prefix (a gateway) keeps the prefix.
  const root = `${baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl}/api/v1/file/`;

  async function getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult> {
    let response: Response;
    let text: string;
    try {
      const call = checkCall(task, init, userId);
      const path = `${root}${encodeURIComponent(call.libraryId)}/${encodeURIComponent(call.spaceId)}/${encodeURIComponent(call.confirmKey)}`;
      const query = call.userId === undefined ? fixedQuery : `${fixedQuery}&user_id=${encodeURIComponent(call.userId)}`;
      [response, text] = middleware.length === 0 ? await direct(`${path}?${query}`, init) : await throughMiddleware(call, path, query, init);
    } catch (error) {
      throw redactDeep(error, redact);
    }
    // The URL carries the token; whoever logs the response must not see it.
    Object.defineProperty(response, 'url', { value: redact(response.url) });
    if (response.ok) return { data: parseTask(response, text, redact) as UploadTask, response };
    return { error: redactDeep(parseError(response, text), redact), response };
  }

  // Without middleware nobody looks at a Request, so none is built: fetch(url,
  // init) with the caller's own init, as raw fetch is called.
  async function direct(url: string, init: GetUploadTaskInit | undefined): Promise<[Response, string]> {
    const response = await send(url, init as RequestInit);
    return [response, await response.text()];
  }

  // With middleware, openapi-fetch builds a real Request and runs the list;
  // the URL is still the one built above, whatever its base or serializers.
  async function throughMiddleware(call: CheckedCall, path: string, query: string, init: GetUploadTaskInit | undefined): Promise<[Response, string]> {
    const dispatcher = init?.dispatcher;
    const result = await GET(uploadTaskPath, {
      ...(init as object),
      // openapi-fetch reads an array of pairs as a record; a Headers it reads as headers.
      headers: init?.headers === undefined ? undefined : new Headers(init.headers),
      params: {
        path: { LibraryId: call.libraryId, SpaceId: call.spaceId, ConfirmKey: call.confirmKey },
        query: { upload: '', user_id: call.userId },
      },
      pathSerializer: () => path,
      querySerializer: () => query,
      parseAs: 'text',
      middleware: [keepErrorText, ...middleware],
      // A Request does not show its dispatcher to a custom fetch: it goes beside it.
      ...(dispatcher === undefined ? {} : { fetch: (request: Request, ext?: RequestInit) => send(request, { ...ext, dispatcher } as RequestInit) }),
    });
    const { response } = result;
    if (response.ok) return [response, (result.data as string | undefined) ?? ''];
    return [response, await (errorTexts.get(response) ?? textOf(result.error))];
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

/**
 * Middleware lives in one list of ours, handed to openapi-fetch on every call
 * and never registered with it, so "will middleware run" is exactly "is the
 * list non-empty". `use` and `eject` keep openapi-fetch's semantics.
 */
function ownMiddleware(client: Client<paths>): Middleware[] {
  const list: Middleware[] = [];
  client.use = (...added) => {
    for (const m of added) {
      if (!m) continue;
      if (typeof m !== 'object' || !('onRequest' in m || 'onResponse' in m || 'onError' in m)) {
        throw new Error('Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`');
      }
      list.push(m);
    }
  };
  client.eject = (...removed) => {
    for (const m of removed) {
      const at = list.indexOf(m);
      if (at !== -1) list.splice(at, 1);
    }
  };
  type Init = { middleware?: Middleware[] } | undefined;
  // Ours first, then the call's own, as openapi-fetch orders its global and per-call lists.
  const withList = (init: Init) => ({ ...init, middleware: init?.middleware ? [...list, ...init.middleware] : list });
  for (const method of METHODS) {
    const call = client[method] as (url: string, init: Init) => unknown;
    client[method] = ((url: string, init: Init) => call(url, withList(init))) as never;
  }
  const { request } = client;
  client.request = ((method: string, url: string, init: Init) => (request as (...args: unknown[]) => unknown)(method, url, withList(init))) as never;
  return list;
}

// The last onResponse to run sees the response openapi-fetch then reads; its
// text, not openapi-fetch's guess at it, tells a JSON string from non-JSON.
const errorTexts = new WeakMap<Response, Promise<string>>();
const keepErrorText: Middleware = {
  onResponse({ response }) {
    // Only an error's text is ever read; keeping a 2xx's too would change
    // nothing a caller sees (the one mutant of this line that survives).
    if (response.ok) return;
    const text = response.clone().text();
    text.catch(() => {}); // when openapi-fetch's own read fails first, that failure is the one thrown
    errorTexts.set(response, text);
  },
};

/** What openapi-fetch made of an error body, as text (a middleware's own answer). */
function textOf(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

function parseTask(response: Response, text: string, redact: (text: string) => string): unknown {
  if (text === '') throw new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status} with an empty body; the upload task is a JSON body`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status} ${describeText(response, text)}`, { cause: redactDeep(error, redact) });
  }
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
