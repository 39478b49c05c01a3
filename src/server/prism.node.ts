// The one loader of Prism's engine (@stoplight/prism-http, an optional
// peer), for what only Prism does here: bodies generated from the schemas
// (the mock's `dynamic`) and the validation proxy. Loaded on first use, Node
// only; bundlers for the browser take prism.browser.ts instead (package.json
// `imports`, `#prism`).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The version of the peer to install: it runs on every Node the package supports (5.15 and later need Node 24). */
export const PRISM_HTTP_RANGE = '~5.12.0';

/** A diagnostic as Prism's validator reports it. */
export interface PrismDiagnostic {
  path?: string[];
  severity: number;
  code?: string | number;
  message: string;
}

export type PrismResult =
  | {
      _tag: 'Left';
      left: { name: string; message: string; status?: number; detail?: string; additional?: { headers?: Record<string, string> } };
    }
  | {
      _tag: 'Right';
      right: {
        output: { statusCode: number; headers?: Record<string, string>; body?: unknown };
        validations: { input: PrismDiagnostic[]; output: PrismDiagnostic[] };
      };
    };

/** An HTTP operation as Prism parses it from a spec; `iid` and `method` are what this package reads of it. */
export interface PrismOperation {
  id: string;
  iid?: string;
  method: string;
  path: string;
}

interface PrismHttp {
  createInstance(
    config: object,
    components: { logger: object },
  ): { request(input: object, operations: unknown[], config: object): () => Promise<PrismResult> };
  getHttpOperationsFromSpec(spec: object): Promise<PrismOperation[]>;
  ProblemJsonError: { toProblemJson(error: object): object };
}

export interface Prism {
  /** Answers `input` as Prism would with `config`, choosing among `operations`. */
  request(input: object, operations: PrismOperation[], config: object): Promise<PrismResult>;
  /** Every operation of the spec file Prism was loaded with. */
  operations: PrismOperation[];
  /** Prism's problem+json body for what it refused. */
  problemJson(error: object): object;
}

interface Loaded {
  module: PrismHttp;
  operations: PrismOperation[];
}

const loaded = new Map<string, Promise<Loaded>>();

/** Whether Prism's engine can be loaded here: known at once, so that a mock asked for generated bodies fails when it is made. */
export function prismInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@stoplight/prism-http');
    return true;
  } catch {
    return false;
  }
}

/**
 * Prism's engine over one of the package's spec files (`openapi.mock.json`,
 * `openapi.proxy.json`), with `components` in place of its own (the
 * proxy's forwarder); the module and the spec load once. `purpose` names
 * what needs it in the error that says how to install it.
 */
export async function loadPrism(specFile: string, config: object, purpose: string, components: object = {}): Promise<Prism> {
  let files = loaded.get(specFile);
  if (files === undefined) {
    files = load(specFile, purpose);
    loaded.set(specFile, files);
    // A failed load is tried again by the next caller (after the peer is installed, say).
    files.catch(() => loaded.delete(specFile));
  }
  const { module, operations } = await files;
  // Prism logs through a pino-shaped logger, with a `success` level of its own; the servers log their own line per request.
  const noop = () => {};
  const logger: Record<string, unknown> = { trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };
  logger.child = () => logger;
  const instance = module.createInstance(config, { ...components, logger });
  return {
    request: (input, chosen, callConfig) => instance.request(input, chosen, callConfig)(),
    operations,
    problemJson: (error) => module.ProblemJsonError.toProblemJson(error),
  };
}

async function load(specFile: string, purpose: string): Promise<Loaded> {
  let module: PrismHttp;
  try {
    const imported = (await import('@stoplight/prism-http')) as unknown as PrismHttp & { default?: PrismHttp };
    module = imported.default ?? imported;
  } catch (error) {
    throw new Error(`${purpose} needs Prism's engine: npm install -D @stoplight/prism-http@${PRISM_HTTP_RANGE}`, { cause: error });
  }
  const spec = JSON.parse(await readFile(new URL(`../../generated/${specFile}`, import.meta.url), 'utf8'));
  const operations = await module.getHttpOperationsFromSpec(spec);
  // A `#flag` in a path key keeps apart operations OpenAPI would see on one path; no request carries it. Prism is
  // always handed the one operation a request names, so it matches the path without it.
  for (const operation of operations) operation.path = operation.path.replace(/#[^/]*$/, '');
  return { module, operations };
}
