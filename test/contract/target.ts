// Which server the contract suite judges, and with which credentials: the
// mock (default) or the server named by SMH_BASE_URL and its SMH_* variables.
import { inject } from 'vitest';

export interface ContractTarget {
  baseUrl: string;
  isMock: boolean;
  accessToken: string;
  libraryId: string;
  spaceId: string;
  confirmKey: string;
  userId?: string;
  /** How long one request may take before the suite calls the server unresponsive. */
  timeoutMs: number;
}

export function contractTarget(): ContractTarget {
  const { baseUrl, isMock } = inject('smhTarget');
  const timeoutMs = Number(process.env.SMH_TIMEOUT_MS) || 10_000;
  if (isMock) return { baseUrl, isMock, timeoutMs, accessToken: 'mock-access-token', libraryId: 'smh0000000000000', spaceId: '-', confirmKey: '2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3' };
  const env = process.env;
  const missing = ['SMH_ACCESS_TOKEN', 'SMH_LIBRARY_ID', 'SMH_CONFIRM_KEY'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`SMH_BASE_URL is set, so the contract suite needs ${missing.join(', ')} too`);
  return {
    baseUrl,
    isMock,
    timeoutMs,
    accessToken: env.SMH_ACCESS_TOKEN!,
    libraryId: env.SMH_LIBRARY_ID!,
    spaceId: env.SMH_SPACE_ID || '-',
    confirmKey: env.SMH_CONFIRM_KEY!,
    ...(env.SMH_USER_ID ? { userId: env.SMH_USER_ID } : {}),
  };
}
