import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { SegmindClient } from '../segmind/client.ts';
import { describeFailure, SegmindError } from '../segmind/errors.ts';
import { nextPollDelay, RenderTimeEstimator } from '../segmind/pollSchedule.ts';
import type { ProviderHealth } from '../segmind/providerHealth.ts';
import { Semaphore } from '../util/semaphore.ts';
import type { FailureCode, JobRecord, JobState, StatusView } from './job.ts';
import type { JobStore } from './jobStore.ts';
import type { RenderScheduler } from './scheduler.ts';

/** How a job's progress reaches people (implemented by the Discord layer). */
export interface JobNotifier {
  /** Shows the job's current state on its status message; implementations coalesce edits. */
  status(job: JobRecord, view: StatusView): Promise<void>;
  /** Posts the finished video (or a link to it) and returns where it went. */
  deliver(
    job: JobRecord,
    video: { path: string; size: number; fileName: string },
  ): Promise<NonNullable<JobRecord['result']>>;
  /** Tells the requester the job failed (the record carries the reason). */
  failed(job: JobRecord): Promise<void>;
}

/** Where the job's credits go when it ends. */
export interface JobCredits {
  settle(job: JobRecord): Promise<void>;
  refund(job: JobRecord, reason: string): Promise<void>;
}

export interface JobRunnerOptions {
  store: JobStore;
  segmind: SegmindClient;
  scheduler: RenderScheduler;
  credits: JobCredits;
  notifier: JobNotifier;
  provider: ProviderHealth;
  clock: Clock;
  logger: Logger;
  renderTimeoutMs: number;
  tempDir?: string | undefined;
  /** Largest video the bot downloads. */
  maxVideoBytes?: number;
  /** Videos downloaded and uploaded at once; bounds memory when many renders finish together. */
  deliveryConcurrency?: number;
  /** How often a queued job re-checks for a slot when no local event wakes it (other processes). */
  queueRecheckMs?: number;
  /** How often the rendering status is refreshed on screen (edits are coalesced further). */
  displayTickMs?: number;
  estimator?: RenderTimeEstimator;
  /** Called on every state change (metrics). */
  onTransition?: (from: JobState | null, to: JobState, job: JobRecord) => void;
}

class Stopped extends Error {}

/**
 * Drives each job through its state machine, persisting every transition, so that any process can
 * pick a job up from storage alone: `start` for new jobs, `resume` after a restart.
 */
export class JobRunner {
  readonly #o: Required<Omit<JobRunnerOptions, 'tempDir' | 'onTransition'>> &
    Pick<JobRunnerOptions, 'onTransition'> & { tempDir: string };
  readonly #running = new Map<string, { promise: Promise<void>; wake: () => void }>();
  readonly #held = new Set<string>();
  readonly #displays = new Map<
    string,
    { busy: Promise<void>; next: { job: JobRecord; view: StatusView } | undefined }
  >();
  readonly #stop = new AbortController();
  readonly #deliveries: Semaphore;
  #renewLoop: Promise<void> | undefined;

  constructor(options: JobRunnerOptions) {
    this.#o = {
      maxVideoBytes: 512 * 1024 * 1024,
      deliveryConcurrency: 4,
      queueRecheckMs: 2_000,
      displayTickMs: 3_000,
      estimator: new RenderTimeEstimator(),
      ...options,
      tempDir: options.tempDir ?? join(tmpdir(), 'clipcast'),
    };
    this.#deliveries = new Semaphore(options.deliveryConcurrency ?? 4);
  }

  get activeCount(): number {
    return this.#running.size;
  }

  get estimator(): RenderTimeEstimator {
    return this.#o.estimator;
  }

  /** Starts a new job (already admitted, with credits reserved): persists it as queued, then runs it. */
  async start(job: JobRecord): Promise<void> {
    await this.#o.store.put(job);
    this.#o.onTransition?.(null, job.state, job);
    await this.#o.scheduler.enqueue(job.id, job.createdAt);
    this.#spawn(job);
  }

  /** Picks up unfinished jobs after a restart. A job already running here is left alone. */
  async resume(jobs: readonly JobRecord[]): Promise<void> {
    for (const job of jobs) {
      if (this.#running.has(job.id)) continue;
      if (job.state === 'queued') await this.#o.scheduler.enqueue(job.id, job.createdAt);
      if (job.state === 'rendering' || job.state === 'submitting') {
        await this.#o.scheduler.hold(job.id);
        this.#held.add(job.id);
      }
      this.#o.logger.info({ jobId: job.id, guildId: job.guildId, state: job.state }, 'resuming job');
      this.#spawn(job);
    }
  }

  /** Cancels a job that is still queued; the credits come back at once. */
  async cancel(jobId: string, by: string): Promise<'cancelled' | 'not_queued' | 'unknown'> {
    const job = await this.#o.store.get(jobId);
    if (!job) return 'unknown';
    if (job.state !== 'queued') return 'not_queued';
    const run = this.#running.get(jobId);
    await this.#o.scheduler.release(jobId);
    // Mark before waking so the loop sees the cancellation, not a slot.
    await this.#fail(job, 'cancelled', `cancelled by ${by}`);
    run?.wake();
    return 'cancelled';
  }

  /** Stops every loop without changing any job: the records stay as they are for the next start. */
  async stop(): Promise<void> {
    this.#stop.abort();
    for (const run of this.#running.values()) run.wake();
    await Promise.allSettled([...this.#running.values()].map((r) => r.promise));
    await this.#renewLoop;
  }

  /** Waits until every job running here has reached a state where it no longer runs (tests, benches). */
  async idle(): Promise<void> {
    while (this.#running.size > 0)
      await Promise.allSettled([...this.#running.values()].map((r) => r.promise));
  }

  #spawn(job: JobRecord): void {
    let wake: () => void = () => {};
    const entry = {
      wake: () => wake(),
      promise: Promise.resolve(),
    };
    const waker = {
      set: (f: () => void) => {
        wake = f;
      },
    };
    // Start on a later macrotask, so whoever started the job (an interaction) finishes first.
    entry.promise = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#drive(job.id, waker))
      .catch((error) => {
        if (!(error instanceof Stopped))
          this.#o.logger.error({ err: error, jobId: job.id }, 'job loop crashed');
      })
      .finally(() => {
        this.#running.delete(job.id);
        this.#held.delete(job.id);
        this.#wakeQueued();
      });
    this.#running.set(job.id, entry);
    this.#ensureRenewLoop();
  }

  #wakeQueued(): void {
    for (const run of this.#running.values()) run.wake();
  }

  async #drive(id: string, waker: { set(f: () => void): void }): Promise<void> {
    const log = this.#o.logger.child({ jobId: id });
    for (;;) {
      if (this.#stop.signal.aborted) throw new Stopped();
      const job = await this.#o.store.get(id);
      if (!job) return;
      try {
        switch (job.state) {
          case 'queued':
            await this.#waitForSlot(job, waker);
            break;
          case 'submitting':
            await this.#submit(job, log);
            break;
          case 'rendering':
            await this.#render(job, log);
            break;
          case 'delivering':
            await this.#deliveries.run(() => this.#deliver(job, log));
            break;
          default:
            return;
        }
      } catch (error) {
        if (error instanceof Stopped || this.#stop.signal.aborted) throw new Stopped();
        log.error({ err: error, state: job.state }, 'job step failed unexpectedly');
        const fresh = (await this.#o.store.get(id)) ?? job;
        await this.#fail(fresh, job.state === 'delivering' ? 'delivery' : 'render_failed', 'internal error');
        return;
      }
    }
  }

  async #waitForSlot(job: JobRecord, waker: { set(f: () => void): void }): Promise<void> {
    for (;;) {
      if (this.#stop.signal.aborted) throw new Stopped();
      const current = await this.#o.store.get(job.id);
      if (current?.state !== 'queued') return;
      if (await this.#o.scheduler.tryAcquire(job.id)) {
        this.#held.add(job.id);
        await this.#transition(current, 'submitting');
        return;
      }
      // Shown on every pass: the notifier drops repeats and spaces edits out, and a change it held
      // back is sent on a later pass.
      const position = (await this.#o.scheduler.position(job.id)) ?? 1;
      this.#display(current, { kind: 'queued', position });
      await this.#sleepUntilWoken(this.#o.queueRecheckMs, waker);
    }
  }

  async #submit(job: JobRecord, log: Logger): Promise<void> {
    if (job.submitIntentAt !== null && job.segmind === null) {
      // We may have sent the POST before the restart. Segmind has no idempotency key, so a second
      // submit could bill twice: never resubmit; refund and say so.
      log.warn('restart left the submit uncertain; not resubmitting');
      await this.#fail(job, 'uncertain_submit', 'restart during submit');
      return;
    }
    const gate = this.#o.provider.allowSubmit();
    if (!gate.ok) {
      await this.#fail(job, gate.reason === 'misconfigured' ? 'misconfigured' : 'provider_down', gate.reason);
      return;
    }
    this.#display(job, { kind: 'submitting' });
    const intent = await this.#save({ ...job, submitIntentAt: this.#o.clock.now() });
    try {
      const accepted = await this.#o.segmind.submit(intent.input);
      this.#o.provider.recordSuccess();
      log.info({ requestId: accepted.requestId }, 'job submitted to segmind');
      await this.#transition(
        { ...intent, segmind: { ...accepted, submittedAt: this.#o.clock.now() } },
        'rendering',
      );
    } catch (error) {
      const e =
        error instanceof SegmindError
          ? error
          : new SegmindError('network', 'submit failed', { mightHaveBeenAccepted: true, cause: error });
      this.#o.provider.recordFailure(e);
      log.warn(
        { kind: e.kind, status: e.status, maybeAccepted: e.mightHaveBeenAccepted },
        'segmind submit failed',
      );
      await this.#fail(
        intent,
        e.isConfiguration
          ? 'misconfigured'
          : e.mightHaveBeenAccepted
            ? 'uncertain_submit'
            : 'submit_rejected',
        e.kind,
      );
    }
  }

  async #render(job: JobRecord, log: Logger): Promise<void> {
    const sub = job.segmind;
    if (!sub) {
      await this.#fail(job, 'uncertain_submit', 'rendering without a request id');
      return;
    }
    if (!this.#held.has(job.id)) {
      await this.#o.scheduler.hold(job.id);
      this.#held.add(job.id);
    }
    let lastPoll = sub.submittedAt;
    let polls = 0;
    for (;;) {
      if (this.#stop.signal.aborted) throw new Stopped();
      const now = this.#o.clock.now();
      const elapsed = now - sub.submittedAt;
      const expected = this.#o.estimator.expectedMs;
      // Past the deadline, ask once more first: a render may have finished while the bot was down.
      const overdue = elapsed > this.#o.renderTimeoutMs;
      if (overdue && polls > 0) {
        await this.#fail(job, 'timeout', `no result after ${Math.round(elapsed / 1000)} s`);
        return;
      }
      this.#display(job, { kind: 'rendering', elapsedMs: elapsed, expectedMs: expected });
      const pollAt =
        polls === 0
          ? sub.submittedAt + nextPollDelay(0, expected)
          : lastPoll + nextPollDelay(lastPoll - sub.submittedAt, expected);
      if (now < pollAt && !overdue) {
        await this.#sleep(Math.min(pollAt - now, this.#o.displayTickMs));
        continue;
      }
      polls++;
      lastPoll = this.#o.clock.now();
      let status: Awaited<ReturnType<SegmindClient['status']>>;
      try {
        status = await this.#o.segmind.status(sub.statusUrl);
      } catch (error) {
        if (!(error instanceof SegmindError)) throw error;
        if (error.kind === 'expired') {
          await this.#fail(job, 'expired', 'request expired at segmind');
          return;
        }
        if (error.isConfiguration) {
          this.#o.provider.recordFailure(error);
          await this.#fail(job, 'misconfigured', error.kind);
          return;
        }
        if (error.kind === 'failed') {
          await this.#failRender(job, error.reason);
          return;
        }
        log.warn({ kind: error.kind, status: error.status }, 'segmind status unavailable; will poll again');
        continue;
      }
      if (status.state === 'pending') continue;
      if (status.state === 'failed') {
        await this.#failRender(job, status.reason);
        return;
      }
      this.#o.estimator.observe(this.#o.clock.now() - sub.submittedAt);
      await this.#o.scheduler.release(job.id);
      this.#held.delete(job.id);
      this.#wakeQueued();
      const renderSeconds =
        status.inferenceSeconds ?? Math.round((this.#o.clock.now() - sub.submittedAt) / 1000);
      log.info({ polls, renderSeconds }, 'render completed');
      await this.#transition({ ...job, renderSeconds }, 'delivering');
      return;
    }
  }

  async #deliver(job: JobRecord, log: Logger): Promise<void> {
    if (this.#held.has(job.id)) {
      await this.#o.scheduler.release(job.id);
      this.#held.delete(job.id);
      this.#wakeQueued();
    }
    this.#display(job, { kind: 'delivering' });
    let current = job;
    try {
      if (!current.outputUrl) {
        if (!current.segmind) throw new SegmindError('malformed', 'no request to read the result of');
        const { outputUrl } = await this.#o.segmind.result(current.segmind.responseUrl);
        current = await this.#save({ ...current, outputUrl });
      }
    } catch (error) {
      if (error instanceof SegmindError && error.kind === 'expired')
        return this.#fail(current, 'expired', 'result expired');
      if (error instanceof SegmindError && error.kind === 'failed')
        return this.#failRender(current, error.reason);
      log.warn({ err: error }, 'could not read the result');
      return this.#fail(current, 'delivery', error instanceof SegmindError ? error.kind : 'result');
    }
    const outputUrl = current.outputUrl as string;
    await mkdir(this.#o.tempDir, { recursive: true });
    const fileName = `clipcast-${current.input.seed}-${current.id}.mp4`;
    const path = join(this.#o.tempDir, fileName);
    try {
      let size = 0;
      for (let attempt = 1; ; attempt++) {
        try {
          ({ size } = await this.#o.segmind.download(outputUrl, path, { maxBytes: this.#o.maxVideoBytes }));
          break;
        } catch (error) {
          if (attempt >= 3 || (error instanceof SegmindError && error.kind === 'origin')) throw error;
          log.warn({ err: error, attempt }, 'video download failed; retrying');
          await this.#sleep(1_000 * attempt);
        }
      }
      await this.#quietDisplay(current.id);
      const result = await this.#o.notifier.deliver(current, { path, size, fileName });
      const done = await this.#transition({ ...current, result, finishedAt: this.#o.clock.now() }, 'done');
      await this.#o.credits.settle(done);
      log.info({ delivery: result.delivery, bytes: size }, 'job delivered');
    } catch (error) {
      if (this.#stop.signal.aborted) throw new Stopped();
      log.warn({ err: error }, 'delivery failed');
      await this.#fail(current, 'delivery', error instanceof SegmindError ? error.kind : 'discord');
    } finally {
      await rm(path, { force: true });
    }
  }

  async #failRender(job: JobRecord, reason: string | undefined): Promise<void> {
    const { blocked } = describeFailure(reason);
    await this.#fail(job, blocked ? 'content_blocked' : 'render_failed', (reason ?? '').slice(0, 300));
  }

  /** Ends the job as failed: slot freed, credits refunded, requester told. */
  async #fail(job: JobRecord, code: FailureCode, detail: string): Promise<void> {
    const latest = (await this.#o.store.get(job.id)) ?? job;
    if (latest.state === 'done' || latest.state === 'failed') return;
    await this.#o.scheduler.release(job.id);
    this.#held.delete(job.id);
    const failed = await this.#transition(
      { ...latest, failure: { code, detail }, finishedAt: this.#o.clock.now() },
      'failed',
    );
    await this.#o.credits.refund(failed, code);
    this.#o.logger.info({ jobId: job.id, code }, 'job failed; credits refunded');
    try {
      await this.#quietDisplay(failed.id);
      await this.#o.notifier.failed(failed);
    } catch (error) {
      this.#o.logger.warn({ err: error, jobId: job.id }, 'could not tell the requester about the failure');
    }
  }

  async #transition(job: JobRecord, to: JobState): Promise<JobRecord> {
    const from = job.state;
    const next = await this.#save({ ...job, state: to });
    this.#o.onTransition?.(from, to, next);
    return next;
  }

  async #save(job: JobRecord): Promise<JobRecord> {
    const next = { ...job, updatedAt: this.#o.clock.now() };
    await this.#o.store.put(next);
    return next;
  }

  /**
   * Shows a status without waiting for Discord: polling never waits behind a slow edit (discord.js
   * sends all interaction edits of a bot through one queue). One edit per job is in flight at a
   * time; newer views replace a waiting one.
   */
  #display(job: JobRecord, view: StatusView): void {
    const slot = this.#displays.get(job.id);
    if (slot) {
      slot.next = { job, view };
      return;
    }
    const entry: { busy: Promise<void>; next: { job: JobRecord; view: StatusView } | undefined } = {
      busy: Promise.resolve(),
      next: undefined,
    };
    this.#displays.set(job.id, entry);
    entry.busy = (async () => {
      let current: { job: JobRecord; view: StatusView } | undefined = { job, view };
      while (current) {
        await this.#show(current.job, current.view);
        current = entry.next;
        entry.next = undefined;
      }
      this.#displays.delete(job.id);
    })();
  }

  /** Waits for the job's status edit in flight and drops queued ones, before a final message. */
  async #quietDisplay(jobId: string): Promise<void> {
    const entry = this.#displays.get(jobId);
    if (!entry) return;
    entry.next = undefined;
    await entry.busy;
  }

  async #show(job: JobRecord, view: StatusView): Promise<void> {
    try {
      await this.#o.notifier.status(job, view);
    } catch (error) {
      this.#o.logger.warn({ err: error, jobId: job.id }, 'status update failed');
    }
  }

  async #sleep(ms: number): Promise<void> {
    try {
      await this.#o.clock.sleep(ms, this.#stop.signal);
    } catch {
      throw new Stopped();
    }
  }

  async #sleepUntilWoken(ms: number, waker: { set(f: () => void): void }): Promise<void> {
    const local = new AbortController();
    const onStop = () => local.abort();
    this.#stop.signal.addEventListener('abort', onStop, { once: true });
    waker.set(() => local.abort());
    try {
      await this.#o.clock.sleep(ms, local.signal);
    } catch {
      // woken early: fine
    } finally {
      this.#stop.signal.removeEventListener('abort', onStop);
      waker.set(() => {});
    }
  }

  #ensureRenewLoop(): void {
    if (this.#renewLoop) return;
    this.#renewLoop = (async () => {
      while (!this.#stop.signal.aborted) {
        try {
          await this.#o.clock.sleep(20_000, this.#stop.signal);
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
}
