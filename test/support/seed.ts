// The property tests' one seed: runs repeat, and FC_SEED=<n> replays another
// run. A failure prints its seed and path, which replay it exactly with
// `fc.assert(…, { seed, path })`.
import fc from 'fast-check';

export const seed = Number(process.env.FC_SEED ?? 20_210_201);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);
fc.configureGlobal({ seed });
