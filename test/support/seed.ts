// The property tests' one seed, set before every test file (vitest's
// setupFiles): runs repeat, and FC_SEED=<n> replays another run. It is set on
// the fast-check that @fast-check/vitest runs (the same instance as the
// `fast-check` package); the seed shows in each test's name ("(with
// seed=…)"). A failure prints its seed and path, which replay it exactly
// with `test.prop([…], { seed, path })`.
import fc from 'fast-check';

export const seed = Number(process.env.FC_SEED ?? 20_210_201);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);
fc.configureGlobal({ seed });
