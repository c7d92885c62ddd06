import { afterEach, describe, expect, it } from 'vitest';
import type { RenderScheduler } from '../../src/jobs/scheduler.ts';
import { SegmindError } from '../../src/segmind/errors.ts';
import { capturingLogger, gate, memoryRunner, sampleJob, settle } from './fakes.ts';

/** A scheduler whose answer to tryAcquire arrives when the test says so (as over Redis, a moment late). */
function lateScheduler(base: RenderScheduler, answer: Promise<void>): RenderScheduler {
  return {
    enqueue: (id, order) => base.enqueue(id, order),
    tryAcquire: async (id) => {
      const granted = await base.tryAcquire(id);
      await answer;
      return granted;
    },
    hold: (id) => base.hold(id),
    release: (id) => base.release(id),
    position: (id) => base.position(id),
    counts: () => base.counts(),
    renew: (ids) => base.renew(ids),
    entries: () => base.entries(),
  };
}

let world: ReturnType<typeof memoryRunner> | undefined;
afterEach(async () => {
  await world?.runner.stop();
  world = undefined;
});

describe('a job through the runner, with in-memory fakes', () => {
  it('goes queued → submitting → rendering → delivering → done, settling once and releasing its slot', async () => {
    world = memoryRunner();
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    world.clock.advance(60_000);
    await settle(60);
    await world.runner.idle();
    expect((await world.store.get(job.id))?.state).toBe('done');
    expect(world.transitions).toEqual([
      'new→queued',
      'queued→submitting',
      'submitting→rendering',
      'rendering→delivering',
      'delivering→done',
    ]);
    expect(world.segmind.calls).toEqual(['submit', 'status', 'result', 'download']);
    expect(world.credits.events).toEqual([`settle:${job.id}`]);
    expect(world.notify.events).toContain('deliver');
    expect(await world.scheduler.entries()).toEqual([]);
    expect((await world.store.get(job.id))?.render.costUsd).toBe(0.5);
  });

  it('a cancel that lands while the slot answer is on its way wins: the job never renders, the slot goes back', async () => {
    const answer = gate();
    world = memoryRunner({ scheduler: (base) => lateScheduler(base, answer.promise) });
    const job = sampleJob();
    await world.runner.start(job);
    await settle(); // the loop is inside tryAcquire, which granted the slot but has not answered yet
    expect(await world.runner.cancel(job.id, 'mod')).toBe('cancelled');
    answer.open();
    await settle();
    await world.runner.idle();
    const stored = await world.store.get(job.id);
    expect(stored?.state).toBe('failed');
    expect(stored?.failure?.code).toBe('cancelled');
    expect(world.segmind.calls).toEqual([]);
    expect(world.credits.events).toEqual([`refund:${job.id}:cancelled`]);
    expect(await world.scheduler.counts()).toEqual({ queued: 0, rendering: 0 });
    expect(world.transitions).toEqual(['new→queued', 'queued→failed']);
  });

  it('refuses a cancel while the submit is in flight, and the job goes on', async () => {
    const submitted = gate();
    world = memoryRunner({
      segmind: {
        submit: async () => {
          await submitted.promise;
          return { requestId: 'r', statusUrl: 'https://s', responseUrl: 'https://r' };
        },
      },
    });
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    expect((await world.store.get(job.id))?.state).toBe('submitting');
    expect(await world.runner.cancel(job.id, 'mod')).toBe('not_cancellable');
    submitted.open();
    await settle();
    world.clock.advance(60_000);
    await settle(60);
    await world.runner.idle();
    expect((await world.store.get(job.id))?.state).toBe('done');
    expect(world.credits.events).toEqual([`settle:${job.id}`]);
  });

  it('a cancel while rendering refunds at once, stops polling and never fetches the result', async () => {
    world = memoryRunner({
      segmind: { status: async () => ({ state: 'pending', raw: 'PROCESSING' }) },
    });
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    world.clock.advance(25_000);
    await settle();
    expect((await world.store.get(job.id))?.state).toBe('rendering');
    expect(await world.runner.cancel(job.id, 'mod')).toBe('cancelled');
    await settle();
    await world.runner.idle();
    const polls = world.segmind.calls.filter((c) => c === 'status').length;
    world.clock.advance(120_000);
    await settle();
    expect(world.segmind.calls.filter((c) => c === 'status').length).toBe(polls);
    expect(world.segmind.calls).not.toContain('result');
    expect(world.credits.events).toEqual([`refund:${job.id}:cancelled`]);
    expect(world.notify.events.at(-1)).toBe('failed:cancelled');
    expect(await world.scheduler.counts()).toEqual({ queued: 0, rendering: 0 });
  });

  it('refuses a cancel during delivery; the clip is posted and settled', async () => {
    const downloading = gate();
    const finish = gate();
    world = memoryRunner({
      segmind: {
        download: async (_url, path) => {
          downloading.open();
          await finish.promise;
          const { writeFile } = await import('node:fs/promises');
          await writeFile(path, 'x');
          return { size: 1, contentType: 'video/mp4' };
        },
      },
    });
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    world.clock.advance(60_000);
    await downloading.promise;
    expect(await world.runner.cancel(job.id, 'mod')).toBe('not_cancellable');
    finish.open();
    await world.runner.idle();
    expect((await world.store.get(job.id))?.state).toBe('done');
    expect(world.credits.events).toEqual([`settle:${job.id}`]);
  });

  it('an event the state does not take changes nothing and runs no effect', async () => {
    world = memoryRunner();
    const job = { ...sampleJob(), state: 'done' as const };
    await world.store.put(job);
    const outcome = await world.runner.lifecycle.apply(job.id, {
      type: 'fail',
      code: 'timeout',
      detail: 'x',
    });
    expect(outcome).toEqual({ ok: false, state: 'done' });
    expect(await world.store.get(job.id)).toEqual(job);
    expect(world.credits.events).toEqual([]);
    expect(await world.runner.cancel('ffffffffffffffff', 'mod')).toBe('unknown');
  });

  it('resumes a job found rendering after a restart: holds its slot whatever the cap, then delivers', async () => {
    world = memoryRunner({ cap: 1 });
    const job = {
      ...sampleJob(),
      state: 'rendering' as const,
      submitIntentAt: 1,
      segmind: {
        requestId: 'r',
        statusUrl: 'https://s',
        responseUrl: 'https://r',
        submittedAt: world.clock.now(),
      },
    };
    await world.store.put(job);
    await world.runner.resume([job]);
    await settle();
    expect(await world.scheduler.counts()).toEqual({ queued: 0, rendering: 1 });
    world.clock.advance(60_000);
    await settle(60);
    await world.runner.idle();
    expect((await world.store.get(job.id))?.state).toBe('done');
    expect(world.segmind.calls).not.toContain('submit');
  });

  it('at the render deadline, one result GET finds a finished clip: delivered and charged, not refunded', async () => {
    world = memoryRunner({
      segmind: {
        status: async () => {
          world?.segmind.calls.push('status');
          return { state: 'pending', raw: 'PROCESSING' };
        },
      },
    });
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    world.clock.advance(21 * 60_000);
    await world.runner.idle();
    const stored = await world.store.get(job.id);
    expect(stored?.state).toBe('done');
    expect(stored?.outputUrl).toBe('https://images.segmind.com/out.mp4');
    expect(world.segmind.calls.filter((c) => c !== 'status')).toEqual(['submit', 'result', 'download']);
    expect(world.credits.events).toEqual([`settle:${job.id}`]);
  });

  it('at the render deadline, a result GET without the clip ends the job as timed out, after exactly one GET', async () => {
    world = memoryRunner({
      segmind: {
        status: async () => ({ state: 'pending', raw: 'PROCESSING' }),
        result: async () => {
          world?.segmind.calls.push('result');
          throw new SegmindError('malformed', 'Segmind result has no output URL', { status: 200 });
        },
      },
    });
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    world.clock.advance(21 * 60_000);
    await world.runner.idle();
    expect((await world.store.get(job.id))?.failure?.code).toBe('timeout');
    expect(world.segmind.calls.filter((c) => c === 'result')).toHaveLength(1);
    expect(world.credits.events).toEqual([`refund:${job.id}:timeout`]);
  });

  it('never resubmits a job found between submit intent and answer: refunded as uncertain', async () => {
    world = memoryRunner();
    const job = { ...sampleJob(), state: 'submitting' as const, submitIntentAt: 1 };
    await world.store.put(job);
    await world.runner.resume([job]);
    await settle();
    await world.runner.idle();
    expect((await world.store.get(job.id))?.failure?.code).toBe('uncertain_submit');
    expect(world.segmind.calls).toEqual([]);
    expect(world.credits.events).toEqual([`refund:${job.id}:uncertain_submit`]);
  });

  it('a record damaged just after the job was delivered is quarantined, with no refund and no failure notice', async () => {
    world = memoryRunner();
    const job = sampleJob();
    // The store's write of the finished record lands damaged (the next read cannot parse it).
    const set = world.kv.set.bind(world.kv);
    world.kv.set = ((key: string, value: unknown, ttl?: number) =>
      set(
        key,
        (value as { state?: string } | undefined)?.state === 'done' ? { garbage: true } : value,
        ttl,
      )) as typeof world.kv.set;
    await world.runner.start(job);
    await settle();
    world.clock.advance(60_000);
    await settle(60);
    await world.runner.idle();
    expect(world.notify.events).toContain('deliver');
    expect(world.notify.events).not.toContain('failed:damaged');
    expect(world.credits.events).toEqual([`settle:${job.id}`]);
    expect(await world.kv.get(`quarantine:${job.id}`)).toMatchObject({ raw: { garbage: true } });
  });

  it('stops a job whose record becomes unreadable mid-render: quarantined, slot back, refunded, logged, no crash', async () => {
    const log = capturingLogger();
    world = memoryRunner({
      logger: log.logger,
      segmind: { status: async () => ({ state: 'pending', raw: 'PROCESSING' }) },
    });
    const job = sampleJob();
    await world.runner.start(job);
    await settle();
    world.clock.advance(25_000);
    await settle();
    expect((await world.store.get(job.id))?.state).toBe('rendering');
    await world.kv.set(job.id, { ...job, state: 'exploded', cost: 'lots' });
    world.clock.advance(10_000);
    await settle();
    await world.runner.idle();
    expect(await world.kv.get(job.id)).toBeUndefined();
    expect(await world.kv.get(`quarantine:${job.id}`)).toMatchObject({ raw: { state: 'exploded' } });
    expect(await world.scheduler.counts()).toEqual({ queued: 0, rendering: 0 });
    expect(world.credits.events).toEqual([`refund:${job.id}:damaged`]);
    // The member is told, from the last good copy of the record.
    expect(world.notify.events).toContain('failed:damaged');
    const errors = log.lines.filter((l) => l.level === 'error').map((l) => l.msg);
    expect(errors).toEqual(['the job record became unreadable; job stopped and quarantined']);
    const polls = world.segmind.calls.filter((c) => c === 'status').length;
    world.clock.advance(120_000);
    await settle();
    expect(world.segmind.calls.filter((c) => c === 'status').length).toBe(polls);
  });
});
