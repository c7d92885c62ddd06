import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { SegmindApi } from '../../src/jobs/deps.ts';
import { DOWNLOAD_GIVE_UP_AFTER_MS } from '../../src/jobs/steps/deliver.ts';
import { SegmindError } from '../../src/segmind/errors.ts';
import { memoryRunner, sampleJob, settle } from './fakes.ts';

const HOUR = 3_600_000;
const OUTPUT = 'https://images.segmind.com/out.mp4';

type World = ReturnType<typeof memoryRunner>;
const worlds: World[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.runner.stop();
});

/** A download that fails `failures` times (with `error()`), then writes a small video. */
function flakyDownload(failures: number, error = () => transient502()) {
  let calls = 0;
  const download: SegmindApi['download'] = async (_url, path) => {
    calls++;
    if (calls <= failures) throw error();
    await writeFile(path, Buffer.from('ftypisom'));
    return { size: 8, contentType: 'video/mp4' };
  };
  return { download, calls: () => calls };
}

const transient502 = () =>
  new SegmindError('download', 'the video download answered 502', { status: 502, transient: true });

function runner(options: Parameters<typeof memoryRunner>[0]): World {
  const w = memoryRunner(options);
  worlds.push(w);
  return w;
}

/** Lets pending work run (file system included, no clock time passes) until `done` holds. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 5_000 && !(await done()); i++) await settle(1);
  expect(await done()).toBe(true);
}

/** Starts the job and lets it render, read its result and make its first download attempt. */
async function renderAndTryOnce(w: World, job = sampleJob()) {
  await w.runner.start(job);
  await settle();
  w.clock.advance(60_000);
  await until(async () => {
    const stored = await w.store.get(job.id);
    return stored?.download != null || stored?.state === 'done' || stored?.state === 'failed';
  });
  return job;
}

/** Moves the clock to the stored next attempt and lets it run; returns the pause that was waited. */
async function nextAttempt(w: World, jobId: string): Promise<number> {
  const stored = await w.store.get(jobId);
  const attempts = stored?.download?.attempts ?? 0;
  const wait = Math.max(0, (stored?.download?.retryAt ?? w.clock.now()) - w.clock.now());
  w.clock.advance(wait);
  await until(async () => {
    const now = await w.store.get(jobId);
    return now?.state !== 'delivering' || (now.download?.attempts ?? 0) > attempts;
  });
  return wait;
}

describe('downloading the finished video', () => {
  it('retries transient download failures with a growing, stored pause, then delivers and charges once', async () => {
    const flaky = flakyDownload(4);
    const w = runner({ segmind: { download: flaky.download } });
    const job = await renderAndTryOnce(w);
    expect(flaky.calls()).toBe(1);
    const stored = await w.store.get(job.id);
    expect(stored?.state).toBe('delivering');
    expect(stored?.download?.attempts).toBe(1);
    // The status says the clip is ready and its delivery is being retried.
    await until(() => w.notify.events.includes('status:delivery_retry'));
    // It keeps its credits, but no longer holds the member's place while it waits.
    expect(w.credits.events).toEqual([`park:${job.id}`]);
    const pauses: number[] = [];
    for (let i = 0; i < 4; i++) pauses.push(await nextAttempt(w, job.id));
    await w.runner.idle();
    expect(flaky.calls()).toBe(5);
    expect(pauses[1] as number).toBeGreaterThan(pauses[0] as number);
    expect(pauses[2] as number).toBeGreaterThan(pauses[1] as number);
    expect(pauses[3] as number).toBeGreaterThan(pauses[2] as number);
    const done = await w.store.get(job.id);
    expect(done?.state).toBe('done');
    expect(done?.download?.attempts).toBe(4);
    expect(w.credits.events.filter((e) => !e.startsWith('park:'))).toEqual([`settle:${job.id}`]);
    expect(w.notify.events.filter((e) => e === 'deliver')).toHaveLength(1);
    // Each attempt, retries included, shows "uploading" again rather than a stale "trying again".
    const statuses = w.notify.events.filter((e) => e.startsWith('status:'));
    expect(statuses.at(-1)).toBe('status:delivering');
    expect(statuses.lastIndexOf('status:delivering')).toBeGreaterThan(
      statuses.lastIndexOf('status:delivery_retry'),
    );
    expect(w.segmind.calls.filter((c) => c === 'submit' || c === 'result')).toEqual(['submit', 'result']);
  });

  it('gives up only at the deadline, days later: refunds, and logs the request id and output URL loudly', async () => {
    const logs: string[] = [];
    const flaky = flakyDownload(Number.POSITIVE_INFINITY);
    const w = runner({ segmind: { download: flaky.download }, logs });
    const job = await renderAndTryOnce(w);
    const submittedAt = (await w.store.get(job.id))?.segmind?.submittedAt as number;
    const pauses: number[] = [];
    for (let i = 0; i < 200 && (await w.store.get(job.id))?.state === 'delivering'; i++)
      pauses.push(await nextAttempt(w, job.id));
    await w.runner.idle();
    const failed = await w.store.get(job.id);
    expect(failed?.state).toBe('failed');
    expect(failed?.failure?.code).toBe('delivery');
    expect(w.clock.now() - submittedAt).toBeGreaterThanOrEqual(DOWNLOAD_GIVE_UP_AFTER_MS);
    // Well inside the ~7 days Segmind keeps the file, and the pauses grew to hours.
    expect(DOWNLOAD_GIVE_UP_AFTER_MS).toBeLessThanOrEqual(4 * 24 * HOUR);
    expect(Math.max(...pauses)).toBeGreaterThanOrEqual(2 * HOUR);
    expect(Math.max(...pauses)).toBeLessThanOrEqual(4 * HOUR);
    expect(flaky.calls()).toBeGreaterThan(20);
    expect(flaky.calls()).toBeLessThan(60);
    expect(w.credits.events.filter((e) => !e.startsWith('park:'))).toEqual([`refund:${job.id}:delivery`]);
    expect(w.notify.events).toContain('failed:delivery');
    const gaveUp = logs.map((l) => JSON.parse(l)).find((l) => /GAVE UP downloading/.test(l.msg));
    expect(gaveUp).toMatchObject({ level: 50, requestId: 'req-1', outputUrl: OUTPUT, jobId: job.id });
  });

  it('a restart while waiting for the next attempt resumes it at the stored time, without a new submit or result read', async () => {
    const first = flakyDownload(Number.POSITIVE_INFINITY);
    const before = runner({ segmind: { download: first.download } });
    const job = await renderAndTryOnce(before);
    await nextAttempt(before, job.id);
    expect(first.calls()).toBe(2);
    await before.runner.stop();
    const waiting = await before.store.get(job.id);
    expect(waiting?.download?.attempts).toBe(2);
    const retryAt = waiting?.download?.retryAt as number;
    expect(retryAt).toBeGreaterThan(before.clock.now());

    const second = flakyDownload(0);
    const after = runner({
      segmind: { download: second.download },
      clock: before.clock,
      store: before.store,
    });
    await after.runner.resume([waiting as NonNullable<typeof waiting>]);
    await until(() => after.notify.events.includes('status:delivery_retry'));
    after.clock.advance(retryAt - after.clock.now() - 1_000);
    await settle(60);
    expect(second.calls()).toBe(0);
    after.clock.advance(1_000);
    await settle(60);
    await after.runner.idle();
    expect(second.calls()).toBe(1);
    expect((await after.store.get(job.id))?.state).toBe('done');
    expect(after.segmind.calls.filter((c) => c !== 'download')).toEqual([]);
    expect(after.credits.events).toEqual([`settle:${job.id}`]);
  });

  it.each([
    ['a file too large', () => new SegmindError('download', 'the video is larger than the bot accepts')],
    [
      'a file that is not a video',
      () => new SegmindError('download', 'the download is not a video (content)'),
    ],
    ['a 404', () => new SegmindError('download', 'the video download answered 404', { status: 404 })],
    ['a host the bot must not use', () => new SegmindError('origin', 'the output URL is not https')],
  ])('%s is not retried: refunded at once, logged with the output URL', async (_name, error) => {
    const logs: string[] = [];
    const flaky = flakyDownload(1, error);
    const w = runner({ segmind: { download: flaky.download }, logs });
    const job = await renderAndTryOnce(w);
    await w.runner.idle();
    expect(flaky.calls()).toBe(1);
    expect((await w.store.get(job.id))?.state).toBe('failed');
    expect(w.credits.events).toEqual([`refund:${job.id}:delivery`]);
    expect(logs.some((l) => l.includes(OUTPUT) && l.includes('"level":50'))).toBe(true);
  });
});
