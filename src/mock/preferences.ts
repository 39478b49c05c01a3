// What a request asks the mock for, read the way `prism mock` reads it: the
// `Prefer` header (RFC 7240: `code=404, example=UploadNotFound,
// dynamic=true, seed=x`) or, without that header, the `__code`,
// `__example`, `__dynamic` and `__seed` query parameters. Parsed in one pass,
// linear in the header's length.

export interface Preferences {
  /** A status, as three digits. */
  code?: string;
  example?: string;
  dynamic?: boolean;
  seed?: string;
}

export type PreferencesResult = { ok: true; preferences: Preferences } | { ok: false; problem: string };

const NAMES = ['code', 'example', 'dynamic', 'seed'] as const;
type Name = (typeof NAMES)[number];

export function readPreferences(prefer: string | undefined, query: URLSearchParams): PreferencesResult {
  const asked: Partial<Record<Name, string | true>> = {};
  if (prefer === undefined) {
    for (const name of NAMES) {
      const value = query.get(`__${name}`);
      if (value !== null) asked[name] = value;
    }
  } else {
    for (const [name, value] of parsePrefer(prefer)) if ((NAMES as readonly string[]).includes(name)) asked[name as Name] ??= value;
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

/**
 * Each preference's name (lower case) and value (`true` when it has none),
 * in order: preferences are split at commas, a preference's parameters at
 * semicolons (the first is the preference), and a quoted value keeps its
 * commas and semicolons.
 */
function* parsePrefer(header: string): Generator<[string, string | true]> {
  let quoted = false;
  let first = true;
  let start = 0;
  for (let index = 0; index <= header.length; index++) {
    const char = header[index];
    if (char === '"') quoted = !quoted;
    if (index < header.length && (quoted || (char !== ',' && char !== ';'))) continue;
    // Only a preference itself, never one of its parameters, is a preference.
    if (first) {
      const part = header.slice(start, index);
      const equals = part.indexOf('=');
      const name = (equals === -1 ? part : part.slice(0, equals)).trim().toLowerCase();
      let value = equals === -1 ? '' : part.slice(equals + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (name !== '') yield [name, value === '' ? true : value];
    }
    first = char !== ';';
    start = index + 1;
  }
}
