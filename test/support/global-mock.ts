// One HTTP mock for the whole vitest run (unless SMH_BASE_URL names a server
// to judge instead), stopped when the run ends.
import type { TestProject } from 'vitest/node';
import { type RunningMock, startMock } from './mock-server.ts';

let mock: RunningMock | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.SMH_BASE_URL) {
    project.provide('smhTarget', { baseUrl: process.env.SMH_BASE_URL, isMock: false });
    return;
  }
  mock = await startMock();
  project.provide('smhTarget', { baseUrl: mock.baseUrl, isMock: true });
}

export async function teardown(): Promise<void> {
  await mock?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    smhTarget: { baseUrl: string; isMock: boolean };
  }
}
