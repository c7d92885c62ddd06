import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SegmindError } from '../../segmind/errors.ts';
import { fail, type JobRun, type StepDeps } from '../deps.ts';
import { OUTPUT_RETENTION_MS, outputFileName } from '../output.ts';
import type { JobRecord } from '../record.ts';
import { failRender } from './render.ts';

/**
 * Segmind keeps a request's record for one hour after the submit, then answers 404
 * (segmind-v2.md, "Expiry and errors"). A result that cannot be read is retried until shortly
 * before that, since the render is finished and already billed.
 */
const RESULT_RETENTION_MS = 60 * 60_000;
const RESULT_GIVE_UP_BEFORE_MS = 5 * 60_000;
const RESULT_RETRY_MAX_MS = 5 * 60_000;

/**
 * Segmind keeps the output file downloadable for about 7 days ({@link OUTPUT_RETENTION_MS};
 * segmind-v2.md, "Expiry and errors": "Output files stay downloadable ~7 days", a secondary source).
 * A download that fails for a passing reason is retried, with the next attempt stored on the job so
 * a restart resumes it, for 3 days after the submit: well inside that lifetime, which leaves the
 * operator about 4 days to fetch the file by hand from the logged URL.
 */
export const DOWNLOAD_GIVE_UP_AFTER_MS = OUTPUT_RETENTION_MS - 4 * 24 * 3_600_000;
const DOWNLOAD_RETRY_FIRST_MS = 15_000;
const DOWNLOAD_RETRY_MAX_MS = 3 * 3_600_000;

/**
 * A finished render: read its result (retried with backoff, persisted, until shortly before Segmind
 * forgets it), download the video (retried the same way, for days) and post it. Only a limited
 * number of jobs download and upload at once ({@link StepDeps.deliveries}), which bounds memory when
 * many renders finish together; a job waiting for its next attempt holds no such place.
 */
export async function deliverStep(deps: StepDeps, run: JobRun, job: JobRecord): Promise<void> {
  const outputUrl = job.outputUrl;
  if (!outputUrl) {
    deps.display.show(job, { kind: 'delivering' });
    await readResult(deps, run, job);
    return; // the loop comes back with the updated record
  }
  const retry = job.download;
  if (retry && retry.retryAt > deps.clock.now()) {
    deps.display.show(job, { kind: 'delivery_retry', retryAt: retry.retryAt });
    await run.sleep(retry.retryAt - deps.clock.now());
    return;
  }
  // A first attempt, or a retry whose time has come ("trying again 3 minutes ago" would be stale).
  deps.display.show(job, { kind: 'delivering' });
  await deps.deliveries.run(() => downloadAndPost(deps, run, job, outputUrl));
}

async function readResult(deps: StepDeps, run: JobRun, job: JobRecord): Promise<void> {
  const sub = job.segmind;
  if (!sub) {
    await fail(deps, job, 'delivery', 'no request to read the result of');
    return;
  }
  const waitMs = (job.resultRead?.retryAt ?? 0) - deps.clock.now();
  if (waitMs > 0) {
    await run.sleep(waitMs);
    return;
  }
  try {
    const { outputUrl, info } = await deps.segmind.result(sub.responseUrl);
    deps.usage?.(info);
    await deps.lifecycle.apply(job.id, { type: 'result_read', outputUrl, costUsd: info.costUsd ?? null });
  } catch (error) {
    if (error instanceof SegmindError && error.kind === 'expired') {
      await fail(deps, job, 'expired', 'result expired');
      return;
    }
    if (error instanceof SegmindError && error.kind === 'failed') {
      await failRender(deps, job, error.reason);
      return;
    }
    if (error instanceof SegmindError && error.kind === 'origin') {
      run.log.warn({ err: error }, 'the result points somewhere the bot must not download from');
      await fail(deps, job, 'delivery', 'origin');
      return;
    }
    await retryResultLater(deps, run, job, sub, error);
  }
}

async function retryResultLater(
  deps: StepDeps,
  run: JobRun,
  job: JobRecord,
  sub: NonNullable<JobRecord['segmind']>,
  error: unknown,
): Promise<void> {
  const now = deps.clock.now();
  const giveUpAt = sub.submittedAt + RESULT_RETENTION_MS - RESULT_GIVE_UP_BEFORE_MS;
  const attempts = (job.resultRead?.attempts ?? 0) + 1;
  if (now >= giveUpAt) {
    run.log.error(
      { err: error, requestId: sub.requestId, responseUrl: sub.responseUrl, attempts },
      'GAVE UP reading the result of a finished (billed) render before Segmind forgets it: fetch it by hand with the request id',
    );
    await fail(deps, job, 'result_unreadable', `request ${sub.requestId}`);
    return;
  }
  const backoff = Math.min(RESULT_RETRY_MAX_MS, 2_000 * 2 ** Math.min(attempts, 10));
  const retryAt = jitteredRetryAt(now, backoff, giveUpAt);
  run.log.warn(
    { err: error, requestId: sub.requestId, attempts, retryInMs: retryAt - now },
    'could not read the result of a finished render; will try again',
  );
  await deps.lifecycle.apply(job.id, { type: 'result_unreadable', retryAt });
}

async function downloadAndPost(
  deps: StepDeps,
  run: JobRun,
  job: JobRecord,
  outputUrl: string,
): Promise<void> {
  await mkdir(deps.timings.tempDir, { recursive: true });
  const fileName = outputFileName(job);
  const path = join(deps.timings.tempDir, fileName);
  try {
    let size: number;
    try {
      ({ size } = await deps.segmind.download(outputUrl, path, { maxBytes: deps.timings.maxVideoBytes }));
    } catch (error) {
      run.checkStopped();
      await downloadFailed(deps, run, job, outputUrl, error);
      return;
    }
    await deps.display.finish(job.id);
    const result = await deps.notifier.deliver(job, { path, size, fileName });
    await deps.lifecycle.apply(job.id, { type: 'delivered', result });
    run.log.info(
      { delivery: result.delivery, bytes: size, downloadRetries: job.download?.attempts ?? 0 },
      'job delivered',
    );
  } catch (error) {
    run.checkStopped();
    run.log.warn({ err: error }, 'delivery failed');
    await fail(deps, job, 'delivery', 'discord');
  } finally {
    await rm(path, { force: true });
  }
}

/**
 * A failed download of a finished (billed) render. A passing failure (no answer, a timeout, a cut,
 * 5xx, 429) is tried again later with a growing pause, stored on the record, until
 * {@link DOWNLOAD_GIVE_UP_AFTER_MS}; anything else (a host the bot must not use, a file too large or
 * not a video) ends the job now. Either way the end is logged with the request id and the output
 * URL, so the operator can fetch the clip by hand.
 */
async function downloadFailed(
  deps: StepDeps,
  run: JobRun,
  job: JobRecord,
  outputUrl: string,
  error: unknown,
): Promise<void> {
  const requestId = job.segmind?.requestId;
  const kind = error instanceof SegmindError ? error.kind : 'download';
  const attempts = (job.download?.attempts ?? 0) + 1;
  if (!(error instanceof SegmindError && error.transient)) {
    run.log.error(
      { err: error, requestId, outputUrl, attempts },
      'could not download the finished (billed) video, and trying again would not help; the operator can fetch it by hand from the output URL',
    );
    await fail(deps, job, 'delivery', kind);
    return;
  }
  const now = deps.clock.now();
  const giveUpAt = (job.segmind?.submittedAt ?? job.createdAt) + DOWNLOAD_GIVE_UP_AFTER_MS;
  if (now >= giveUpAt) {
    run.log.error(
      { err: error, requestId, outputUrl, attempts },
      'GAVE UP downloading a finished (billed) video after days of retries: fetch it by hand from the output URL before Segmind deletes it (about 7 days after the render)',
    );
    await fail(deps, job, 'delivery', kind);
    return;
  }
  const backoff = Math.min(DOWNLOAD_RETRY_MAX_MS, DOWNLOAD_RETRY_FIRST_MS * 2 ** Math.min(attempts - 1, 20));
  const retryAt = jitteredRetryAt(now, backoff, giveUpAt);
  run.log.warn(
    { err: error, requestId, attempts, retryInMs: retryAt - now },
    'could not download the finished video; will try again',
  );
  await deps.lifecycle.apply(job.id, { type: 'download_failed', retryAt });
}

/** The next attempt: `backoffMs` from now, ±25 % so retries of many jobs spread out, never past `giveUpAt`. */
function jitteredRetryAt(now: number, backoffMs: number, giveUpAt: number): number {
  return Math.min(giveUpAt, now + Math.round(backoffMs * (0.75 + Math.random() * 0.5)));
}
