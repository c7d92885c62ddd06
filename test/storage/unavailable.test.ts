import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createClient, type RedisClientType } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, isStorageUnavailable, type Storage } from '../../src/storage/index.ts';
import { untilResolves } from '../support/helpers.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';

/** The rejection of `work`, and how long it took to come. */
async function rejection(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await work.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}

const until = (check: () => Promise<unknown>, what: string) => untilResolves(check, what, 200);

describe('isStorageUnavailable', () => {
  it('recognises a busy SQLite file, also as the cause of another error', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'clipcast-busy-')), 'busy.sqlite');
    const holder = new DatabaseSync(path);
    holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE');
    const other = new DatabaseSync(path);
    other.exec('PRAGMA busy_timeout = 0');
    let busy: unknown;
    try {
      other.exec('INSERT INTO t VALUES (1)');
    } catch (error) {
      busy = error;
    }
    holder.close();
    other.close();
    expect(isStorageUnavailable(busy)).toBe(true);
    expect(isStorageUnavailable(new Error('could not save the job', { cause: busy }))).toBe(true);
  });

  it('does not excuse bugs or bad data as an outage', () => {
    expect(isStorageUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      false,
    );
    expect(isStorageUnavailable(new SyntaxError('Unexpected token < in JSON'))).toBe(false);
    expect(isStorageUnavailable('a string')).toBe(false);
    expect(isStorageUnavailable(undefined)).toBe(false);
  });
});

describe.skipIf(!redisAvailable)('a running bot that loses Redis', () => {
  let redis: RedisServer;
  let storage: Storage;
  beforeAll(async () => {
    redis = await startRedis();
    storage = await createStorage(redis.url, {
      redis: { reconnectDelayMs: () => 20, replyTimeoutMs: 300 },
    });
  });
  afterAll(async () => {
    await storage?.close();
    await redis?.stop();
  });

  it('fails every storage call at once with a recognisable error while Redis is down, then recovers', async () => {
    await storage.kv.accounts.set('alice', { balance: 30 });
    await redis.stop();

    const attempts = [
      storage.kv.accounts.get('alice'), // before, this read "no such account" during an outage
      storage.kv.accounts.set('alice', { balance: 25 }),
      storage.ping(),
      storage.redis?.zCard('queue') ?? Promise.resolve('no client'),
    ];
    for (const attempt of attempts) {
      const { error, ms } = await rejection(attempt);
      expect(isStorageUnavailable(error), String(error)).toBe(true);
      expect(ms).toBeLessThan(1_000);
    }

    await redis.restart();
    await until(() => storage.ping(), 'reconnecting to the restarted Redis');
    await storage.kv.accounts.set('bob', { balance: 30 });
    expect(await storage.kv.accounts.get('bob')).toEqual({ balance: 30 });
  });

  it('fails a storage call to a Redis that stopped answering at the reply deadline', async () => {
    const admin = createClient({ url: redis.url }) as RedisClientType;
    await admin.connect();
    try {
      await admin.sendCommand(['CLIENT', 'PAUSE', '1000', 'ALL']);
      const { error, ms } = await rejection(storage.kv.accounts.get('bob'));
      expect(isStorageUnavailable(error), String(error)).toBe(true);
      expect(ms).toBeLessThan(1_000);
      await admin.sendCommand(['CLIENT', 'UNPAUSE']);
      await until(() => storage.kv.accounts.get('bob'), 'Redis answering again');
    } finally {
      admin.destroy();
    }
  });

  it('closes promptly while Redis is down (a bot stopping during an outage)', async () => {
    await redis.stop();
    const started = performance.now();
    await storage.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await redis.restart(); // support/redis.ts's stop() waits for ever on an already-killed server
  });
});
