import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SegmindError } from '../../segmind/errors.ts';
import { fail, type JobRun, type StepDeps } from '../deps.ts';
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
 * A finished render: read its result (retried with backoff, persisted, until shortly before Segmind
 * forgets it), download the video and post it. Only a limited number of jobs download and upload at
 * once ({@link StepDeps.deliveries}), which bounds memory when many renders finish together.
 */
export async function deliverStep(deps: StepDeps, run: JobRun, job: JobRecord): Promise<void> {
  deps.display.show(job, { kind: 'delivering' });
  const outputUrl = job.outputUrl;
  if (!outputUrl) {
    await readResult(deps, run, job);
    return; // the loop comes back with the updated record
  }
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
  const retryAt = Math.min(giveUpAt, now + Math.round(backoff * (0.75 + Math.random() * 0.5)));
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
  const fileName = `clipcast-${job.input.seed}-${job.id}.mp4`;
  const path = join(deps.timings.tempDir, fileName);
  try {
    const { size } = await download(deps, run, outputUrl, path);
    await deps.display.finish(job.id);
    const result = await deps.notifier.deliver(job, { path, size, fileName });
    await deps.lifecycle.apply(job.id, { type: 'delivered', result });
    run.log.info({ delivery: result.delivery, bytes: size }, 'job delivered');
  } catch (error) {
    run.checkStopped();
    run.log.warn({ err: error }, 'delivery failed');
    await fail(deps, job, 'delivery', error instanceof SegmindError ? error.kind : 'discord');
  } finally {
    await rm(path, { force: true });
  }
}

async function download(deps: StepDeps, run: JobRun, url: string, path: string): Promise<{ size: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.segmind.download(url, path, { maxBytes: deps.timings.maxVideoBytes });
    } catch (error) {
      if (attempt >= 3 || (error instanceof SegmindError && error.kind === 'origin')) throw error;
      run.log.warn({ err: error, attempt }, 'video download failed; retrying');
      await run.sleep(1_000 * attempt);
    }
  }
}
