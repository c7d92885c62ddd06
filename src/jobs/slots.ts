import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { RenderScheduler } from './scheduler.ts';

/**
 * This process's side of the bot-wide render cap: takes and frees slots through the scheduler,
 * remembers which slots it holds (their leases are renewed while they render; with Redis a lease
 * lapses when its process dies) and tells waiting jobs when a slot comes free.
 */
export class Slots {
  readonly #held = new Set<string>();
  readonly #listeners = new Set<() => void>();
  readonly #o: { scheduler: RenderScheduler; clock: Clock; logger: Logger; renewEveryMs: number };
  #renewing: Promise<void> | undefined;

  constructor(options: { scheduler: RenderScheduler; clock: Clock; logger: Logger; renewEveryMs?: number }) {
    this.#o = { renewEveryMs: 20_000, ...options };
  }

  get scheduler(): RenderScheduler {
    return this.#o.scheduler;
  }

  enqueue(jobId: string, order: number): Promise<void> {
    return this.#o.scheduler.enqueue(jobId, order);
  }

  async tryAcquire(jobId: string): Promise<boolean> {
    const granted = await this.#o.scheduler.tryAcquire(jobId);
    if (granted) this.#held.add(jobId);
    return granted;
  }

  /** Keeps the slot of a job already rendering at Segmind (after a restart), whatever the cap. */
  async hold(jobId: string): Promise<void> {
    if (this.#held.has(jobId)) return;
    await this.#o.scheduler.hold(jobId);
    this.#held.add(jobId);
  }

  /** Frees the job's slot (or its place in the queue) and wakes the jobs waiting for one. */
  async release(jobId: string): Promise<void> {
    this.#held.delete(jobId);
    await this.#o.scheduler.release(jobId);
    for (const wake of this.#listeners) wake();
  }

  position(jobId: string): Promise<number | null> {
    return this.#o.scheduler.position(jobId);
  }

  /** Calls `wake` whenever a slot is freed here; returns the unsubscribe function. */
  onRelease(wake: () => void): () => void {
    this.#listeners.add(wake);
    return () => this.#listeners.delete(wake);
  }

  /** Renews the leases of held slots until `signal` aborts (started once, on the first job). */
  startRenewing(signal: AbortSignal): void {
    this.#renewing ??= (async () => {
      while (!signal.aborted) {
        try {
          await this.#o.clock.sleep(this.#o.renewEveryMs, signal);
        } catch {
          return;
        }
        try {
          await this.#o.scheduler.renew([...this.#held]);
        } catch (error) {
          this.#o.logger.warn({ err: error }, 'could not renew render slots');
        }
      }
    })();
  }

  async stopped(): Promise<void> {
    await this.#renewing;
  }
}
