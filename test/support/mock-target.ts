// The HTTP mock for tests that are about the mock: the run's shared one, or,
// when the run judges a real server (SMH_BASE_URL), one of their own.
import { inject } from 'vitest';
import { startMock } from '../../scripts/lib/mock-process.ts';

export async function useMock(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const target = inject('smhTarget');
  if (target.isMock) return { baseUrl: target.baseUrl, stop: async () => {} };
  return startMock();
}
