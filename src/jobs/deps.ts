import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { SegmindClient } from '../segmind/client.ts';
import type { ProviderHealth } from '../segmind/providerHealth.ts';
import type { RenderInfo } from '../segmind/schemas.ts';
import type { Semaphore } from '../util/semaphore.ts';
import type { JobLifecycle } from './lifecycle.ts';
import type { FailureCode, JobRecord } from './record.ts';
import type { RenderTimes } from './renderTimes.ts';
import type { Slots } from './slots.ts';
import type { StatusDisplay, StatusSink } from './statusDisplay.ts';

/** How a job's progress reaches people (implemented by the Discord layer). */
export interface JobNotifier extends StatusSink {
  /** Posts the finished video (or a link to it) and returns where it went. */
  deliver(
    job: JobRecord,
    video: { path: string; size: number; fileName: string },
  ): Promise<NonNullable<JobRecord['result']>>;
  /** Tells the requester the job failed (the record carries the reason); says where, when it had to post anew. */
  failed(job: JobRecord): Promise<{ postedMessageId: string } | undefined>;
}

/** Where the job's credits go when it ends. */
export interface JobCredits {
  settle(job: JobRecord): Promise<void>;
  refund(job: JobRecord, reason: string): Promise<void>;
  /** The job still holds its credits but no longer counts against the job caps (idempotent). */
  park(job: JobRecord): Promise<void>;
}

/** The Segmind calls a job makes (the real client, or an in-memory fake in unit tests). */
export type SegmindApi = Pick<SegmindClient, 'submit' | 'status' | 'result' | 'download'>;

export interface StepTimings {
  renderTimeoutMs: number;
  /** Largest video the bot downloads. */
  maxVideoBytes: number;
  tempDir: string;
  /** How often a queued job re-checks for a slot when no local event wakes it (other processes). */
  queueRecheckMs: number;
  /** How often the rendering status is refreshed on screen (edits are coalesced further). */
  displayTickMs: number;
}

/** What every step of a job uses, wired once by the runner. */
export interface StepDeps {
  lifecycle: JobLifecycle;
  segmind: SegmindApi;
  slots: Slots;
  display: StatusDisplay;
  notifier: JobNotifier;
  provider: ProviderHealth;
  clock: Clock;
  estimator: RenderTimes;
  deliveries: Semaphore;
  timings: StepTimings;
  /** Sees what Segmind reported about a render (cost, remaining balance). */
  usage?: ((info: RenderInfo) => void) | undefined;
}

/** One job's loop, as its steps see it. */
export interface JobRun {
  readonly log: Logger;
  /** Waits `ms` of the clock; returns early when the job is woken (a slot freed, a cancel); throws when stopping. */
  sleep(ms: number): Promise<void>;
  /** Throws when the runner is stopping. */
  checkStopped(): void;
  readonly stopping: boolean;
}

export class Stopped extends Error {}

/** Ends the job as failed (refund, slot and message follow as the transition's effects). */
export function fail(deps: StepDeps, job: JobRecord, code: FailureCode, detail: string) {
  return deps.lifecycle.apply(job.id, { type: 'fail', code, detail });
}
