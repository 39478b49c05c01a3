// The server a contract runner (the vitest suite, Dredd) judges, and the
// credentials it uses: the server named by SMH_BASE_URL and its SMH_*
// variables, or the contract's mock with the spec's own examples.
import { parameterExample } from './spec.ts';

export interface SmhTarget {
  baseUrl: string;
  accessToken: string;
  libraryId: string;
  /** `-` for a single-tenant library. */
  spaceId: string;
  confirmKey: string;
  userId?: string;
}

/** The target described by SMH_BASE_URL and friends, or undefined when SMH_BASE_URL is unset. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): SmhTarget | undefined {
  if (!env.SMH_BASE_URL) return undefined;
  const missing = ['SMH_ACCESS_TOKEN', 'SMH_LIBRARY_ID', 'SMH_CONFIRM_KEY'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`SMH_BASE_URL is set, so ${missing.join(', ')} must be set too`);
  return {
    baseUrl: env.SMH_BASE_URL,
    accessToken: env.SMH_ACCESS_TOKEN!,
    libraryId: env.SMH_LIBRARY_ID!,
    spaceId: env.SMH_SPACE_ID || '-',
    confirmKey: env.SMH_CONFIRM_KEY!,
    ...(env.SMH_USER_ID ? { userId: env.SMH_USER_ID } : {}),
  };
}

/** The mock answers any IDs; the spec's parameter examples keep requests realistic. */
export function mockTarget(baseUrl: string): SmhTarget {
  return {
    baseUrl,
    accessToken: 'mock-access-token',
    libraryId: parameterExample('LibraryId'),
    spaceId: parameterExample('SpaceId'),
    confirmKey: 'any-confirm-key',
    userId: parameterExample('user_id'),
  };
}
