// The contract project's global setup: the server it judges, SMH_BASE_URL's,
// or the HTTP mock, started once and stopped when the project ends.
import type { TestProject } from 'vitest/node';
import { type Server, startMock } from './servers.ts';

const shared = globalThis as typeof globalThis & { smhMock?: { users: number; server: Promise<Server> } };

export async function setup(project: TestProject): Promise<void> {
  if (process.env.SMH_BASE_URL) {
    project.provide('smhTarget', { baseUrl: process.env.SMH_BASE_URL, isMock: false });
    return;
  }
  shared.smhMock ??= { users: 0, server: startMock(['-v', 'silent']) };
  const mock = shared.smhMock!;
  mock.users++;
  project.provide('smhTarget', { baseUrl: (await mock.server).url, isMock: true });
}

export async function teardown(): Promise<void> {
  const mock = shared.smhMock;
  if (mock === undefined || --mock.users > 0) return;
  shared.smhMock = undefined;
  await (await mock.server).stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    smhTarget: { baseUrl: string; isMock: boolean };
  }
}
