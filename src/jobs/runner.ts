import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { ProviderHealth } from '../segmind/providerHealth.ts';
import type { RenderInfo } from '../segmind/schemas.ts';
import { Semaphore } from '../util/semaphore.ts';
import type { JobCredits, JobNotifier, JobRun, SegmindApi, StepDeps, StepTimings } from './deps.ts';
import { Stopped } from './deps.ts';
import { JobLifecycle } from './lifecycle.ts';
import { transition } from './machine.ts';
import { DEFAULT_MAX_VIDEO_BYTES } from './output.ts';
import { isUnfinished, type JobRecord, type JobState } from './record.ts';
import { LearnedRenderTimes, type RenderTimes } from './renderTimes.ts';
import type { RenderScheduler } from './scheduler.ts';
import { Slots } from './slots.ts';
import { StatusDisplay } from './statusDisplay.ts';
import { deliverStep } from './steps/deliver.ts';
import { renderStep } from './steps/render.ts';
import { submitStep } from './steps/submit.ts';
import { waitForSlot } from './steps/waitForSlot.ts';
import type { JobStore, StoredJob } from './store.ts';

interface JobRunnerOptions {
  store: JobStore;
  /** Each member's list of jobs, added to as jobs start. */
  history?: { add(job: JobRecord): Promise<void> };
  segmind: SegmindApi;
  scheduler: RenderScheduler;
  credits: JobCredits;
  notifier: JobNotifier;
  provider: ProviderHealth;
  clock: Clock;
  logger: Logger;
  renderTimeoutMs: number;
  tempDir?: string | undefined;
  maxVideoBytes?: number;
  /** Videos downloaded and uploaded at once; bounds memory when many renders finish together. */
  deliveryConcurrency?: number;
  queueRecheckMs?: number;
  displayTickMs?: number;
  /** Render times learned from finished jobs (by default in memory only, from 40 s). */
  estimator?: RenderTimes;
  /** Sees what Segmind reported about each render (cost, remaining balance). */
  usage?: (info: RenderInfo) => void;
  /** Called on every state change (metrics). */
  onTransition?: (from: JobState | null, to: JobState, job: JobRecord) => void;
}

type CancelOutcome = 'cancelled' | 'not_cancellable' | 'unknown';

interface Loop {
  promise: Promise<void>;
  wake(): void;
}

/**
 * Runs each job's loop: reads the record, runs the step its state calls for (wait for a slot,
 * submit, render, deliver), and again, until the job is done or failed. Every change goes through
 * the {@link JobLifecycle}, so any process can pick a job up from storage alone: `start` for new
 * jobs, `resume` after a restart.
 */
export class JobRunner {
  readonly lifecycle: JobLifecycle;
  readonly slots: Slots;
  readonly display: StatusDisplay;
  readonly #deps: StepDeps;
  readonly #logger: Logger;
  readonly #loops = new Map<string, Loop>();
  readonly #stop = new AbortController();
  readonly #history: JobRunnerOptions['history'];
  readonly #credits: JobCredits;
  /** Jobs with a running loop that reached done or failed (their credits and member are settled). */
  readonly #ended = new Set<string>();

  constructor(o: JobRunnerOptions) {
    this.#logger = o.logger;
    this.#history = o.history;
    this.#credits = o.credits;
    this.slots = new Slots({ scheduler: o.scheduler, clock: o.clock, logger: o.logger });
    this.display = new StatusDisplay({ sink: o.notifier, clock: o.clock, logger: o.logger });
    this.lifecycle = new JobLifecycle({
      store: o.store,
      clock: o.clock,
      logger: o.logger,
      onTransition: (from, to, job) => {
        if ((to === 'done' || to === 'failed') && this.#loops.has(job.id)) this.#ended.add(job.id);
        o.onTransition?.(from, to, job);
      },
      effects: {
        releaseSlot: (job) => this.slots.release(job.id),
        refund: (job) => o.credits.refund(job, job.failure?.code ?? 'failed'),
        settle: (job) => o.credits.settle(job),
        park: (job) => o.credits.park(job),
        announceFailure: async (job) => {
          this.#loops.get(job.id)?.wake();
          this.#logger.info({ jobId: job.id, code: job.failure?.code }, 'job failed; credits refunded');
          await this.display.finish(job.id);
          const posted = await o.notifier.failed(job);
          if (posted)
            await this.lifecycle.apply(job.id, { type: 'failure_posted', messageId: posted.postedMessageId });
        },
      },
    });
    const timings: StepTimings = {
      renderTimeoutMs: o.renderTimeoutMs,
      maxVideoBytes: o.maxVideoBytes ?? DEFAULT_MAX_VIDEO_BYTES,
      tempDir: o.tempDir ?? join(tmpdir(), 'clipcast'),
      queueRecheckMs: o.queueRecheckMs ?? 2_000,
      displayTickMs: o.displayTickMs ?? 3_000,
    };
    this.#deps = {
      lifecycle: this.lifecycle,
      segmind: o.segmind,
      slots: this.slots,
      display: this.display,
      notifier: o.notifier,
      provider: o.provider,
      clock: o.clock,
      estimator: o.estimator ?? new LearnedRenderTimes({ clock: o.clock, defaultMs: 40_000 }),
      deliveries: new Semaphore(o.deliveryConcurrency ?? 4),
      timings,
      usage: o.usage,
    };
    this.slots.onRelease(() => {
      for (const loop of this.#loops.values()) loop.wake();
    });
  }

  get activeCount(): number {
    return this.#loops.size;
  }

  get estimator(): RenderTimes {
    return this.#deps.estimator;
  }

  /** Starts a newly admitted job (credits reserved): saves it as queued, queues it, runs it. */
  async start(job: JobRecord): Promise<void> {
    await this.lifecycle.create(job);
    await this.#history
      ?.add(job)
      .catch((error) =>
        this.#logger.warn({ err: error, jobId: job.id }, 'could not add the job to its history'),
      );
    await this.slots.enqueue(job.id, job.createdAt);
    this.#spawn(job.id);
  }

  /** Picks up unfinished jobs after a restart (see reconcile()). A job already running here is left alone. */
  async resume(jobs: readonly JobRecord[]): Promise<void> {
    for (const job of jobs) {
      if (this.#loops.has(job.id) || !isUnfinished(job)) continue;
      if (job.state === 'queued') await this.slots.enqueue(job.id, job.createdAt);
      if (job.state === 'rendering' || (job.state === 'submitting' && job.submitIntentAt === null))
        await this.slots.hold(job.id);
      this.#logger.info({ jobId: job.id, guildId: job.guildId, state: job.state }, 'resuming job');
      this.#spawn(job.id);
    }
  }

  /**
   * Cancels a job that is queued or rendering; its credits come back at once. A rendering job cannot
   * be stopped at Segmind (no cancel endpoint): the member is refunded and the result never fetched.
   */
  async cancel(jobId: string, by: string): Promise<CancelOutcome> {
    const applied = await this.lifecycle.apply(jobId, { type: 'cancel', by });
    if (applied.ok) return 'cancelled';
    return applied.state === 'missing' ? 'unknown' : 'not_cancellable';
  }

  /** Stops every loop without changing any job: the records stay as they are for the next start. */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.display.stop();
    for (const loop of this.#loops.values()) loop.wake();
    await Promise.allSettled([...this.#loops.values()].map((l) => l.promise));
    await this.slots.stopped();
  }

  /** Waits until every job running here has finished (tests, benches). */
  async idle(): Promise<void> {
    while (this.#loops.size > 0) await Promise.allSettled([...this.#loops.values()].map((l) => l.promise));
  }

  #spawn(jobId: string): void {
    let waker: AbortController = new AbortController();
    const stop = this.#stop.signal;
    const run: JobRun = {
      log: this.#logger.child({ jobId }),
      get stopping() {
        return stop.aborted;
      },
      checkStopped: () => {
        if (stop.aborted) throw new Stopped();
      },
      sleep: async (ms) => {
        if (stop.aborted) throw new Stopped();
        const signal = AbortSignal.any([stop, waker.signal]);
        try {
          await this.#deps.clock.sleep(ms, signal);
        } catch {
          if (stop.aborted) throw new Stopped();
        } finally {
          if (waker.signal.aborted) waker = new AbortController();
        }
      },
    };
    const loop: Loop = { promise: Promise.resolve(), wake: () => waker.abort() };
    // Start on a later macrotask, so whoever started the job (an interaction) finishes first.
    loop.promise = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#drive(jobId, run))
      .catch((error: unknown) => {
        if (!(error instanceof Stopped)) run.log.error({ err: error }, 'job loop crashed');
      })
      .finally(() => {
        this.#loops.delete(jobId);
        this.#ended.delete(jobId);
      });
    this.#loops.set(jobId, loop);
    this.slots.startRenewing(stop);
  }

  async #drive(jobId: string, run: JobRun): Promise<void> {
    let lastRead: JobRecord | undefined;
    for (;;) {
      run.checkStopped();
      const stored = await this.lifecycle.store.read(jobId);
      if (stored.kind === 'damaged') return this.#abandonDamaged(jobId, stored, lastRead, run);
      if (stored.kind === 'missing' || !isUnfinished(stored.job)) return;
      const job = stored.job;
      lastRead = job;
      try {
        await this.#step(job, run);
      } catch (error) {
        if (error instanceof Stopped || run.stopping) throw new Stopped();
        run.log.error({ err: error, state: job.state }, 'job step failed unexpectedly');
        await this.lifecycle.apply(jobId, { type: 'fail', code: 'internal', detail: 'internal error' });
        return;
      }
    }
  }

  /**
   * The record became unreadable while the job ran: nothing in it can be trusted, so the loop stops
   * here rather than act on it. The record is quarantined, the slot given back, and, from the last
   * good read, the credits refunded and the member told (with none, reconcile() refunds them at the
   * next start).
   */
  async #abandonDamaged(
    jobId: string,
    stored: Extract<StoredJob, { kind: 'damaged' }>,
    lastRead: JobRecord | undefined,
    run: JobRun,
  ): Promise<void> {
    run.log.error(
      { problem: stored.problem },
      'the job record became unreadable; job stopped and quarantined',
    );
    await this.lifecycle.store.quarantine(jobId, stored.raw, stored.problem);
    await this.slots.release(jobId);
    await this.display.finish(jobId);
    // Ended before the damage (delivered, failed, cancelled): its credits are closed and its member
    // told; a notice from the older copy would be wrong.
    if (!lastRead || this.#ended.has(jobId)) return;
    await this.#credits.refund(lastRead, 'damaged');
    // The notice is told from the last good copy, as the machine would have failed it.
    const failed = transition(
      lastRead,
      { type: 'fail', code: 'damaged', detail: stored.problem },
      this.#deps.clock.now(),
    );
    if (!failed.ok) return;
    await this.#deps.notifier
      .failed(failed.job)
      .catch((error: unknown) => run.log.warn({ err: error }, 'could not tell the member'));
  }

  #step(job: JobRecord, run: JobRun): Promise<void> {
    switch (job.state) {
      case 'queued':
        return waitForSlot(this.#deps, run, job);
      case 'submitting':
        return submitStep(this.#deps, run, job);
      case 'rendering':
        return renderStep(this.#deps, run, job);
      default:
        return deliverStep(this.#deps, run, job);
    }
  }
}
