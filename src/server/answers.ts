// What the servers' faces hand to an answering function and get back, and
// the answers every server gives alike: JSON, Prism's problem+json for what
// only a mock or a proxy refuses, CORS as Prism's `--cors` gives it, and
// violations as Prism's `sl-violations` header carries them.

/** A request as every face hands it over. */
export interface ServedRequest {
  method: string;
  url: URL;
  /** Names in lower case. */
  headers: Record<string, string>;
  /** The body, when one came, as it arrives: read it with readBody, or leave it (the server drops it). */
  body?: ReadableStream<Uint8Array> | null;
}

/** An answer as every face writes it. */
export interface Answer {
  status: number;
  /** Names in lower case. */
  headers: Record<string, string>;
  body: string | Uint8Array | null;
}

const PROBLEM_TYPE = 'https://stoplight.io/prism/errors#';

/** A JSON answer, with the CORS headers; none for a HEAD. */
export function json(request: ServedRequest, status: number, text: string, extra: Record<string, string> = {}): Answer {
  const headers: Record<string, string> = { ...corsHeaders(request.headers), 'content-type': 'application/json', ...extra };
  return { status, headers, body: request.method === 'HEAD' ? null : text };
}

/** An answer with no body, with the CORS headers. */
export function empty(request: ServedRequest, status: number, extra: Record<string, string> = {}): Answer {
  return { status, headers: { ...corsHeaders(request.headers), ...extra }, body: null };
}

/** An answer no face sends: the connection is dropped instead (a fault a test asked for). */
export const DROP: Answer = Object.freeze({ status: 0, headers: {}, body: null });

/** An answer in Prism's problem+json shape, for a request the server cannot answer as the service would. */
export function problem(request: ServedRequest, status: number, type: string, title: string, detail: string): Answer {
  const body = JSON.stringify({ type: `${PROBLEM_TYPE}${type}`, title, status, detail });
  return {
    status,
    headers: { ...corsHeaders(request.headers), 'content-type': 'application/problem+json' },
    body: request.method === 'HEAD' ? null : body,
  };
}

/** Prism's `--cors` (on by default) answers a preflight itself: the origin and method asked for are allowed. */
export function preflightAnswer({ method, headers }: ServedRequest): Answer | undefined {
  if (method !== 'OPTIONS' || !headers.origin || !headers['access-control-request-method']) return undefined;
  const allowed = { ...corsHeaders(headers), 'access-control-allow-methods': headers['access-control-request-method'], vary: 'origin' };
  return { status: 204, headers: allowed, body: null };
}

export function corsHeaders(request: Record<string, string>): Record<string, string> {
  return {
    'access-control-allow-origin': request.origin || '*',
    'access-control-allow-headers': request['access-control-request-headers'] || '*',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': request['access-control-expose-headers'] || '*',
  };
}

// Below the ~8 KB most clients accept in one header, as Prism cuts it.
const MAX_VIOLATION_HEADER = 8 * 1024 - 100;

/** Violations as Prism's `sl-violations` header carries them. */
export function violationHeader(violations: object[]): string {
  const value = JSON.stringify(violations);
  return value.length > MAX_VIOLATION_HEADER ? `Too many violations! ${value.substring(0, MAX_VIOLATION_HEADER)}` : value;
}
