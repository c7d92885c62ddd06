import { setTimeout as delay } from 'node:timers/promises';

/** Time as the bot sees it. Injected everywhere so tests can simulate minutes in milliseconds. */
export interface Clock {
  now(): number;
  /** Resolves after `ms` of this clock's time; rejects with an AbortError when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    await delay(Math.max(0, ms), undefined, signal ? { signal } : undefined);
  },
};
