// What the servers (the mock, the proxy) write to their logs, made safe to
// print: credentials masked by name wherever a `name=value` or a header
// shows them, the request's own secrets masked by value wherever they stand
// whole, user info in a URL masked, and control and format characters
// escaped so that one entry is one line, read as written.
import { secretParameterNames } from '../../generated/operations.js';
import { createRedactor } from '../shared/secret-redactor.js';

/** A name that carries a credential, as a header or a parameter: `Authorization`, `x-api-key`, `x-cos-security-token`, `q-signature`… */
const CREDENTIAL = /auth|cookie|token|secret|password|credential|signature|api-?key/i;

/** The spec's secret parameters (API keys, `format: password`) and any name that reads as a credential. */
const isSecretName = (name: string) => secretParameterNames.includes(name.toLowerCase()) || CREDENTIAL.test(name);

/** Headers whose values are credentials (SMH's, object storage's, HTTP's own). */
export const isSecretHeader = (name: string) => CREDENTIAL.test(name);

/** The secret values a request carries, decoded: those of secret query parameters and of credential headers. */
export function secretsOf(url: URL | undefined, headers: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [name, value] of url?.searchParams ?? []) if (isSecretName(name)) found.push(value);
  for (const [name, value] of Object.entries(headers)) if (isSecretHeader(name)) found.push(value);
  return found;
}

/** Headers as `debug` shows them: credentials masked by name, secrets in other values (a `Referer` with `access_token=`) by name too. */
export function maskedHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${isSecretHeader(name) ? '***' : value}`)
    .join(', ');
}

/**
 * A log line's masker for one request: the values of secret parameters
 * (by name, in any case or encoding: `ACCESS%5Ftoken=`), user info in URLs,
 * then `secrets` wherever they stand whole; control and format characters
 * escaped last. Linear in the line's length.
 */
export function createLineMasker(secrets: string[]): (line: string) => string {
  // A line quotes what a request sent inside its own words: a secret of 8 characters or more is masked wherever it stands.
  const redact = createRedactor(secrets, '***', { anywhereFrom: 8 });
  return (line) => escapeControls(redact(maskUserInfo(maskParameters(line))));
}

// Where a `name=value`'s name starts and its value ends.
const NAME_START = /[?&;,\s"'(<]/;
const VALUE_END = /[&#\s"'<>]/;

/** Every `name=value` whose name is a secret's with its value replaced by `***`, whatever the value holds. */
function maskParameters(line: string): string {
  let result = '';
  let at = 0;
  for (let equals = line.indexOf('='); equals !== -1; equals = line.indexOf('=', equals + 1)) {
    if (equals < at) continue;
    let start = equals;
    while (start > at && !NAME_START.test(line[start - 1]!) && line[start - 1] !== '=') start--;
    if (start === equals || !isSecretName(decodeName(line.slice(start, equals)))) continue;
    let end = equals + 1;
    while (end < line.length && !VALUE_END.test(line[end]!)) end++;
    result += `${line.slice(at, equals + 1)}***`;
    at = end;
  }
  return result + line.slice(at);
}

/** A parameter name as a form decoder reads it; one with a malformed escape keeps its `%`. */
function decodeName(text: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** `scheme://user:password@host` with the user info masked: an absolute-form request target may carry it. */
function maskUserInfo(line: string): string {
  let result = '';
  let at = 0;
  for (let scheme = line.indexOf('://'); scheme !== -1; scheme = line.indexOf('://', scheme + 3)) {
    if (scheme < at) continue;
    let end = scheme + 3;
    while (end < line.length && !/[/?#\s@]/.test(line[end]!)) end++;
    if (line[end] !== '@') continue;
    result += `${line.slice(at, scheme + 3)}***`;
    at = end;
  }
  return result + line.slice(at);
}

/** Control (C0, DEL, C1), format (bidi overrides, zero-width) and line or paragraph separator characters. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `text` with each unprintable character written as an escape (`\x0a`, `\u202e`): printed, it stays one line and reads as written. */
export function escapeControls(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
    return code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
