import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createClient, type RedisClientType } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, type StorageFailure, StorageStartupError } from '../../src/storage/index.ts';
import { redisStartupFailure, redisTarget } from '../../src/storage/redisOpen.ts';
import { StartupError } from '../../src/util/startupError.ts';
import { freePort, type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'clipcast-startup-'));

/** The error createStorage throws, checked to be one plain sentence for the operator. */
async function failure(url: string, options: Parameters<typeof createStorage>[1] = {}) {
  const error = await createStorage(url, options).then(
    (storage) => {
      void storage.close();
      throw new Error(`${url} opened`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StartupError);
  if (!(error instanceof StorageStartupError)) throw error;
  expect(error.message).not.toContain('\n');
  expect(error.message).toMatch(/STORAGE_URL/);
  expect(error.message).toMatch(/[.)]$/);
  return error;
}

const reasonOf = (error: StorageStartupError): StorageFailure => error.reason;

describe('a SQLite STORAGE_URL that cannot be used', () => {
  it('creates the working tree data folder for the default path', async () => {
    const cwd = fresh();
    const storage = await createStorage('sqlite://data/clipcast.sqlite', { cwd });
    await storage.kv.meta.set('x', 1);
    expect(storage.where).toBe(join(cwd, 'data', 'clipcast.sqlite'));
    await storage.close();
    expect(existsSync(join(cwd, 'data', 'clipcast.sqlite'))).toBe(true);
  });

  it('creates nothing for an explicit path whose folder is missing, and says which folder to create', async () => {
    const cwd = fresh();
    const error = await failure(`sqlite://${join(cwd, 'nowhere', 'deeper', 'x.sqlite')}`, { cwd });
    expect(reasonOf(error)).toBe('sqlite-parent-missing');
    const folder = join(cwd, 'nowhere', 'deeper');
    expect(error.message).toBe(
      `STORAGE_URL puts the database in ${folder}, which does not exist: create that folder (mkdir -p ${folder}) or point STORAGE_URL at an existing one.`,
    );
    expect(existsSync(join(cwd, 'nowhere'))).toBe(false);
  });

  it('does not create a relative folder other than data', async () => {
    const cwd = fresh();
    const error = await failure('sqlite://db/x.sqlite', { cwd });
    expect(reasonOf(error)).toBe('sqlite-parent-missing');
    expect(existsSync(join(cwd, 'db'))).toBe(false);
  });

  it('names the file a path runs through instead of a raw ENOTDIR', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'notes.txt'), 'not a folder');
    for (const url of ['sqlite://notes.txt/x.sqlite', 'sqlite://notes.txt/a/b/x.sqlite']) {
      const error = await failure(url, { cwd });
      expect(reasonOf(error)).toBe('sqlite-parent-is-file');
      expect(error.message).toBe(
        `STORAGE_URL puts the database inside ${join(cwd, 'notes.txt')}, which is a file, not a folder: point STORAGE_URL at a path in a folder, e.g. sqlite://data/clipcast.sqlite.`,
      );
    }
    expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe('not a folder');
  });

  it('says a folder needs a file name', async () => {
    const cwd = fresh();
    mkdirSync(join(cwd, 'data'));
    const error = await failure('sqlite://data', { cwd });
    expect(reasonOf(error)).toBe('sqlite-is-folder');
    expect(error.message).toContain(`sqlite://${join(cwd, 'data', 'clipcast.sqlite')}`);
  });

  it('refuses a file that is not a database and leaves it as it was', async () => {
    const cwd = fresh();
    const path = join(cwd, 'notes.sqlite');
    const text = 'these are my notes, not a database; '.repeat(20);
    writeFileSync(path, text);
    const error = await failure(`sqlite://${path}`, { cwd });
    expect(reasonOf(error)).toBe('sqlite-not-database');
    expect(error.message).toBe(
      `STORAGE_URL points at ${path}, which is not a SQLite database: point STORAGE_URL at a new file name or at a clipcast database (clipcast never overwrites a file it did not create).`,
    );
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('points a damaged database at the backups', async () => {
    const cwd = fresh();
    const path = join(cwd, 'damaged.sqlite');
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE t (x TEXT)');
    for (let i = 0; i < 50; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100));
    db.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(200, 0xff), 0, 200, 100); // the schema page, just past the header
    closeSync(fd);
    const error = await failure(`sqlite://${path}`, { cwd });
    expect(reasonOf(error)).toBe('sqlite-damaged');
    expect(error.message).toContain('restore the file from a backup (README → Backups)');
  });

  // /sys refuses new files even to root, which ignores permission bits on ordinary folders.
  it.skipIf(process.platform !== 'linux')('says when the folder cannot be written', async () => {
    const error = await failure('sqlite:///sys/clipcast.sqlite', { cwd: fresh() });
    expect(reasonOf(error)).toBe('sqlite-permission');
    expect(error.message).toBe(
      "STORAGE_URL puts the database in /sys, where this user cannot write (permission denied): give the bot's user write access to that folder or point STORAGE_URL elsewhere.",
    );
  });
});

describe('a Redis STORAGE_URL that cannot be used', () => {
  const fast = { startupDeadlineMs: 300 };

  it('gives up on a refused port within the deadline', async () => {
    const port = await freePort();
    const started = performance.now();
    const error = await failure(`redis://127.0.0.1:${port}`, fast);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(reasonOf(error)).toBe('redis-refused');
    expect(error.message).toBe(
      `STORAGE_URL points at Redis on 127.0.0.1:${port}, which refused the connection: start Redis there, or correct the host and port in STORAGE_URL.`,
    );
  });

  describe('a port that accepts but never answers', () => {
    let server: Server;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => {});
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('is named as not Redis, within the deadline', async () => {
      const { port } = server.address() as { port: number };
      const started = performance.now();
      const error = await failure(`redis://127.0.0.1:${port}`, fast);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(reasonOf(error)).toBe('redis-not-redis');
      expect(error.message).toBe(
        `STORAGE_URL points at 127.0.0.1:${port}, which accepted the connection but did not answer as Redis within 0.3 s: check that the port in STORAGE_URL is Redis's (6379 by default), not another service's.`,
      );
    });
  });

  it('rejects a database number that is not a number', async () => {
    const error = await failure('redis://127.0.0.1:6379/abc', fast);
    expect(reasonOf(error)).toBe('invalid-url');
  });

  it('words a host that never answers and one that cannot be resolved', () => {
    const target = redisTarget('redis://:hunter2@redis.internal:6380/2');
    const silent = redisStartupFailure({
      target,
      error: undefined,
      timedOut: true,
      reachedServer: false,
      deadlineMs: 5_000,
    });
    expect(silent.reason).toBe('redis-timeout');
    expect(silent.message).toBe(
      'STORAGE_URL points at Redis on redis.internal:6380, which did not answer within 5 s: check the host and port in STORAGE_URL, that Redis is running there and that no firewall is in the way.',
    );
    const unknown = Object.assign(new Error('getaddrinfo ENOTFOUND redis.internal'), { code: 'ENOTFOUND' });
    const dns = redisStartupFailure({
      target,
      error: unknown,
      timedOut: true,
      reachedServer: false,
      deadlineMs: 5_000,
    });
    expect(dns.reason).toBe('redis-unknown-host');
    expect(dns.message).toContain('the host name redis.internal cannot be resolved');
  });

  describe.skipIf(!redisAvailable)('against a real redis-server', () => {
    let redis: RedisServer;
    let admin: RedisClientType;
    beforeAll(async () => {
      redis = await startRedis();
      admin = createClient({ url: redis.url }) as RedisClientType;
      await admin.connect();
    });
    afterAll(async () => {
      await admin?.destroy();
      await redis?.stop();
    });
    const at = () => `127.0.0.1:${redis.port}`;

    it('names a database number Redis does not have', async () => {
      const error = await failure(`redis://${at()}/99`, fast);
      expect(reasonOf(error)).toBe('redis-no-such-db');
      expect(error.message).toBe(
        `Redis on ${at()} has no database 99 (the /99 at the end of STORAGE_URL): use a smaller number such as /0 (Redis has 16 databases, 0 to 15, unless redis.conf's "databases" says otherwise).`,
      );
    });

    it('says a password is given that Redis does not have', async () => {
      const error = await failure(`redis://:surplus-secret@${at()}`, fast);
      expect(reasonOf(error)).toBe('redis-no-password-set');
      expect(error.message).not.toContain('surplus-secret');
    });

    it('tells a missing password from a wrong one, never printing it', async () => {
      await admin.configSet('requirepass', 'right-secret');
      try {
        const missing = await failure(`redis://${at()}`, fast);
        expect(reasonOf(missing)).toBe('redis-password-required');
        expect(missing.message).toBe(
          `Redis on ${at()} requires a password and STORAGE_URL gives none: write it as redis://:PASSWORD@${at()} (or redis://USER:PASSWORD@${at()} for an ACL user).`,
        );
        const wrong = await failure(`redis://:wrong-secret@${at()}`, fast);
        expect(reasonOf(wrong)).toBe('redis-wrong-password');
        expect(wrong.message).not.toContain('wrong-secret');
        const storage = await createStorage(`redis://:right-secret@${at()}`, fast);
        expect(storage.where).toBe(`${at()}/0`);
        await storage.close();
      } finally {
        await admin.configSet('requirepass', '');
      }
    });

    it('says when the Redis user may not run the commands', async () => {
      await admin.sendCommand(['ACL', 'SETUSER', 'limited', 'on', '>limited-secret', '~*', '-@all', '+auth']);
      const error = await failure(`redis://limited:limited-secret@${at()}`, fast);
      expect(reasonOf(error)).toBe('redis-no-permission');
      expect(error.message).not.toContain('limited-secret');
    });
  });
});
