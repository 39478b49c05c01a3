// Bodies generated from the schemas (`dynamic`), by Prism's engine
// (@stoplight/prism-http, an optional peer), loaded on first use only: the
// examples need no Prism at all. Node only; bundlers for the browser take
// prism.browser.ts instead (package.json `imports`, `#prism`).
import { readFile } from 'node:fs/promises';
import { parameters, uploadTaskPath } from '../../generated/mock-contract.js';

export const PRISM_HTTP_RANGE = '~5.12.0';

export interface DynamicAnswer {
  body: unknown;
  /** The generated body's violations of the schema, as `sl-violations` lists them. */
  violations: object[];
}

interface PrismHttp {
  createInstance(
    config: object,
    components: { logger: object },
  ): {
    request(
      input: object,
      operations: unknown[],
      config: object,
    ): () => Promise<{ _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: Result }>;
  };
  getHttpOperationsFromSpec(spec: object): Promise<unknown[]>;
}

interface Result {
  output: { body?: unknown };
  validations: { output: Array<{ path?: string[]; severity: number; code?: string | number; message: string }> };
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

let prepared: Promise<{ instance: ReturnType<PrismHttp['createInstance']>; operations: unknown[] }> | undefined;

/** Loads Prism now, so that a server asked for generated bodies fails at start, not on its first request. */
export async function ensurePrism(): Promise<void> {
  prepared ??= prepare();
  await prepared;
}

/** A body of the spec's `response` (`200`, `default`) generated from its schema; the same for the same seed. */
export async function dynamicAnswer(response: string, seed: string | undefined): Promise<DynamicAnswer> {
  prepared ??= prepare();
  const { instance, operations } = await prepared;
  // Any request the operation accepts: the answer depends on the status and the seed only.
  const path = uploadTaskPath.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(parameters.find((parameter) => parameter.name === name)?.example ?? 'x')),
  );
  const input = { method: 'get', url: { path, query: { upload: '', access_token: 'dynamic' } }, headers: {}, body: undefined };
  const mock = { ...config.mock, code: response, seed: seed ?? null };
  const result = await instance.request(input, operations, { ...config, mock })();
  if (result._tag === 'Left') throw new Error(`Prism could not generate a body for the ${response} response: ${result.left.message}`);
  const violations = result.right.validations.output.map((diagnostic) => ({
    location: ['response', ...(diagnostic.path ?? [])],
    severity: ['Error', 'Warning', 'Information', 'Hint'][diagnostic.severity] ?? String(diagnostic.severity),
    code: diagnostic.code,
    message: diagnostic.message,
  }));
  return { body: result.right.output.body, violations };
}

async function prepare() {
  let prism: PrismHttp;
  try {
    const module = (await import('@stoplight/prism-http')) as unknown as PrismHttp & { default?: PrismHttp };
    prism = module.default ?? module;
  } catch (error) {
    throw new Error(`bodies generated from the schemas need Prism's engine: npm install -D @stoplight/prism-http@${PRISM_HTTP_RANGE}`, {
      cause: error,
    });
  }
  const spec = JSON.parse(await readFile(new URL('../../generated/openapi.mock.json', import.meta.url), 'utf8'));
  const noop = () => {};
  const logger: Record<string, unknown> = { trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
  logger.child = () => logger;
  return { instance: prism.createInstance(config, { logger }), operations: await prism.getHttpOperationsFromSpec(spec) };
}
