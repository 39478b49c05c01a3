// The tests StrykerJS runs against each mutant (`npm run test:mutation`): the
// in-process ones that guard the client, the masker, the validator and the
// resume planner. No server process, no browser, no packing.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  { resolve: base.resolve },
  defineConfig({
    test: {
      include: [
        'test/unit/client*.test.ts',
        'test/unit/validate-properties.test.ts',
        'test/unit/validate.test.ts',
        'test/unit/resume*.test.ts',
        'test/unit/secrets.test.ts',
        'test/unit/date-time.test.ts',
      ],
      testTimeout: 20_000,
    },
  }),
);
