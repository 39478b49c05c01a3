// Rates measured in interleaved rounds, so that both sides of a ratio see the
// same machine load; the median round's ratio is reported. Absolute rates on
// a shared machine are noise, ratios measured in one run are not.

export interface Side {
  name: string;
  /** Runs `count` operations; resolves when all are done. */
  run(count: number): Promise<void> | void;
}

export interface Comparison {
  baseline: string;
  candidate: string;
  /** candidate rate / baseline rate, median over rounds. */
  ratio: number;
  baselineRate: number;
  candidateRate: number;
}

async function rate(side: Side, count: number): Promise<number> {
  const started = performance.now();
  await side.run(count);
  return count / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function compare(
  baseline: Side,
  candidate: Side,
  { count, rounds = 7 }: { count: number; rounds?: number },
): Promise<Comparison> {
  await rate(baseline, Math.ceil(count / 4)); // warm-up: JIT, sockets
  await rate(candidate, Math.ceil(count / 4));
  const ratios: number[] = [];
  const baseRates: number[] = [];
  const candRates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const first = round % 2 === 0;
    const a = first ? await rate(baseline, count) : 0;
    const b = await rate(candidate, count);
    const base = first ? a : await rate(baseline, count);
    baseRates.push(base);
    candRates.push(b);
    ratios.push(b / base);
  }
  return {
    baseline: baseline.name,
    candidate: candidate.name,
    ratio: median(ratios),
    baselineRate: median(baseRates),
    candidateRate: median(candRates),
  };
}

export function report({ baseline, candidate, ratio, baselineRate, candidateRate }: Comparison, unit = 'ops/s'): string {
  return `${candidate}: ${ratio.toFixed(2)}× ${baseline} (median of rounds; this run ${Math.round(candidateRate)} vs ${Math.round(baselineRate)} ${unit})`;
}

/** Runs `count` calls of `call`, at most `concurrency` at a time. */
export async function concurrently(count: number, concurrency: number, call: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await call(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
