import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';
import { type Effect, type JobEvent, type Transition, transition } from './machine.ts';
import type { JobRecord, JobState } from './record.ts';
import type { JobStore } from './store.ts';

/** How the effects of a transition are carried out (the runner wires slots, credits and the notifier). */
interface LifecycleEffects {
  releaseSlot(job: JobRecord): Promise<void>;
  refund(job: JobRecord): Promise<void>;
  settle(job: JobRecord): Promise<void>;
  announceFailure(job: JobRecord): Promise<void>;
  park(job: JobRecord): Promise<void>;
}

interface JobLifecycleOptions {
  store: JobStore;
  clock: Clock;
  logger: Logger;
  effects: LifecycleEffects;
  /** Called on every state change (metrics). */
  onTransition?: ((from: JobState | null, to: JobState, job: JobRecord) => void) | undefined;
}

type Applied = Transition | { ok: false; state: 'missing' };

/**
 * The one way a job record changes. `apply` re-reads the record and runs {@link transition} under
 * a per-job lock, saves the result, then carries out its effects.
 *
 * **Why a process-local lock is enough.** Everything that can change a job happens in the process
 * of the shard that owns the job's guild: its interactions (Cancel, buttons) arrive only there,
 * since Discord routes every event of a guild to the shard `(guild_id >> 22) % shard_count`, and a
 * job's loop is resumed only by that process. So each record has a single writing process, and the
 * lock serialises the writers inside it (the job loop, a Cancel, a timeout) — read, check, write,
 * never interleaved.
 *
 * The record's state is the one truth of whether a job is unfinished. Two views derive from it and
 * are brought back in line by {@link reconcile} after a crash: the ledger's open reservations (money
 * held for the job, closed by the `refund`/`settle` effects) and the scheduler's queue and holders
 * (render slots, freed by `release_slot`).
 */
export class JobLifecycle {
  readonly #mutex = new KeyedMutex();
  readonly #o: JobLifecycleOptions;

  constructor(options: JobLifecycleOptions) {
    this.#o = options;
  }

  get store(): JobStore {
    return this.#o.store;
  }

  /** Saves a newly admitted job (state `queued`). */
  async create(job: JobRecord): Promise<void> {
    await this.#o.store.put(job);
    this.#o.onTransition?.(null, job.state, job);
  }

  /** Applies `event` to the job as stored now; an event its state does not take changes nothing. */
  async apply(jobId: string, event: JobEvent): Promise<Applied> {
    const outcome = await this.#mutex.run(jobId, async (): Promise<Applied> => {
      const job = await this.#o.store.get(jobId);
      if (!job) return { ok: false, state: 'missing' };
      const next = transition(job, event, this.#o.clock.now());
      if (!next.ok) {
        this.#o.logger.info(
          { jobId, state: job.state, event: event.type },
          'job transition refused (the job has moved on)',
        );
        return next;
      }
      await this.#o.store.put(next.job);
      if (next.job.state !== job.state) this.#o.onTransition?.(job.state, next.job.state, next.job);
      return next;
    });
    if (outcome.ok) await this.#runEffects(outcome.job, outcome.effects);
    return outcome;
  }

  async #runEffects(job: JobRecord, effects: readonly Effect[]): Promise<void> {
    for (const effect of effects) {
      try {
        if (effect === 'release_slot') await this.#o.effects.releaseSlot(job);
        else if (effect === 'refund') await this.#o.effects.refund(job);
        else if (effect === 'settle') await this.#o.effects.settle(job);
        else if (effect === 'park') await this.#o.effects.park(job);
        else await this.#o.effects.announceFailure(job);
      } catch (error) {
        // The record is saved; credits and slots left open are closed by reconcile() on the next start.
        this.#o.logger.error({ err: error, jobId: job.id, effect }, 'a job effect failed');
      }
    }
  }
}
