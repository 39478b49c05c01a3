// The typed client: openapi-fetch for the generated `paths`, as it is, plus
// getUploadTask, which checks its input and calls the client's own GET so
// that middleware registered with `use` runs for it too. What comes back is
// read with a limit and judged by the contract; the token never leaves in
// anything returned or thrown.
import createClient, { type Client } from 'openapi-fetch';
import { parseError, readTask, readText, redirected, textOf } from './call-answer.js';
import { checkBaseUrl, checkCall, checkText } from './call-input.js';
import { SmhInputError } from './errors.js';
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
 * the service answers this call itself, so a redirect throws SmhResponseError.
 */
export type GetUploadTaskInit = Omit<RequestInit, 'method' | 'body' | 'dispatcher'> & {
  /** Node's undici `Dispatcher`, e.g. a `ProxyAgent`, to send the call through; passed to fetch as is. */
  dispatcher?: unknown;
};

export type UploadTaskResult =
  | { data: UploadTask; error?: never; response: Response }
  | { data?: never; error: SmhErrorBody; response: Response };

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

// The statuses fetch follows (a 300 or a 304 it hands back as it is).
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** 8 MiB: a task of 10,000 parts is under 2 MiB even pretty-printed. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export function createSmhClient(options: SmhClientOptions): SmhClient {
  const { baseUrl, accessToken, userId, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options ?? ({} as SmhClientOptions);
  checkBaseUrl(baseUrl);
  checkText('accessToken', accessToken);
  if (userId !== undefined) checkText('userId', userId);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new SmhInputError('fetch', 'must be a function');
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1)
    throw new SmhInputError('maxBodyBytes', 'must be a positive safe integer (bytes)');

  const redact = createRedactor([accessToken]);
  // An error body, read here with the limit (openapi-fetch would read it whole), keyed by the Response handed on.
  const errorBodies = new WeakMap<Response, { text: string; url: string }>();
  const send = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await (options.fetch ?? globalThis.fetch)(input, init);
    // Below 300: a 2xx, read by getUploadTask, or a browser's opaque redirect (status 0), which has no body.
    if (response.status < 300) return response;
    const text = await readText(response.body, maxBodyBytes, response.status);
    // A 304 must have no body (so must a 204 or a 205, but those are 2xx, returned above).
    const copy = new Response(response.status === 304 ? null : text, response);
    errorBodies.set(copy, { text, url: response.url });
    return copy;
  };
  const client = createClient<paths>({
    baseUrl,
    fetch: send,
    querySerializer: queryAfter(`upload&access_token=${encodeURIComponent(accessToken)}`),
  });

  async function getUploadTask(task: UploadTaskRef, init?: GetUploadTaskInit): Promise<UploadTaskResult> {
    try {
      const call = checkCall(task, init, userId);
      const { dispatcher, redirect, headers, ...rest } = init ?? {};
      const result = await client.GET(uploadTaskPath, {
        ...rest,
        redirect: redirect ?? 'manual',
        // openapi-fetch reads an array of pairs as a record; a Headers it reads as headers.
        // Stryker disable next-line ConditionalExpression: an empty Headers adds nothing; skipping it saves each call the object
        ...(headers === undefined ? {} : { headers: new Headers(headers) }),
        params: {
          path: { LibraryId: call.libraryId, SpaceId: call.spaceId, ConfirmKey: call.confirmKey },
          query: { upload: '', user_id: call.userId },
        },
        parseAs: 'stream',
        // A Request does not show its dispatcher to a custom fetch: it goes beside it.
        ...(dispatcher === undefined ? {} : { fetch: (request: Request) => send(request, { dispatcher } as RequestInit) }),
      });
      const { response } = result;
      const kept = errorBodies.get(response);
      // The URL carries the token; whoever logs the response must not see it.
      Object.defineProperty(response, 'url', { value: redact(kept?.url ?? response.url), configurable: true });
      if (redirect === undefined && (response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)))
        throw redirected(response);
      if (response.ok)
        return { data: await readTask(response, result.data as ReadableStream<Uint8Array> | undefined, maxBodyBytes), response };
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
