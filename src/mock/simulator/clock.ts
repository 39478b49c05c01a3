// The simulator's clock: the real one, moved by what a test asks. Moving it
// forward expires part credentials for real, so an uploader's renew path runs.

export interface SimulatorClock {
  /** The simulated moment, in epoch milliseconds. */
  now(): number;
  /** Moves the clock forward (or back, with a negative amount) by `ms`. */
  advance(ms: number): void;
  /** Sets the clock to `moment` (a Date or epoch milliseconds); the real clock runs on from there. */
  set(moment: Date | number): void;
  /** Back to the real clock. */
  reset(): void;
}

export function createClock(): SimulatorClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      if (!Number.isFinite(ms)) throw new TypeError(`clock.advance: ms must be a finite number, got ${ms}`);
      offset += ms;
    },
    set(moment) {
      const at = moment instanceof Date ? moment.getTime() : moment;
      if (!Number.isFinite(at)) throw new TypeError('clock.set: the moment must be a valid Date or epoch milliseconds');
      offset = at - Date.now();
    },
    reset() {
      offset = 0;
    },
  };
}
