// The tests StrykerJS runs against each mutant (`npm run test:mutation`): the
// in-process ones that guard the client, the redactor, the validator, the
// resume planner and the simulator's state machine. No server process, no
// browser, no packing.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(
  { resolve: base.resolve },
  defineConfig({
    test: {
      include: [
        'test/unit/client*.test.ts',
        'test/unit/validate*.test.ts',
        'test/unit/plan-resume*.test.ts',
        'test/unit/secret-redactor.test.ts',
        'test/unit/date-time.test.ts',
        'test/unit/mock-simulator*.test.ts',
      ],
      testTimeout: 20_000,
    },
  }),
);
