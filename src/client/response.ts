// How the client reads an answer, whatever its status: the body read once,
// with a limit, then judged by what the operation answers. Every refusal is
// SmhResponseError, naming what came (never its content).
import type { SmhErrorBody } from '../contract/types.js';
import { jsonTypeOf, SmhResponseError } from '../errors.js';
import { readBounded, TOO_LARGE } from '../shared/bounded-read.js';

/** The statuses fetch follows (a 300 or a 304 it hands back as it is). */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Whether fetch would have followed this answer: a redirect status, or a browser's opaque redirect. */
export const isRedirect = (response: Response) => response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status);

/** The body as text, reading no more than `limit` bytes plus one chunk; a longer one throws, the rest unread. */
export async function readBody(response: Response, limit: number, call: string): Promise<string> {
  const bytes = await readBounded(response.body, limit);
  if (bytes === TOO_LARGE) {
    const { status } = response;
    throw new SmhResponseError(
      status,
      `${call}: the server answered ${status} with a body over the limit of ${limit} bytes (maxBodyBytes); the rest was not read`,
    );
  }
  // Decoded once, whole: a character split between chunks stays whole.
  return new TextDecoder().decode(bytes);
}

/** A 2xx's body that must be a JSON object (`what` names it: `the upload task`), else SmhResponseError naming what came instead. */
export function readObject(response: Response, text: string, call: string, what: string): Record<string, unknown> {
  const { status } = response;
  const body = parseJson(text);
  if (body === NOT_JSON)
    throw new SmhResponseError(status, `${call}: the server answered ${status} ${describeText(response, text)}; ${what} is a JSON object`);
  if (jsonTypeOf(body) !== 'object')
    throw new SmhResponseError(
      status,
      `${call}: the server answered ${status} with a JSON body that is ${withArticle(jsonTypeOf(body))}; ${what} is a JSON object`,
    );
  return body as Record<string, unknown>;
}

/** The SMH error in a non-2xx body: an object with a string `code` and `message`; the request ID from the header when the body has none. */
export function readError(response: Response, text: string, call: string): SmhErrorBody {
  const body = parseJson(text);
  const problem = body === NOT_JSON ? describeText(response, text) : errorBodyProblem(body);
  if (problem !== undefined) {
    throw new SmhResponseError(
      response.status,
      `${call}: the server answered ${response.status} ${problem}; an SMH error is a JSON object with a string code and a string message`,
    );
  }
  // The vendor's SDKs read the request ID from the header when the body has none.
  const { requestId, ...rest } = body as SmhErrorBody;
  const id = typeof requestId === 'string' ? requestId : (response.headers.get('x-request-id') ?? undefined);
  return (id === undefined ? rest : { ...rest, requestId: id }) as SmhErrorBody;
}

/** A redirect the client did not follow, naming the status and the target's origin (never its path). */
export function redirectError(response: Response, call: string): SmhResponseError {
  const location = response.headers.get('location');
  const base = URL.canParse(response.url) ? response.url : undefined;
  const target = location !== null && URL.canParse(location, base) ? new URL(location, base).origin : undefined;
  const where = target ? `a redirect to ${target}` : 'a redirect';
  return new SmhResponseError(
    response.status,
    `${call}: the server answered ${response.status ? `${response.status},` : 'with'} ${where}; the service answers this call itself, so it is not followed (pass init.redirect to decide otherwise)`,
  );
}

const NOT_JSON = Symbol('not JSON');

/** The parsed body, or NOT_JSON: JSON.parse's own message quotes the text, which may hold a secret, so it is dropped. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function errorBodyProblem(body: unknown): string | undefined {
  if (jsonTypeOf(body) !== 'object') return `with a JSON body that is ${withArticle(jsonTypeOf(body))}`;
  for (const field of ['code', 'message']) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value !== 'string')
      return `with a JSON object whose ${field} is ${value === undefined ? 'missing' : withArticle(jsonTypeOf(value))}`;
  }
  return undefined;
}

const withArticle = (type: string) => (type === 'null' ? 'null' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`);

function describeText(response: Response, text: string): string {
  if (text === '') return 'with an empty body';
  const type = response.headers.get('content-type') ?? 'no content type';
  return `with a body that is not valid JSON (${text.length} characters, ${type})`;
}
