import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, type Storage } from '../../src/storage/index.ts';
import { SqliteDatabase, SqliteStore } from '../../src/storage/sqliteStore.ts';
import { StartupError } from '../../src/util/startupError.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';

/** The compliance cases of @keyv/test-suite that matter here, run against each backend. */
function keyvCompliance(name: string, open: () => Promise<Storage>) {
  describe(`Keyv compliance on ${name}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await open();
    });
    afterAll(async () => storage.close());

    it('sets, gets, overwrites and deletes values of every JSON type', async () => {
      const kv = storage.kv.meta;
      for (const value of ['text', 42, 0, true, false, null, [1, 'two'], { nested: { deep: [1] } }]) {
        await kv.set('k', value);
        expect(await kv.get('k')).toEqual(value);
      }
      expect(await kv.delete('k')).toBe(true);
      expect(await kv.get('k')).toBeUndefined();
      expect(await kv.delete('k')).toBe(false);
    });

    it('keeps namespaces apart, including on clear()', async () => {
      await storage.kv.jobs.set('same', 'job');
      await storage.kv.accounts.set('same', 'account');
      expect(await storage.kv.jobs.get('same')).toBe('job');
      await storage.kv.jobs.clear();
      expect(await storage.kv.jobs.get('same')).toBeUndefined();
      expect(await storage.kv.accounts.get('same')).toBe('account');
    });

    it('expires values after their TTL', async () => {
      await storage.kv.meta.set('ttl', 'soon gone', 30);
      expect(await storage.kv.meta.get('ttl')).toBe('soon gone');
      await new Promise((r) => setTimeout(r, 60));
      expect(await storage.kv.meta.get('ttl')).toBeUndefined();
    });

    it('gets many at once, in order, with gaps', async () => {
      await storage.kv.jobs.set('a', 1);
      await storage.kv.jobs.set('c', 3);
      expect(await storage.kv.jobs.get(['a', 'b', 'c'])).toEqual([1, undefined, 3]);
    });

    it('answers ping', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'clipcast-storage-'));
keyvCompliance('the embedded SQLite default', () =>
  createStorage(`sqlite://${join(dir, 'compliance.sqlite')}`),
);
keyvCompliance('memory://', () => createStorage('memory://'));

describe.skipIf(!redisAvailable)('redis://', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  keyvCompliance('a real redis-server', () => createStorage(redis.url));
});

describe('SQLite file', () => {
  it('keeps its data when the file is closed and reopened', async () => {
    const path = join(dir, 'reopen.sqlite');
    const first = await createStorage(`sqlite://${path}`);
    await first.kv.jobs.set('job-1', { state: 'rendering', seed: 5 });
    await first.close();
    const second = await createStorage(`sqlite://${path}`);
    expect(await second.kv.jobs.get('job-1')).toEqual({ state: 'rendering', seed: 5 });
    await second.close();
  });

  it('iterates one namespace only and purges expired rows', async () => {
    const db = new SqliteDatabase(':memory:');
    const store = new SqliteStore(db, () => 1_000);
    store.namespace = 'jobs';
    await store.set('jobs:a', '"1"');
    await store.set('other:b', '"2"');
    await store.set('jobs:c', '"3"', 10);
    const seen: unknown[] = [];
    for await (const [key] of store.iterator('jobs')) seen.push(key);
    expect(seen).toEqual(['jobs:a', 'jobs:c']);
    expect(db.purgeExpired(2_000)).toBe(1);
    db.close();
  });

  it('reads a row of another shape (a BLOB value, a text expiry) as absent rather than trusting it', async () => {
    const db = new SqliteDatabase(':memory:');
    const store = new SqliteStore(db, () => 1_000);
    store.namespace = 'jobs';
    db.db
      .prepare('INSERT INTO keyv (key, value, expires) VALUES (?, ?, ?)')
      .run('jobs:blob', Buffer.from('x'), null);
    db.db.prepare('INSERT INTO keyv (key, value, expires) VALUES (?, ?, ?)').run('jobs:when', '"1"', 'soon');
    await store.set('jobs:good', '"2"');
    expect(await store.get('jobs:blob')).toBeUndefined();
    expect(await store.get('jobs:when')).toBeUndefined();
    const seen: unknown[] = [];
    for await (const [key] of store.iterator('jobs')) seen.push(key);
    expect(seen).toEqual(['jobs:good']);
    db.close();
  });

  it('rejects an unknown storage URL with a StartupError naming STORAGE_URL', async () => {
    const error = await createStorage('postgres://x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(String(error)).toMatch(/STORAGE_URL must be sqlite:\/\/PATH/);
  });
});
