import type { SegmindClient } from '../../segmind/client.ts';
import { classifyFailure, SegmindError } from '../../segmind/errors.ts';
import { nextPollDelay } from '../../segmind/pollSchedule.ts';
import { fail, type JobRun, type StepDeps } from '../deps.ts';
import type { JobRecord } from '../record.ts';

/**
 * Polls Segmind until the render ends, on an adaptive schedule ({@link nextPollDelay}) rather than
 * a fixed loop, keeping the status current in between. The record is read again on every pass, so
 * a cancel or a timeout applied meanwhile ends the loop.
 */
export async function renderStep(deps: StepDeps, run: JobRun, job: JobRecord): Promise<void> {
  const sub = job.segmind;
  if (!sub) {
    await fail(deps, job, 'uncertain_submit', 'rendering without a request id');
    return;
  }
  await deps.slots.hold(job.id);
  let lastPoll = sub.submittedAt;
  let polls = 0;
  for (;;) {
    run.checkStopped();
    const current = await deps.lifecycle.store.get(job.id);
    if (current?.state !== 'rendering') return;
    const now = deps.clock.now();
    const elapsed = now - sub.submittedAt;
    const expected = await deps.estimator.expectedMs(current.input);
    // Past the deadline, ask once more first: a render may have finished while the bot was down.
    const overdue = elapsed > deps.timings.renderTimeoutMs;
    if (overdue && polls > 0) {
      await lastLook(deps, run, current, sub, elapsed);
      return;
    }
    deps.display.show(current, {
      kind: 'rendering',
      elapsedMs: elapsed,
      expectedMs: expected,
      etaAt: sub.submittedAt + expected,
    });
    const pollAt =
      polls === 0
        ? sub.submittedAt + nextPollDelay(0, expected)
        : lastPoll + nextPollDelay(lastPoll - sub.submittedAt, expected);
    if (now < pollAt && !overdue) {
      await run.sleep(Math.min(pollAt - now, deps.timings.displayTickMs));
      continue;
    }
    polls++;
    lastPoll = deps.clock.now();
    const status = await poll(deps, run, current, sub.statusUrl);
    if (status === 'ended' || status === 'pending') {
      if (status === 'ended') return;
      continue;
    }
    await deps.estimator.observe(current.input, deps.clock.now() - sub.submittedAt);
    deps.usage?.(status.info);
    const seconds = status.inferenceSeconds ?? Math.round((deps.clock.now() - sub.submittedAt) / 1000);
    run.log.info({ polls, renderSeconds: seconds }, 'render completed');
    await deps.lifecycle.apply(job.id, { type: 'rendered', seconds, costUsd: status.info.costUsd ?? null });
    return;
  }
}

/**
 * The render deadline passed with the status still not COMPLETED: one GET of the result first. The
 * render may have finished (a status answer lagging behind, or polls that kept failing), and then
 * it is billed (segmind-v2.md: only COMPLETED work is billed), so its clip is worth more than a
 * refund. Any answer without a usable output URL ends the job as timed out (a FAILED one as failed).
 */
async function lastLook(
  deps: StepDeps,
  run: JobRun,
  job: JobRecord,
  sub: NonNullable<JobRecord['segmind']>,
  elapsed: number,
): Promise<void> {
  try {
    const { outputUrl, info } = await deps.segmind.result(sub.responseUrl);
    deps.usage?.(info);
    run.log.info(
      { requestId: sub.requestId },
      'render deadline passed, but the result was there: delivering',
    );
    const rendered = await deps.lifecycle.apply(job.id, {
      type: 'rendered',
      seconds: Math.round(elapsed / 1000),
      costUsd: info.costUsd ?? null,
    });
    if (rendered.ok)
      await deps.lifecycle.apply(job.id, { type: 'result_read', outputUrl, costUsd: info.costUsd ?? null });
  } catch (error) {
    if (error instanceof SegmindError && error.kind === 'failed') {
      await failRender(deps, job, error.reason);
      return;
    }
    run.log.info({ err: error, requestId: sub.requestId }, 'no result at the render deadline either');
    await fail(deps, job, 'timeout', `no result after ${Math.round(elapsed / 1000)} s`);
  }
}

type Completed = Extract<Awaited<ReturnType<SegmindClient['status']>>, { state: 'completed' }>;

/** One status request: the completed status, 'pending' to poll again, or 'ended' when the job was failed. */
async function poll(
  deps: StepDeps,
  run: JobRun,
  job: JobRecord,
  statusUrl: string,
): Promise<Completed | 'pending' | 'ended'> {
  try {
    const status = await deps.segmind.status(statusUrl);
    if (status.state === 'pending') return 'pending';
    if (status.state === 'failed') {
      await failRender(deps, job, status.reason);
      return 'ended';
    }
    return status;
  } catch (error) {
    if (!(error instanceof SegmindError)) throw error;
    if (error.kind === 'expired') {
      await fail(deps, job, 'expired', 'request expired at segmind');
      return 'ended';
    }
    if (error.isConfiguration) {
      deps.provider.recordFailure(error);
      await fail(deps, job, 'misconfigured', error.kind);
      return 'ended';
    }
    if (error.kind === 'failed') {
      await failRender(deps, job, error.reason);
      return 'ended';
    }
    run.log.warn({ kind: error.kind, status: error.status }, 'segmind status unavailable; will poll again');
    return 'pending';
  }
}

/** A FAILED render: the reason is kept (shortened) so the requester sees it with advice. */
export async function failRender(deps: StepDeps, job: JobRecord, reason: string | undefined): Promise<void> {
  const safety = classifyFailure(reason) === 'safety';
  await fail(deps, job, safety ? 'content_blocked' : 'render_failed', (reason ?? '').slice(0, 300));
}
