// Dredd's results, read from its xunit report (`--reporter xunit`): one
// testcase per transaction, named by what the hooks set (the transaction's
// name), and the suite's totals.
import { XMLParser } from 'fast-xml-parser';

export type Outcome = 'pass' | 'fail' | 'skip';

export interface ReportedCase {
  name: string;
  outcome: Outcome;
  /** For a failure: gavel's messages, the request, what was expected and what came. */
  message?: string;
}

export type Totals = Record<'total' | 'passing' | 'failing' | 'errors' | 'skipped', number>;
type Tuple4 = [number, number, number, number];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (tag) => tag === 'testcase' });

/** The cases in run order, and the totals; a report cut short (Dredd stopped) throws. */
export function readXunit(xml: string): { cases: ReportedCase[]; totals: Totals } {
  const suite = parser.parse(xml).testsuite;
  if (!suite || !xml.trimEnd().endsWith('</testsuite>')) throw new Error('the xunit report is incomplete');
  const cases = (suite.testcase ?? []).map(({ name, failure, skipped }: Record<string, string>): ReportedCase => {
    if (failure !== undefined) return { name: name!, outcome: 'fail', message: failure };
    return { name: name!, outcome: skipped === undefined ? 'pass' : 'skip' };
  });
  // Dredd reports an error (no answer, a hook that threw) as a failure, and counts it apart.
  const [total, failing, errors, skipped] = [suite.tests, suite.failures, suite.errors, suite.skip].map(Number) as number[] as Tuple4;
  return { cases, totals: { total, passing: total - failing - errors - skipped, failing, errors, skipped } };
}
