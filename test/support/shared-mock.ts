// The global setup of the projects that talk to a server: one HTTP mock for
// all of them (unless SMH_BASE_URL names a server to judge instead), stopped
// when the last of them ends.
import type { TestProject } from 'vitest/node';
import type { Server } from './processes.ts';
import { startMock } from './servers.ts';

const shared = globalThis as typeof globalThis & { smhMock?: { users: number; server: Promise<Server> } };

export async function setup(project: TestProject): Promise<void> {
  if (process.env.SMH_BASE_URL) {
    project.provide('smhTarget', { baseUrl: process.env.SMH_BASE_URL, isMock: false });
    return;
  }
  shared.smhMock ??= { users: 0, server: startMock(['-v', 'silent']) };
  const mock = shared.smhMock;
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
