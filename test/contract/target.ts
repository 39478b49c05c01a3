// Which server the contract suite judges (the run's mock, or the server
// SMH_BASE_URL names) and what it holds every SMH error answer to.
import { inject } from 'vitest';
import type { SmhErrorBody } from '../../src/index.ts';
import { spec } from '../support/spec.ts';
import { mockTarget, type SmhTarget, targetFromEnv } from '../support/target.ts';

export interface ContractTarget extends SmhTarget {
  isMock: boolean;
  /** How long one request may take before the suite calls the server unresponsive. */
  timeoutMs: number;
  /** Whether the checks that write (begin, renew, cancel) run: always on the mock, on a real server when SMH_CONTRACT_LIFECYCLE=1. */
  lifecycle: boolean;
}

export function contractTarget(): ContractTarget {
  const { baseUrl, isMock } = inject('smhTarget');
  const timeoutMs = Number(process.env.SMH_TIMEOUT_MS) || 10_000;
  return {
    ...(isMock ? mockTarget(baseUrl) : targetFromEnv()!),
    isMock,
    timeoutMs,
    lifecycle: isMock || process.env.SMH_CONTRACT_LIFECYCLE === '1',
  };
}

/** What is wrong with an SMH error body: the fields the spec requires, each a string. */
export function errorBodyProblems(body: unknown): string[] {
  if (body === null || typeof body !== 'object') return [`the error body is ${body === null ? 'null' : typeof body}, not an object`];
  const { required, properties } = spec.components.schemas.SmhError;
  return Object.keys(properties).flatMap((name) => {
    const value = (body as Record<string, unknown>)[name];
    if (value === undefined) return required.includes(name) ? [`${name}: is required but missing`] : [];
    return typeof value === 'string' ? [] : [`${name}: expected string, got ${typeof value}`];
  });
}

/** The body and the header carry one request ID, when both carry one. */
export function requestIdProblems({ error, response }: { error?: SmhErrorBody; response: Response }): string[] {
  const header = response.headers.get('x-request-id');
  return header !== null && error?.requestId !== undefined && header !== error.requestId
    ? [`X-Request-Id ${header} differs from the body's requestId ${error.requestId}`]
    : [];
}
