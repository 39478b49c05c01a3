// The HTTP mock for tests that are about the mock: the run's shared one, or,
// when the run judges a real server (SMH_BASE_URL), one of their own.
import { inject } from 'vitest';
import { startMock } from './servers.ts';

export async function useMock(): Promise<{ url: string; stop(): Promise<unknown> }> {
  const target = inject('smhTarget');
  if (target.isMock) return { url: target.baseUrl, stop: async () => {} };
  return startMock(['-v', 'silent']);
}
