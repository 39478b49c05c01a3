// Bodies generated from the schemas (`dynamic`), by Prism's engine over the
// mock spec (generated/openapi.mock.json), asked for the one operation the
// request named: Prism routes by path and method only, and the contract's
// operations differ by a flag too.
import { loadPrism, PRISM_HTTP_RANGE, prismInstalled } from '#prism';
import type { ContractOperation } from '../server/operations.js';

export interface DynamicAnswer {
  body: unknown;
  /** The generated body's violations of the schema, as `sl-violations` lists them. */
  violations: object[];
}

const config = {
  validateRequest: false,
  validateResponse: true,
  checkSecurity: false,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
  mock: { dynamic: true, ignoreExamples: true, seed: null },
};

/** Throws, naming what to install, unless Prism's engine can be loaded here. */
export function ensurePrismInstalled(): void {
  if (!prismInstalled())
    throw new Error(
      `bodies generated from the schemas (dynamic) need Prism's engine: npm install -D @stoplight/prism-http@${PRISM_HTTP_RANGE}`,
    );
}

/** A body of the operation's `response` (`200`, `default`) generated from its schema, the same for the same seed; undefined without Prism. */
export async function dynamicAnswer(
  operation: ContractOperation,
  response: string,
  seed: string | undefined,
): Promise<DynamicAnswer | undefined> {
  if (!prismInstalled()) return undefined;
  const prism = await loadPrism('openapi.mock.json', config, 'bodies generated from the schemas (dynamic)');
  const chosen = prism.operations.filter((candidate) => candidate.iid === operation.id);
  // Any request the operation accepts: the answer depends on the status and the seed only.
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(operation.parameters.find((parameter) => parameter.name === name)?.example ?? 'x')),
  );
  const query = operation.flag === null ? {} : { [operation.flag]: '' };
  const input = { method: operation.method.toLowerCase(), url: { path, query }, headers: {}, body: undefined };
  const result = await prism.request(input, chosen, { ...config, mock: { ...config.mock, code: response, seed: seed ?? null } });
  if (result._tag === 'Left')
    throw new Error(`Prism could not generate a body for ${operation.id}'s ${response} response: ${result.left.message}`);
  const violations = result.right.validations.output.map((diagnostic) => ({
    location: ['response', ...(diagnostic.path ?? [])],
    severity: ['Error', 'Warning', 'Information', 'Hint'][diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  }));
  return { body: result.right.output.body, violations };
}
