// Which server the contract suite judges: the run's mock, or the server named
// by SMH_BASE_URL (scripts/lib/smh-target.ts reads the SMH_* variables).
import { inject } from 'vitest';
import { mockTarget, type SmhTarget, targetFromEnv } from '../support/target.ts';

export interface ContractTarget extends SmhTarget {
  isMock: boolean;
  /** How long one request may take before the suite calls the server unresponsive. */
  timeoutMs: number;
}

export function contractTarget(): ContractTarget {
  const { baseUrl, isMock } = inject('smhTarget');
  const timeoutMs = Number(process.env.SMH_TIMEOUT_MS) || 10_000;
  return { ...(isMock ? mockTarget(baseUrl) : targetFromEnv()!), isMock, timeoutMs };
}
