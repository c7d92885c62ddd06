import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalScheduler, RedisScheduler, type RenderScheduler } from '../../src/jobs/scheduler.ts';
import { createStorage, type Storage } from '../../src/storage/index.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';
import { silentLogger } from './fakes.ts';

/** The contract every scheduler keeps, run against each implementation. */
function contract(name: string, make: (cap: number) => Promise<RenderScheduler>) {
  describe(`${name}: the render cap and FIFO queue`, () => {
    it('grants slots in creation order up to the cap; the rest wait with their position', async () => {
      const s = await make(2);
      for (const [id, order] of [
        ['c', 3],
        ['a', 1],
        ['b', 2],
      ] as const)
        await s.enqueue(id, order);
      expect(await s.tryAcquire('c')).toBe(false);
      expect(await s.tryAcquire('a')).toBe(true);
      expect(await s.tryAcquire('b')).toBe(true);
      expect(await s.tryAcquire('c')).toBe(false);
      expect(await s.position('c')).toBe(1);
      expect(await s.counts()).toEqual({ queued: 1, rendering: 2 });
      await s.release('a');
      expect(await s.tryAcquire('c')).toBe(true);
      expect(await s.position('c')).toBeNull();
    });

    it('is idempotent: enqueueing twice keeps one place, releasing twice is harmless', async () => {
      const s = await make(1);
      await s.enqueue('x', 1);
      await s.enqueue('x', 1);
      expect(await s.counts()).toEqual({ queued: 1, rendering: 0 });
      expect(await s.tryAcquire('x')).toBe(true);
      await s.enqueue('x', 1);
      expect(await s.counts()).toEqual({ queued: 0, rendering: 1 });
      await s.release('x');
      await s.release('x');
      expect(await s.counts()).toEqual({ queued: 0, rendering: 0 });
    });

    it('holds a slot for a job already rendering whatever the cap, and lists every entry', async () => {
      const s = await make(1);
      await s.enqueue('q', 5);
      await s.hold('r1');
      await s.hold('r2');
      expect(await s.counts()).toEqual({ queued: 1, rendering: 2 });
      expect(await s.tryAcquire('q')).toBe(false);
      expect((await s.entries()).sort()).toEqual(['q', 'r1', 'r2']);
    });
  });
}

contract('LocalScheduler (SQLite/memory)', async (cap) => new LocalScheduler(new Keyv(), () => cap));

describe('LocalScheduler state in storage', () => {
  it('survives a restart: a new scheduler over the same store sees the queue and holders', async () => {
    const kv = new Keyv();
    const a = new LocalScheduler(kv, () => 1);
    await a.enqueue('x', 1);
    await a.enqueue('y', 2);
    await a.tryAcquire('x');
    const b = new LocalScheduler(kv, () => 1);
    expect(await b.counts()).toEqual({ queued: 1, rendering: 1 });
    expect(await b.position('y')).toBe(1);
  });

  it('reads the unversioned shape of earlier versions, and starts empty (logged) on a damaged record', async () => {
    const kv = new Keyv();
    await kv.set('scheduler', { queue: [{ id: 'old', order: 1 }], holders: ['h'] });
    expect(await new LocalScheduler(kv, () => 1).entries()).toEqual(['old', 'h']);
    await kv.set('scheduler', { queue: 'nonsense' });
    const lines: string[] = [];
    const logger = silentLogger();
    logger.error = ((_obj: unknown, msg: string) => lines.push(msg)) as never;
    expect(await new LocalScheduler(kv, () => 1, logger).entries()).toEqual([]);
    expect(lines.join()).toMatch(/damaged/);
  });
});

describe.runIf(redisAvailable)('RedisScheduler on a real redis-server', () => {
  let redis: RedisServer;
  let storage: Storage;
  let n = 0;
  beforeAll(async () => {
    redis = await startRedis();
    storage = await createStorage(redis.url);
  });
  afterAll(async () => {
    await storage?.close();
    await redis?.stop();
  });
  contract('RedisScheduler', async (cap) => {
    if (!storage.redis) throw new Error('no redis client');
    return new RedisScheduler(storage.redis, () => cap, 90_000, `test:sched:${n++}`);
  });
});
