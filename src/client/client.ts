// createSmhClient: openapi-fetch for the contract's `paths`, as it is, plus a
// method per operation that checks its input and calls the client's own
// methods, so that middleware registered with `use` runs for it too. What
// comes back is read once, with a limit, whatever its status, and judged by
// the contract; the token never leaves in anything returned or thrown.
import createClient, { defaultPathSerializer, type Middleware } from 'openapi-fetch';
import { operationPaths, type paths, type UploadedFile, type UploadStarted, type UploadTask } from '../contract/types.js';
import { SmhInputError, SmhResponseError } from '../errors.js';
import { createRedactor } from '../shared/secret-redactor.js';
import { checkBaseUrl, checkInit, checkText } from './input.js';
import { redactDeep, redactResponse } from './redaction.js';
import { beginCall, type CallParams, confirmCall, taskCall } from './requests.js';
import { isRedirect, readBody, readError, readObject, redirectError } from './response.js';
import type {
  BeginUploadAnswer,
  BeginUploadRef,
  ConfirmUploadRef,
  SmhCallInit,
  SmhClient,
  SmhClientOptions,
  SmhResult,
  UploadTaskRef,
} from './types.js';

/** 8 MiB: a task of 10,000 parts is under 2 MiB even pretty-printed. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

type Method = (path: string, init: object) => Promise<{ response: Response; data?: unknown; error?: unknown }>;

/** What an operation sends: its parameters, and the openapi-fetch method that sends them. */
interface Prepared {
  params: CallParams;
  send(request: object): Promise<{ response: Response; data?: unknown; error?: unknown }>;
}

/** What a call keeps between openapi-fetch's steps, keyed by the `params` object it passes to every middleware. */
interface CallState {
  name: string;
  /** Set once openapi-fetch has built the Request: a TypeError before that is the caller's init. */
  built: boolean;
  /** The body, read by the client's own middleware. */
  text?: string;
}

/**
 * The typed client.
 *
 * @example
 * const smh = createSmhClient({ baseUrl: 'https://api.tencentsmh.cn', accessToken });
 * const { data, error } = await smh.getUploadTask({ libraryId: 'smh0000000000000', confirmKey });
 */
export function createSmhClient(options: SmhClientOptions): SmhClient {
  const { baseUrl, accessToken, userId, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options ?? ({} as SmhClientOptions);
  checkBaseUrl(baseUrl);
  checkText('accessToken', accessToken);
  if (userId !== undefined) checkText('userId', userId);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new SmhInputError('fetch', 'must be a function');
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1)
    throw new SmhInputError('maxBodyBytes', 'must be a positive safe integer (bytes)');

  const redact = createRedactor([accessToken]);
  const calls = new WeakMap<object, CallState>();
  const tokenFirst = queryWith(`access_token=${encodeURIComponent(accessToken)}`);
  const client = createClient<paths>({
    baseUrl,
    querySerializer: tokenFirst,
    // A path key's `#name` keeps apart calls OpenAPI would see on one path; it is never sent.
    pathSerializer: (path, params) => defaultPathSerializer(path.replace(/#[^/]*/, ''), params),
    fetch: (request) => (options.fetch ?? globalThis.fetch)(request),
  });
  // Registered first, so its onResponse runs last: it reads what every other middleware left, with the limit.
  const reader: Middleware = {
    onRequest({ params }) {
      const call = calls.get(params);
      if (call) call.built = true;
    },
    async onResponse({ params, response }) {
      const call = calls.get(params);
      if (call === undefined) return undefined;
      call.text = await readBody(response, maxBodyBytes, call.name);
      // A 2xx openapi-fetch leaves unread (parseAs: 'stream'), as it does a browser's opaque redirect (status 0).
      if (response.status < 300) return undefined;
      // Any other it reads itself: it gets an empty copy, not the stream already read (the call judges call.text).
      const copy = new Response(null, { status: response.status, headers: response.headers });
      // Its reason phrase and URL as they came: the constructor would refuse a control character in a reason phrase.
      for (const key of ['statusText', 'url'] as const) Object.defineProperty(copy, key, { value: response[key], configurable: true });
      return copy;
    },
  };
  client.use(reader);

  /**
   * One operation's call: `prepare` checks the input (before anything is
   * sent) and says what to send; the answer is read once and judged, a
   * success body by `read`.
   */
  async function call<T>(
    name: string,
    init: SmhCallInit | undefined,
    prepare: () => Prepared,
    read: (response: Response, text: string) => T,
  ) {
    const state: CallState = { name, built: false };
    try {
      checkInit(init);
      const { params, send } = prepare();
      const { dispatcher, redirect, headers, ...rest } = init ?? {};
      calls.set(params, state);
      const result = await send({
        ...rest,
        params,
        redirect: redirect ?? 'manual',
        parseAs: 'stream',
        // openapi-fetch reads an array of pairs as a record; a Headers it reads as headers.
        // Stryker disable next-line ConditionalExpression: an empty Headers adds nothing; skipping it saves each call the object
        ...(headers === undefined ? {} : { headers: new Headers(headers) }),
        // A Request does not show its dispatcher to a custom fetch: it goes beside it.
        ...(dispatcher === undefined
          ? {}
          : { fetch: (request: Request) => (options.fetch ?? globalThis.fetch)(request, { dispatcher } as RequestInit) }),
      });
      const response = redactResponse(result.response, redact);
      if (redirect === undefined && isRedirect(response)) throw redirectError(response, name);
      // A middleware that answered in onRequest skipped onResponse: its answer is read here, or as openapi-fetch read it.
      const text = state.text ?? (response.ok ? await readBody(result.response, maxBodyBytes, name) : textOf(result.error));
      const answer: SmhResult<T> = response.ok
        ? { data: redactData(read(response, text), text), response }
        : { error: redactDeep(readError(response, text, name), redact), response };
      return answer;
    } catch (error) {
      throw redactDeep(asInputError(error, state), redact);
    }
  }

  // Every string parsed from a body stands in its text but for JSON's escapes. A text with no `\u` escape, no `%` or
  // `+`, and no token as given holds the token in no spelling in any of its strings, unless the token has a character
  // JSON may escape: then, and for any other, the data parsed from it is walked.
  const plainToken = !/["\\/\x00-\x1f]/.test(accessToken);
  const plainText = (text: string) => plainToken && !/\\u|[%+]/.test(text) && !text.includes(accessToken);
  const redactData = <T>(value: T, text: string): T =>
    // Stryker disable next-line ConditionalExpression: walking every body gives the same answer, only slower (npm run bench)
    plainText(text) ? value : redactDeep(value, redact);

  // openapi-fetch's own methods (their closures need no `this`), typed for any path: each call's path is the spec's.
  const { GET, POST, PUT, DELETE } = client as unknown as Record<'GET' | 'POST' | 'PUT' | 'DELETE', Method>;
  const send = (method: Method, path: string, params: CallParams, body?: object) => (request: object) =>
    // openapi-fetch sends no body, and no Content-Type, for a body that is undefined.
    method(path, { ...request, params, body });
  /** What a call's success is when it is a JSON object (`what` names it). */
  const object =
    <T>(name: string, what: string) =>
    (response: Response, text: string) =>
      readObject(response, text, name, what) as T;

  function getUploadTask(task: UploadTaskRef, init?: SmhCallInit) {
    return call(
      'getUploadTask',
      init,
      () => {
        const params = taskCall(task, 'upload', userId);
        return { params, send: send(GET, operationPaths.task, params) };
      },
      object<UploadTask>('getUploadTask', 'the upload task'),
    );
  }

  function renewUpload(task: UploadTaskRef, init?: SmhCallInit) {
    return call(
      'renewUpload',
      init,
      () => {
        const params = taskCall(task, 'renew', userId);
        return { params, send: send(POST, operationPaths.renew, params) };
      },
      object<UploadStarted>('renewUpload', 'the renewed upload'),
    );
  }

  function confirmUpload(task: ConfirmUploadRef, init?: SmhCallInit) {
    return call(
      'confirmUpload',
      init,
      () => {
        const { body, ...params } = confirmCall(task, userId);
        return { params, send: send(POST, operationPaths.confirm, params, body) };
      },
      object<UploadedFile>('confirmUpload', 'the stored file'),
    );
  }

  function cancelUpload(task: UploadTaskRef, init?: SmhCallInit) {
    // Any 2xx is the task cancelled: the service answers 204, with no body to read.
    return call(
      'cancelUpload',
      init,
      () => {
        const params = taskCall(task, 'upload', userId);
        return { params, send: send(DELETE, operationPaths.task, params) };
      },
      () => undefined,
    );
  }

  function beginUpload(name: string, path: string, method: Method, flag: string | undefined) {
    return (file: BeginUploadRef, init?: SmhCallInit) =>
      call(
        name,
        init,
        () => {
          const { body, ...params } = beginCall(file, flag, userId);
          return { params, send: send(method, path, params, body) };
        },
        (response, text): BeginUploadAnswer => {
          if (response.status === 201) return { state: 'started', upload: object<UploadStarted>(name, 'the upload begun')(response, text) };
          if (response.status === 202) return { state: 'needs-full-hash' };
          if (response.status === 200)
            return { state: 'already-stored', file: object<UploadedFile>(name, 'the stored file')(response, text) };
          throw new SmhResponseError(
            response.status,
            `${name}: the server answered ${response.status}; the call answers 201 (begun), 202 (send fullHash) or 200 (stored already)`,
          );
        },
      );
  }

  return Object.assign(client, {
    getUploadTask,
    renewUpload,
    confirmUpload,
    cancelUpload,
    beginMultipartUpload: beginUpload('beginMultipartUpload', operationPaths.beginMultipart, POST, 'multipart'),
    beginSimpleUpload: beginUpload('beginSimpleUpload', operationPaths.beginSimple, PUT, undefined),
  });
}

/** A query serializer that writes the operation's flag, then `fixed`, then the call's own parameters; `access_token` cannot be replaced. */
function queryWith(fixed: string): (query: Record<string, unknown>) => string {
  return (query) => {
    let flag = '';
    let search = '';
    for (const key in query) {
      const value = query[key];
      if (key === 'access_token' || value === undefined || value === null) continue;
      // A flag (`upload`, `renew`…) has no value: written bare, first, as the vendor's page writes it.
      if (value === '') flag = `${encodeURIComponent(key)}&`;
      else search += `&${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
    }
    return `${flag}${fixed}${search}`;
  };
}

/** What openapi-fetch made of a body a middleware answered with, as text. */
function textOf(error: unknown): string {
  if (error === undefined) return '';
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/** A TypeError thrown before the Request was built comes from the caller's init: said as such. */
function asInputError(error: unknown, state: CallState): unknown {
  if (error instanceof SmhInputError || error instanceof SmhResponseError || state.built || !(error instanceof TypeError)) return error;
  return new SmhInputError('init', `cannot make a request: ${error.message}`);
}
