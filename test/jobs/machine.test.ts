import { describe, expect, it } from 'vitest';
import { type EventType, type JobEvent, TRANSITIONS, transition } from '../../src/jobs/machine.ts';
import { JOB_STATES, type JobRecord, type JobState } from '../../src/jobs/record.ts';
import { sampleJob } from './fakes.ts';

const NOW = 1_700_000_100_000;

const EVENTS: Record<EventType, JobEvent> = {
  slot_granted: { type: 'slot_granted' },
  submit_intent: { type: 'submit_intent' },
  submitted: { type: 'submitted', requestId: 'r', statusUrl: 'https://s', responseUrl: 'https://r' },
  rendered: { type: 'rendered', seconds: 31, costUsd: 0.5 },
  result_read: { type: 'result_read', outputUrl: 'https://o', costUsd: null },
  result_unreadable: { type: 'result_unreadable', retryAt: NOW + 4_000 },
  download_failed: { type: 'download_failed', retryAt: NOW + 60_000 },
  delivered: {
    type: 'delivered',
    result: { channelId: 'c', messageId: 'm', delivery: 'attachment', bytes: 1, pingMessageId: null },
  },
  cancel: { type: 'cancel', by: '100000000000000003' },
  fail: { type: 'fail', code: 'timeout', detail: 'too long' },
  reposted: {
    type: 'reposted',
    result: { channelId: 'c', messageId: 'm2', delivery: 'attachment', bytes: 1, pingMessageId: null },
  },
  failure_posted: { type: 'failure_posted', messageId: '600000000000000001' },
  clip_deleted: { type: 'clip_deleted', by: '100000000000000003' },
};

const inState = (state: JobState): JobRecord => ({ ...sampleJob(), state });

/** The expected table, written out: state → event → [next state, effects]. */
const EXPECTED: Record<JobState, Partial<Record<EventType, [JobState, string[]]>>> = {
  queued: {
    slot_granted: ['submitting', []],
    cancel: ['failed', ['release_slot', 'refund', 'announce_failure']],
    fail: ['failed', ['release_slot', 'refund', 'announce_failure']],
  },
  submitting: {
    submit_intent: ['submitting', []],
    submitted: ['rendering', []],
    fail: ['failed', ['release_slot', 'refund', 'announce_failure']],
  },
  rendering: {
    rendered: ['delivering', ['release_slot']],
    cancel: ['failed', ['release_slot', 'refund', 'announce_failure']],
    fail: ['failed', ['release_slot', 'refund', 'announce_failure']],
  },
  delivering: {
    result_read: ['delivering', []],
    result_unreadable: ['delivering', []],
    download_failed: ['delivering', ['park']],
    delivered: ['done', ['settle']],
    fail: ['failed', ['release_slot', 'refund', 'announce_failure']],
  },
  done: {
    reposted: ['done', []],
    clip_deleted: ['done', []],
  },
  failed: {
    failure_posted: ['failed', []],
  },
};

describe('the job state machine', () => {
  for (const state of JOB_STATES) {
    for (const type of Object.keys(EVENTS) as EventType[]) {
      const expected = EXPECTED[state][type];
      it(`${state} × ${type} → ${expected ? expected[0] : 'refused'}`, () => {
        const result = transition(inState(state), EVENTS[type], NOW);
        if (!expected) {
          expect(result).toEqual({ ok: false, state });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.job.state).toBe(expected[0]);
        expect(result.effects).toEqual(expected[1]);
        expect(result.job.updatedAt).toBe(NOW);
      });
    }
  }

  it('the table in the code is exactly the documented one', () => {
    const actual = Object.fromEntries(
      JOB_STATES.map((s) => [
        s,
        Object.fromEntries(
          Object.entries(TRANSITIONS[s]).map(([e, r]) => [e, [r?.to, [...(r?.effects ?? [])]]]),
        ),
      ]),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it('records what each event carries', () => {
    const submitted = transition(inState('submitting'), EVENTS.submitted, NOW);
    expect(submitted.ok && submitted.job.segmind).toEqual({
      requestId: 'r',
      statusUrl: 'https://s',
      responseUrl: 'https://r',
      submittedAt: NOW,
    });
    const intent = transition(inState('submitting'), EVENTS.submit_intent, NOW);
    expect(intent.ok && intent.job.submitIntentAt).toBe(NOW);
    const rendered = transition(inState('rendering'), EVENTS.rendered, NOW);
    expect(rendered.ok && rendered.job.render).toEqual({ seconds: 31, costUsd: 0.5 });
    const read = transition(
      { ...inState('delivering'), render: { seconds: 31, costUsd: 0.5 } },
      EVENTS.result_read,
      NOW,
    );
    expect(read.ok && [read.job.outputUrl, read.job.render.costUsd]).toEqual(['https://o', 0.5]);
    const again = transition(
      { ...inState('delivering'), resultRead: { attempts: 2, retryAt: 0 } },
      EVENTS.result_unreadable,
      NOW,
    );
    expect(again.ok && again.job.resultRead).toEqual({ attempts: 3, retryAt: NOW + 4_000 });
    const undelivered = transition(inState('delivering'), EVENTS.download_failed, NOW);
    expect(undelivered.ok && undelivered.job.download).toEqual({ attempts: 1, retryAt: NOW + 60_000 });
    const cancelled = transition(inState('queued'), EVENTS.cancel, NOW);
    expect(cancelled.ok && [cancelled.job.failure, cancelled.job.finishedAt]).toEqual([
      { code: 'cancelled', detail: 'cancelled by 100000000000000003' },
      NOW,
    ]);
    const noticed = transition(inState('failed'), EVENTS.failure_posted, NOW);
    expect(noticed.ok && noticed.job.statusMessageId).toBe('600000000000000001');
    const done = transition(inState('delivering'), EVENTS.delivered, NOW);
    expect(done.ok && [done.job.result?.messageId, done.job.finishedAt]).toEqual(['m', NOW]);
    const delivered = { ...inState('done'), finishedAt: NOW - 1_000 };
    const reposted = transition(delivered, EVENTS.reposted, NOW);
    expect(reposted.ok && [reposted.job.result?.messageId, reposted.job.finishedAt]).toEqual([
      'm2',
      NOW - 1_000,
    ]);
    const deleted = transition(delivered, EVENTS.clip_deleted, NOW);
    expect(deleted.ok && deleted.job.clipDeleted).toEqual({ at: NOW, by: '100000000000000003' });
    const back = deleted.ok ? transition(deleted.job, EVENTS.reposted, NOW + 1) : deleted;
    expect(back.ok).toBe(false); // deleted by someone else (a moderator): never posted again
    const own = transition(delivered, { type: 'clip_deleted', by: delivered.userId }, NOW);
    const reposting = own.ok ? transition(own.job, EVENTS.reposted, NOW + 1) : own;
    expect(reposting.ok && reposting.job.clipDeleted).toBeNull();
  });
});
