import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`src/${file}`, import.meta.url));

export default defineConfig({
  // The README's examples import the package by name; tests run them on src/.
  resolve: {
    alias: [
      { find: /^smh-upload-contract\/mock$/, replacement: src('mock/index.ts') },
      { find: /^smh-upload-contract\/msw$/, replacement: src('mock/msw.ts') },
      { find: /^smh-upload-contract$/, replacement: src('index.ts') },
    ],
  },
  test: {
    globalSetup: ['test/support/global-mock.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'contract', include: ['test/contract/**/*.test.ts'] } },
    ],
  },
});
