// The tests StrykerJS runs against each mutant (`npm run test:mutation`): the
// fast in-process ones that guard the client, the redaction, the validator,
// the date-time reader and the resume planner. No mock server, no browser,
// no packing.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/client*.test.ts', 'test/unit/properties.test.ts', 'test/unit/validate.test.ts', 'test/unit/date-time.test.ts', 'test/unit/resume*.test.ts'],
    exclude: ['test/unit/resume-e2e.test.ts'],
    testTimeout: 20_000,
  },
});
