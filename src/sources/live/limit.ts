/**
 * A counting semaphore: at most `concurrency` tasks run at once, the others wait in arrival order. The live
 * source shares one across every HTTP request it makes, whatever the plane.
 */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** The most tasks that ever ran at once. */
  readonly peak: number;
}

export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive integer (got ${String(concurrency)})`);
  const waiting: Array<() => void> = [];
  let active = 0;
  let peak = 0;

  const acquire = (): Promise<void> => {
    if (active < concurrency) {
      active++;
      peak = Math.max(peak, active);
      return Promise.resolve();
    }
    // The slot is handed over by release(), so `active` stays counted for the waiter.
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get peak() {
      return peak;
    },
  };
}
