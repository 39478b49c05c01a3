// The hand-written spec as the build reads it, through Redocly's
// openapi-core with the rules and plugins of redocly.yaml: linted, bundled
// into one document (refs kept local), or dereferenced for code that reads
// values rather than refs.
import { fileURLToPath } from 'node:url';
import { bundle, type Config, formatProblems, getTotals, lint, loadConfig } from '@redocly/openapi-core';

export type OpenApiDocument = Record<string, any>;

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const specRoot = `${repoRoot}spec/openapi.yaml`;

let config: Promise<Config> | undefined;
const redoclyConfig = () => (config ??= loadConfig({ configPath: `${repoRoot}redocly.yaml` }));

/** The spec as one document; `dereference` replaces every $ref with what it names. */
export async function bundleSpec(root = specRoot, { dereference = false } = {}): Promise<OpenApiDocument> {
  const { bundle: document, problems } = await bundle({ ref: root, config: await redoclyConfig(), dereference });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`the spec at ${root} does not bundle:\n${errors.map((problem) => problem.message).join('\n')}`);
  return document.parsed as OpenApiDocument;
}

/** redocly.yaml's rules on the spec: prints each problem as Redocly does; true when there is none. */
export async function lintSpec(root = specRoot): Promise<boolean> {
  const problems = await lint({ ref: root, config: await redoclyConfig() });
  const totals = getTotals(problems);
  formatProblems(problems, { format: 'stylish', totals, color: false, maxProblems: 100 });
  return totals.errors + totals.warnings === 0;
}
