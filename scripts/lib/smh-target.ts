// The server a contract runner (the vitest suite, Dredd) judges, and the
// credentials it uses: the server named by SMH_BASE_URL and its SMH_*
// variables, or the contract's mock with the mock spec's own examples.
import { readFileSync } from 'node:fs';

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

const mockSpec = () => JSON.parse(readFileSync(new URL('../../generated/openapi.mock.json', import.meta.url), 'utf8'));

/** The mock answers any IDs; the mock spec's parameter examples keep requests realistic. */
export function mockTarget(baseUrl: string): SmhTarget {
  const spec = mockSpec();
  const { LibraryId, SpaceId, ConfirmKey, UserId } = spec.components.parameters;
  const token = spec.paths['/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}'].get.parameters.find((p: { name?: string }) => p.name === 'access_token');
  return { baseUrl, accessToken: token.example, libraryId: LibraryId.example, spaceId: SpaceId.example, confirmKey: ConfirmKey.example, userId: UserId.example };
}

/** The ConfirmKey test keys, by the name of the response example the mocks answer each with. */
export function testKeys(): Record<string, string> {
  const examples: Record<string, { value: string }> = mockSpec().components.parameters.ConfirmKey.examples ?? {};
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, example.value]));
}
