// Reading Dredd's CLI output: the token masked out of it, its parser noise
// folded into one line, and its results and totals parsed for a verdict.

export type DreddStatus = 'pass' | 'fail' | 'skip' | 'error';

export interface DreddResult {
  status: DreddStatus;
  /** Dredd's test title, e.g. `GET (200) /api/v1/file/…?upload&access_token=*** [example: simpleUpload]`. */
  title: string;
  /** The documented response it checks: `200`, `404`, `default`. */
  response?: string;
  statusCode?: number;
  example?: string;
}

export interface DreddTotals {
  passing: number;
  failing: number;
  errors: number;
  skipped: number;
  total: number;
}

/** Replaces every spelling of each secret (raw and URL-encoded) with `***`. */
export function createMasker(secrets: Array<string | undefined>): (text: string) => string {
  const spellings = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    spellings.add(secret);
    spellings.add(encodeURIComponent(secret));
  }
  const ordered = [...spellings].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((masked, secret) => masked.split(secret).join('***'), text);
}

// Dredd's OpenAPI 3 parser warns about every keyword it does not support,
// and about the URI template of every transaction (the query it cannot expand).
const PARSER_WARNING = /^warn: API description (parser|URI template expansion) warning/;

/** Dredd's output without the parser warnings, and how many there were. */
export function foldParserWarnings(lines: string[]): { lines: string[]; hidden: number } {
  const kept = lines.filter((line) => !PARSER_WARNING.test(line));
  return { lines: kept, hidden: lines.length - kept.length };
}

const RESULT_LINE = /^(pass|fail|skip|error): (GET .*?)(?: duration: \d+ms)?$/;
const TOTALS_LINE = /^complete: (\d+) passing, (\d+) failing, (\d+) errors, (\d+) skipped, (\d+) total$/;

/** One entry per transaction, in run order (Dredd repeats failures at the end; those are ignored). */
export function parseResults(lines: string[]): DreddResult[] {
  const results: DreddResult[] = [];
  for (const line of lines) {
    if (line.startsWith('info: Displaying failed tests')) break;
    const match = RESULT_LINE.exec(line);
    if (!match) continue;
    const title = match[2]!;
    const response = /^GET \((\d{3}|default)\)/.exec(title)?.[1];
    const example = /\[example: ([^\]]+)\]/.exec(title)?.[1];
    const statusCode = response === undefined || response === 'default' ? undefined : Number(response);
    results.push({ status: match[1] as DreddStatus, title, response, statusCode, example });
  }
  return results;
}

export function parseTotals(lines: string[]): DreddTotals | undefined {
  for (const line of lines) {
    const match = TOTALS_LINE.exec(line);
    if (match) {
      const [passing, failing, errors, skipped, total] = match.slice(1).map(Number) as [number, number, number, number, number];
      return { passing, failing, errors, skipped, total };
    }
  }
  return undefined;
}
