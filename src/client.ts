// The typed client: openapi-fetch for the generated `paths`, plus
// getUploadTask, which sends exactly the request the service expects.
import createClient, { type Client } from 'openapi-fetch';
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

/** What a call may add to the request: an AbortSignal, headers (e.g. `Prefer` for the mock). */
export type GetUploadTaskInit = Omit<RequestInit, 'method' | 'body'>;

export type UploadTaskResult =
  | { data: UploadTask; error?: never; response: Response }
  | { data?: never; error: SmhErrorBody; response: Response };

export type SmhClient = Client<paths> & {
  getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult>;
};

export function createSmhClient(options: SmhClientOptions): SmhClient {
  const { baseUrl, accessToken, userId } = options ?? ({} as SmhClientOptions);
  checkBaseUrl(baseUrl);
  checkText('accessToken', accessToken);
  if (userId !== undefined) checkText('userId', userId);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new SmhInputError('fetch', 'must be a function');

  const redact = createRedactor(accessToken);
  // The flag and the token are written here, once per call, rather than by a
  // middleware: a middleware would rebuild the Request on every call.
  const fixedQuery = `upload&access_token=${encodeURIComponent(accessToken)}`;
  const client = createClient<paths>({
    baseUrl,
    fetch: options.fetch,
    querySerializer(query: Record<string, unknown>) {
      let search = fixedQuery;
      for (const key in query) {
        const value = query[key];
        if (key !== 'upload' && key !== 'access_token' && value !== undefined && value !== null) {
          search += `&${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
        }
      }
      return search;
    },
  });

  // openapi-fetch builds a Request, and fetch() then copies it into another.
  // Without middleware nobody looks at the first, so getUploadTask gives
  // openapi-fetch a plain holder of the URL and init and calls fetch(url,
  // init): one Request per call, as with raw fetch. Middleware that the
  // caller adds with `use` gets real Requests again.
  const middleware = new Set<unknown>();
  const { use, eject } = client;
  client.use = (...added) => (added.forEach((m) => middleware.add(m)), use(...added));
  client.eject = (...removed) => (removed.forEach((m) => middleware.delete(m)), eject(...removed));
  const direct = {
    Request: PlainRequest as unknown as typeof Request,
    fetch: ((request: PlainRequest) => (options.fetch ?? globalThis.fetch)(request.url, request.init)) as unknown as typeof fetch,
  };

  async function getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult> {
    const { libraryId, spaceId = '-', confirmKey, userId: callUserId = userId } = task ?? ({} as UploadTaskRef);
    checkSegment('libraryId', libraryId);
    checkSegment('spaceId', spaceId);
    checkSegment('confirmKey', confirmKey);
    if (callUserId !== undefined) checkText('userId', callUserId);

    let result;
    try {
      result = await client.GET(uploadTaskPath, {
        ...init,
        params: {
          path: { LibraryId: libraryId, SpaceId: spaceId, ConfirmKey: confirmKey },
          query: { upload: '', user_id: callUserId },
        },
        parseAs: 'text',
        ...(middleware.size === 0 ? direct : {}),
      });
    } catch (error) {
      throw redactDeep(error, redact);
    }
    const { response } = result;
    // The URL carries the token; whoever logs the response must not see it.
    Object.defineProperty(response, 'url', { value: redact(response.url) });

    if (response.ok) return { data: parseBody(response, result.data, redact) as UploadTask, response };
    if (result.error === undefined || typeof result.error === 'string') {
      throw new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status} ${describeBody(response, result.error)}; an SMH error is a JSON body`);
    }
    return { error: redactDeep(result.error, redact) as SmhErrorBody, response };
  }

  return Object.assign(client, { getUploadTask });
}

/**
 * What fetch(url, init) needs of a request, without building one: `init`
 * keeps only what differs from fetch's defaults, since every option fetch has
 * to read costs it time.
 */
class PlainRequest {
  readonly method: string;
  readonly init: RequestInit = {};
  constructor(
    readonly url: string,
    { method = 'GET', headers, signal, redirect }: RequestInit,
  ) {
    this.method = method;
    if (method !== 'GET') this.init.method = method;
    if (headers && !(headers as unknown as Iterable<unknown>)[Symbol.iterator]().next().done) this.init.headers = headers;
    if (signal) this.init.signal = signal;
    if (redirect && redirect !== 'follow') this.init.redirect = redirect;
  }
}

function parseBody(response: Response, text: string | undefined, redact: (text: string) => string): unknown {
  if (text) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status} ${describeBody(response, text)}`, { cause: redactDeep(error, redact) });
    }
  }
  throw new SmhResponseError(response.status, `getUploadTask: the server answered ${response.status} with an empty body; the upload task is a JSON body`);
}

function describeBody(response: Response, text: string | undefined): string {
  if (!text) return 'with an empty body';
  const type = response.headers.get('content-type') ?? 'no content type';
  return `with a body that is not valid JSON (${text.length} characters, ${type})`;
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

// Control characters have no place in an ID, and `.`/`..` would be collapsed
// by the URL parser into another resource's path.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Path values: one segment each, so nothing may change the path's shape. */
function checkSegment(name: string, value: unknown): asserts value is string {
  checkText(name, value);
  if (value === '.' || value === '..') throw new SmhInputError(name, `must not be "${value}" (a URL parser would remove it from the path)`);
  if (CONTROL.test(value)) throw new SmhInputError(name, 'must not contain control characters');
}
