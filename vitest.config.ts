import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`src/${file}`, import.meta.url));

export default defineConfig({
  // The README's examples import the package by name; tests run them on src/.
  resolve: {
    alias: [
      { find: /^smh-upload-contract\/mock$/, replacement: src('mock/index.ts') },
      { find: /^smh-upload-contract\/mock\/server$/, replacement: src('mock/server.ts') },
      { find: /^smh-upload-contract\/msw$/, replacement: src('mock/msw.ts') },
      { find: /^smh-upload-contract\/proxy$/, replacement: src('proxy/index.ts') },
      { find: /^smh-upload-contract$/, replacement: src('index.ts') },
      { find: /^#prism$/, replacement: src('server/prism.node.ts') },
      { find: /^#md5$/, replacement: src('mock/simulator/md5.node.ts') },
    ],
  },
  test: {
    globalSetup: ['test/support/run-setup.ts'],
    // One seed for every property, in every file (FC_SEED replays another run).
    setupFiles: ['test/support/seed.ts'],
    // Most files wait on child processes (mocks, Dredd, npm, Chromium), not
    // on the CPU: three at a time keep both cores busy. (Vitest's default is
    // one worker per core but one: one worker here.)
    maxWorkers: 3,
    // The files share a worker's modules (Prism, Ajv, the spec) instead of
    // importing them again per file: a third of the suite's CPU. No test
    // patches a module or a global it does not restore.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Named for what they exercise: a failure in `unit` is in-process code;
    // in `integration`, real processes and a browser; in `packaging`, the
    // tarball a user installs; in `contract`, the server being judged.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // The commands run as they install: bin/, which runs dist/.
          globalSetup: ['test/support/built.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'packaging',
          include: ['test/packaging/**/*.test.ts'],
          globalSetup: ['test/support/built.ts', 'test/support/package-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/support/built.ts', 'test/support/shared-mock.ts'],
        },
      },
    ],
  },
});
