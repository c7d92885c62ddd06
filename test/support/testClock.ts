import type { Clock } from '../../src/clock.ts';

/**
 * Simulated time for tests: runs `factor` times faster than real time, and `advance(ms)` jumps
 * ahead at once (waking every sleeper whose deadline passed). Both the bot and the fake servers
 * read it, so a 40 s render takes 40 s of this clock and a few milliseconds of the test.
 */
export class TestClock implements Clock {
  readonly #realStart = performance.now();
  readonly #base: number;
  #offset = 0;
  readonly #sleepers = new Set<() => void>();

  readonly factor: number;

  constructor(factor = 200, start = Date.now()) {
    this.factor = factor;
    this.#base = start;
  }

  now(): number {
    return Math.floor(this.#base + (performance.now() - this.#realStart) * this.factor + this.#offset);
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    const deadline = this.now() + Math.max(0, ms);
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason ?? new Error('aborted'));
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const check = () => {
        clearTimeout(timer);
        const left = deadline - this.now();
        if (left <= 0) {
          finish();
          resolve();
          return;
        }
        timer = setTimeout(check, Math.max(1, left / this.factor));
      };
      const onAbort = () => {
        finish();
        reject(signal?.reason ?? new Error('aborted'));
      };
      const finish = () => {
        clearTimeout(timer);
        this.#sleepers.delete(check);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#sleepers.add(check);
      check();
    });
  }

  /** Jumps ahead by `ms` of simulated time. */
  advance(ms: number): void {
    this.#offset += ms;
    for (const wake of [...this.#sleepers]) wake();
  }
}
