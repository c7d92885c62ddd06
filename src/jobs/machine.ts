import { type FailureCode, type JobRecord, type JobState, removedByModerator } from './record.ts';

/**
 * A job's life as one table: state × event → next state + effects. Nothing else changes a job's
 * state; {@link JobLifecycle.apply} runs this under the job's lock on a freshly read record, so a
 * late event (a slot granted after a cancel, a render finishing after a timeout) is refused here
 * instead of overwriting what already happened.
 *
 *   queued ──slot_granted──▶ submitting ──submitted──▶ rendering ──rendered──▶ delivering ──delivered──▶ done
 *      │                        │  ▲ submit_intent         │                    │  ▲ result_read / result_unreadable / download_failed
 *      └──cancel / fail──▶ failed ◀──────── fail ──────────┴── cancel / fail ───┘
 */
export type JobEvent =
  | { type: 'slot_granted' }
  | { type: 'submit_intent' }
  | { type: 'submitted'; requestId: string; statusUrl: string; responseUrl: string }
  | { type: 'rendered'; seconds: number | null; costUsd: number | null }
  | { type: 'result_read'; outputUrl: string; costUsd: number | null }
  | { type: 'result_unreadable'; retryAt: number }
  /** The video could not be downloaded for a passing reason: try again at `retryAt`. */
  | { type: 'download_failed'; retryAt: number }
  | {
      type: 'delivered';
      result: NonNullable<JobRecord['result']>;
    }
  | { type: 'cancel'; by: string }
  | { type: 'fail'; code: FailureCode; detail: string }
  /** A delivered clip posted again (its message was deleted): its buttons now live on the new message. */
  | { type: 'reposted'; result: NonNullable<JobRecord['result']> }
  /** The delivered clip was deleted with its Delete button. */
  | { type: 'clip_deleted'; by: string }
  | { type: 'failure_posted'; messageId: string };

export type EventType = JobEvent['type'];

/**
 * What must follow a transition, run by the lifecycle after the new record is saved:
 * `release_slot` frees the render slot (and wakes queued jobs), `refund`/`settle` close the credits
 * reserved at admission, `announce_failure` tells the requester (and the log channel), `park` keeps the job's reservation
 * but stops counting it against the member's and the server's job caps (a finished render whose
 * download waits, perhaps for hours, must not hold the member's place).
 */
export type Effect = 'release_slot' | 'refund' | 'settle' | 'announce_failure' | 'park';

interface Rule {
  to: JobState;
  effects: readonly Effect[];
}

const ENDS_IN_FAILURE: Rule = { to: 'failed', effects: ['release_slot', 'refund', 'announce_failure'] };

export const TRANSITIONS: Readonly<Record<JobState, Partial<Record<EventType, Rule>>>> = {
  queued: {
    slot_granted: { to: 'submitting', effects: [] },
    cancel: ENDS_IN_FAILURE,
    fail: ENDS_IN_FAILURE,
  },
  submitting: {
    submit_intent: { to: 'submitting', effects: [] },
    submitted: { to: 'rendering', effects: [] },
    // No cancel: the POST may be on its way, and Segmind bills what it accepted.
    fail: ENDS_IN_FAILURE,
  },
  rendering: {
    rendered: { to: 'delivering', effects: ['release_slot'] },
    // Segmind has no cancel endpoint: the render goes on (and is billed to the operator); the
    // member is refunded and the result is never fetched.
    cancel: ENDS_IN_FAILURE,
    fail: ENDS_IN_FAILURE,
  },
  delivering: {
    result_read: { to: 'delivering', effects: [] },
    result_unreadable: { to: 'delivering', effects: [] },
    download_failed: { to: 'delivering', effects: ['park'] },
    delivered: { to: 'done', effects: ['settle'] },
    fail: ENDS_IN_FAILURE,
  },
  done: {
    reposted: { to: 'done', effects: [] },
    clip_deleted: { to: 'done', effects: [] },
  },
  failed: {
    // The failure notice went out as a new message (the status message was gone): its buttons
    // (Edit) must work there, so the job now points at it.
    failure_posted: { to: 'failed', effects: [] },
  },
};

export type Transition =
  | { ok: true; job: JobRecord; effects: readonly Effect[] }
  | { ok: false; state: JobState };

/** The record after `event`, or a refusal naming the state that does not take it. Pure. */
export function transition(job: JobRecord, event: JobEvent, now: number): Transition {
  const rule = TRANSITIONS[job.state][event.type];
  if (!rule || !allowed(job, event)) return { ok: false, state: job.state };
  return {
    ok: true,
    job: { ...apply(job, event, now), state: rule.to, updatedAt: now },
    effects: rule.effects,
  };
}

/** Conditions beyond the state: a clip someone else (a moderator) removed is not posted again. */
function allowed(job: JobRecord, event: JobEvent): boolean {
  if (event.type === 'reposted') return !removedByModerator(job);
  return true;
}

function apply(job: JobRecord, event: JobEvent, now: number): JobRecord {
  switch (event.type) {
    case 'slot_granted':
      return job;
    case 'submit_intent':
      return { ...job, submitIntentAt: now };
    case 'submitted':
      return {
        ...job,
        segmind: {
          requestId: event.requestId,
          statusUrl: event.statusUrl,
          responseUrl: event.responseUrl,
          submittedAt: now,
        },
      };
    case 'rendered':
      return { ...job, render: { seconds: event.seconds, costUsd: event.costUsd } };
    case 'result_read':
      return {
        ...job,
        outputUrl: event.outputUrl,
        render: { ...job.render, costUsd: event.costUsd ?? job.render.costUsd },
      };
    case 'result_unreadable':
      return {
        ...job,
        resultRead: { attempts: (job.resultRead?.attempts ?? 0) + 1, retryAt: event.retryAt },
      };
    case 'download_failed':
      return {
        ...job,
        download: { attempts: (job.download?.attempts ?? 0) + 1, retryAt: event.retryAt },
      };
    case 'delivered':
      return { ...job, result: event.result, finishedAt: now };
    case 'cancel':
      return { ...job, failure: { code: 'cancelled', detail: `cancelled by ${event.by}` }, finishedAt: now };
    case 'fail':
      return { ...job, failure: { code: event.code, detail: event.detail.slice(0, 1000) }, finishedAt: now };
    case 'reposted':
      return { ...job, result: event.result, clipDeleted: null };
    case 'clip_deleted':
      return { ...job, clipDeleted: { at: now, by: event.by } };
    case 'failure_posted':
      return { ...job, statusMessageId: event.messageId };
  }
}
