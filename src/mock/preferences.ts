// What a request asks the mock for, read the way `prism mock` reads it (with
// Prism's own parser of RFC 7240 preferences): the `Prefer` header
// (`code=404, example=UploadNotFound, dynamic=true, seed=x`) or, without
// that header, the `__code`, `__example`, `__dynamic` and `__seed` query
// parameters.
import parsePreferHeader from 'parse-prefer-header';

export interface Preferences {
  /** A status, as three digits. */
  code?: string;
  example?: string;
  dynamic?: boolean;
  seed?: string;
}

export type PreferencesResult = { ok: true; preferences: Preferences } | { ok: false; problem: string };

const NAMES = ['code', 'example', 'dynamic', 'seed'] as const;

export function readPreferences(prefer: string | undefined, query: URLSearchParams): PreferencesResult {
  const asked: Partial<Record<(typeof NAMES)[number], string | true>> = {};
  if (prefer === undefined) {
    for (const name of NAMES) {
      const value = query.get(`__${name}`);
      if (value !== null) asked[name] = value;
    }
  } else {
    const parsed = parsePreferHeader(prefer) as Record<string, string | true | undefined>;
    for (const name of NAMES) if (parsed[name] !== undefined) asked[name] = parsed[name];
  }
  const preferences: Preferences = {};
  const problems: string[] = [];
  const { code, example, dynamic, seed } = asked;
  if (code !== undefined) {
    if (typeof code === 'string' && /^\d{3}$/.test(code)) preferences.code = code;
    else problems.push(`code: cannot decode ${JSON.stringify(code)}, should be a three-digit status`);
  }
  if (dynamic !== undefined) {
    if (dynamic === 'true' || dynamic === 'false') preferences.dynamic = dynamic === 'true';
    else problems.push(`dynamic: cannot decode ${JSON.stringify(dynamic)}, should be true or false`);
  }
  if (example !== undefined) {
    if (typeof example === 'string' && example !== '') preferences.example = example;
    else problems.push('example: should name an example');
  }
  if (seed !== undefined) preferences.seed = String(seed);
  return problems.length > 0 ? { ok: false, problem: problems.join('; ') } : { ok: true, preferences };
}
