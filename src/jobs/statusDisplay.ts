import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { JobRecord } from './record.ts';

/** What a job's public status message shows while it is under way. */
export type StatusView =
  | { kind: 'queued'; position: number }
  | { kind: 'submitting' }
  | { kind: 'rendering'; elapsedMs: number; expectedMs: number; etaAt: number }
  | { kind: 'delivering' }
  /** The clip is rendered, but downloading it failed for now: the next attempt is at `retryAt`. */
  | { kind: 'delivery_retry'; retryAt: number };

/** Where status views go (the Discord layer): 'unreachable' when the message can no longer be edited. */
export interface StatusSink {
  status(job: JobRecord, view: StatusView): Promise<'shown' | 'unreachable'>;
}

/** Elapsed time and estimates move in 5 s steps, so what is shown changes at most that often. */
const STATUS_STEP_MS = 5_000;
/** Minimum gap between two edits of one job's status showing the same kind of view. */
export const EDIT_INTERVAL_MS = 3_000;

/** The view as shown: time values rounded to {@link STATUS_STEP_MS}, so equal-looking views are equal. */
function quantize(view: StatusView): StatusView {
  if (view.kind !== 'rendering') return view;
  const step = (ms: number) => Math.floor(ms / STATUS_STEP_MS) * STATUS_STEP_MS;
  return {
    kind: 'rendering',
    elapsedMs: step(view.elapsedMs),
    expectedMs: Math.max(STATUS_STEP_MS, Math.round(view.expectedMs / STATUS_STEP_MS) * STATUS_STEP_MS),
    etaAt: Math.ceil(view.etaAt / STATUS_STEP_MS) * STATUS_STEP_MS,
  };
}

const keyOf = (view: StatusView) => JSON.stringify(view);

interface Entry {
  pending: { job: JobRecord; view: StatusView } | undefined;
  lastKey: string | undefined;
  lastKind: StatusView['kind'] | undefined;
  lastAt: number;
  pump: Promise<void> | undefined;
  wait: AbortController;
}

/**
 * Keeps each job's status message current without ever holding up the job: `show` returns at once,
 * one edit per job is in flight at a time, a newer view replaces one still waiting, a view that looks
 * like the last one shown is skipped, and views of the same kind are spaced {@link EDIT_INTERVAL_MS}
 * apart (a held-back view is shown when the interval has passed). Discord queues a bot's interaction
 * edits, so polling must never wait behind them. `finish` quiets a job before its final message.
 */
export class StatusDisplay {
  readonly #entries = new Map<string, Entry>();
  /** Jobs whose final message is out (or whose status cannot be edited): late views are dropped. Bounded. */
  readonly #finished = new Set<string>();
  readonly #o: { sink: StatusSink; clock: Clock; logger: Logger; intervalMs: number };

  constructor(options: { sink: StatusSink; clock: Clock; logger: Logger; intervalMs?: number }) {
    this.#o = { intervalMs: EDIT_INTERVAL_MS, ...options };
  }

  show(job: JobRecord, view: StatusView): void {
    if (this.#finished.has(job.id)) return;
    let entry = this.#entries.get(job.id);
    if (!entry) {
      entry = {
        pending: undefined,
        lastKey: undefined,
        lastKind: undefined,
        lastAt: 0,
        pump: undefined,
        wait: new AbortController(),
      };
      this.#entries.set(job.id, entry);
    }
    entry.pending = { job, view: quantize(view) };
    entry.pump ??= this.#pump(job.id, entry).finally(() => {
      if (entry) entry.pump = undefined;
    });
  }

  /** Waits for the edit in flight, drops what is waiting, and ignores every later view of the job. */
  async finish(jobId: string): Promise<void> {
    this.#markFinished(jobId);
    const entry = this.#entries.get(jobId);
    if (!entry) return;
    entry.pending = undefined;
    entry.wait.abort();
    await entry.pump;
    this.#entries.delete(jobId);
  }

  /** Stops every wait (shutdown); edits in flight finish on their own. */
  stop(): void {
    for (const entry of this.#entries.values()) {
      entry.pending = undefined;
      entry.wait.abort();
    }
  }

  async #pump(jobId: string, entry: Entry): Promise<void> {
    while (entry.pending && !this.#finished.has(jobId)) {
      const { job, view } = entry.pending;
      const key = keyOf(view);
      if (key === entry.lastKey) {
        entry.pending = undefined;
        return;
      }
      const wait = view.kind === entry.lastKind ? entry.lastAt + this.#o.intervalMs - this.#o.clock.now() : 0;
      if (wait > 0) {
        try {
          await this.#o.clock.sleep(wait, entry.wait.signal);
        } catch {
          return; // finished or stopped
        }
        continue; // a newer view may have arrived meanwhile
      }
      entry.pending = undefined;
      entry.lastKey = key;
      entry.lastKind = view.kind;
      entry.lastAt = this.#o.clock.now();
      const outcome = await this.#o.sink.status(job, view).catch((error: unknown) => {
        this.#o.logger.warn({ err: error, jobId }, 'status update failed');
        return 'shown' as const;
      });
      if (outcome === 'unreachable') {
        // Never retried in a loop: the clip is still delivered (as a new message) when it is ready.
        this.#o.logger.warn({ jobId }, 'status message cannot be edited; status updates stop for this job');
        this.#markFinished(jobId);
      }
    }
  }

  #markFinished(jobId: string): void {
    this.#finished.add(jobId);
    if (this.#finished.size > 10_000) {
      const oldest = this.#finished.values().next();
      if (!oldest.done) this.#finished.delete(oldest.value);
    }
  }
}
