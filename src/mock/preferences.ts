// What a request asks the mock for, the way `prism mock` reads it: the
// `Prefer` header (`code=404, example=UploadNotFound, dynamic=true, seed=x`)
// or, without that header, the `__code`, `__example`, `__dynamic` and
// `__seed` query parameters.

export interface Preferences {
  code?: string;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

export type PreferencesResult = { ok: true; preferences: Preferences } | { ok: false; problem: string };

export function readPreferences(prefer: string | undefined, query: URLSearchParams): PreferencesResult {
  const asked = prefer === undefined ? fromQuery(query) : fromHeader(prefer);
  const problems: string[] = [];
  const preferences: Preferences = {};
  if (asked.code !== undefined) {
    if (/^\d{3}$/.test(asked.code)) preferences.code = asked.code;
    else problems.push(`code: cannot decode ${JSON.stringify(asked.code)}, should be a three-digit status`);
  }
  if (asked.dynamic !== undefined) {
    if (asked.dynamic === 'true' || asked.dynamic === 'false') preferences.dynamic = asked.dynamic === 'true';
    else problems.push(`dynamic: cannot decode ${JSON.stringify(asked.dynamic)}, should be true or false`);
  }
  if (asked.example !== undefined) preferences.exampleKey = asked.example;
  if (asked.seed !== undefined) preferences.seed = asked.seed;
  return problems.length > 0 ? { ok: false, problem: problems.join('; ') } : { ok: true, preferences };
}

type Asked = Partial<Record<'code' | 'example' | 'dynamic' | 'seed', string>>;

function fromQuery(query: URLSearchParams): Asked {
  const asked: Asked = {};
  for (const name of ['code', 'example', 'dynamic', 'seed'] as const) {
    const value = query.get(`__${name}`);
    if (value !== null) asked[name] = value;
  }
  return asked;
}

/** RFC 7240 preferences, comma-separated `token=value` pairs (quoted values allowed); the first of each wins. */
function fromHeader(prefer: string): Asked {
  const asked: Record<string, string> = {};
  for (const preference of splitOutsideQuotes(prefer, ',')) {
    const [first = ''] = splitOutsideQuotes(preference, ';');
    const at = first.indexOf('=');
    const token = (at === -1 ? first : first.slice(0, at)).trim().toLowerCase();
    let value = at === -1 ? '' : first.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (token && !(token in asked)) asked[token] = value;
  }
  return { code: asked.code, example: asked.example, dynamic: asked.dynamic, seed: asked.seed };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
