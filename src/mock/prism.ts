// Prism's HTTP engine (@stoplight/prism-http), an optional peer: loaded from
// the consumer's install on first use, through its public exports only.

/** The slice of @stoplight/prism-http this package uses. */
export interface PrismHttp {
  createInstance(config: PrismConfig, components: { logger: PrismLogger }): PrismEngine;
  getHttpOperationsFromSpec(spec: object): Promise<PrismOperation[]>;
  ProblemJsonError: { toProblemJson(error: PrismProblem): Record<string, unknown> };
}

export interface PrismConfig {
  validateRequest: boolean;
  validateResponse: boolean;
  checkSecurity: boolean;
  errors: boolean;
  upstreamProxy: undefined;
  isProxy: false;
  mock: PrismMockConfig;
}

export interface PrismMockConfig {
  dynamic: boolean;
  ignoreExamples: boolean;
  seed: string | null;
  code?: string;
  exampleKey?: string;
}

export interface PrismRequest {
  method: string;
  url: { path: string; baseUrl?: string; query: Record<string, string | string[]> };
  headers: Record<string, string>;
  body: unknown;
}

export interface PrismDiagnostic {
  path?: string[];
  severity: number;
  code?: string | number;
  message: string;
}

export interface PrismResult {
  output: { statusCode: number; headers?: Record<string, unknown>; body?: unknown };
  validations: { input: PrismDiagnostic[]; output: PrismDiagnostic[] };
}

export interface PrismProblem {
  name: string;
  message: string;
  status?: number;
  detail?: string;
  additional?: { headers?: Record<string, unknown> } & Record<string, unknown>;
}

export type Either<L, R> = { _tag: 'Left'; left: L } | { _tag: 'Right'; right: R };

export interface PrismEngine {
  request(input: PrismRequest, operations: PrismOperation[], config: PrismConfig): () => Promise<Either<PrismProblem, PrismResult>>;
}

/** An operation as Prism parses it: enough to find its named examples. */
export interface PrismOperation {
  responses: Array<{ code: string; contents?: Array<{ examples?: Array<{ key: string; value?: unknown }> }> }>;
}

/** pino's interface, as far as Prism calls it: `child`, and a method per level. */
export interface PrismLogger {
  child(bindings: { name?: string }): PrismLogger;
  trace: LogMethod;
  debug: LogMethod;
  info: LogMethod;
  success: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  fatal: LogMethod;
}

type LogMethod = (first: unknown, second?: unknown) => void;

export const PRISM_HTTP_RANGE = '~5.12.0';

export async function loadPrism(): Promise<PrismHttp> {
  try {
    const module = (await import('@stoplight/prism-http')) as unknown as PrismHttp & { default?: PrismHttp };
    return module.default ?? module;
  } catch (error) {
    throw new Error(`the SMH mocks need Prism's engine: \`npm install -D @stoplight/prism-http@${PRISM_HTTP_RANGE}\` (or @stoplight/prism-cli@5.14.2, which brings it)`, { cause: error });
  }
}
