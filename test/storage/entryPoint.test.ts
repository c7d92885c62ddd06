import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';
import { spawnMarked } from '../support/spawn.ts';
import { type Holder, spawnHolder } from './processes.ts';

/**
 * `npm start` with storage it cannot use: the bot must stop with the sentence and exit code 1
 * within 5 s, before anything goes to Discord (whose address here is a closed port).
 */
function startBot(storageUrl: string) {
  const started = performance.now();
  const child = spawnMarked(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'entry-point-test-token',
      SEGMIND_API_KEY: 'entry-point-test-key',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      SEGMIND_API_URL: 'http://127.0.0.1:9',
      STORAGE_URL: storageUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  child.stdout?.resume();
  const deadline = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
  return new Promise<{ code: number | null; stderr: string; ms: number }>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(deadline);
      resolve({ code, stderr, ms: performance.now() - started });
    }),
  );
}

const holders: Holder[] = [];
afterEach(async () => {
  for (const h of holders.splice(0)) await h.kill();
});

describe('the bot started on storage it cannot use', () => {
  it('prints the sentence for a file that is not a database and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clipcast-entry-'));
    writeFileSync(join(dir, 'notes.sqlite'), 'not a database, just notes; '.repeat(20));
    const run = await startBot(`sqlite://${join(dir, 'notes.sqlite')}`);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack
    expect(run.ms).toBeLessThan(5_000);
    expect(run.stderr).toContain(
      `STORAGE_URL points at ${join(dir, 'notes.sqlite')}, which is not a SQLite database`,
    );
  });

  it('prints the sentence for a Redis that refuses the connection, and exits 1 instead of waiting for ever', async () => {
    const run = await startBot('redis://127.0.0.1:1');
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack
    expect(run.stderr).toContain(
      'STORAGE_URL points at Redis on 127.0.0.1:1, which refused the connection: start Redis there, or correct the host and port in STORAGE_URL.',
    );
    // It ended on its own (startBot kills it at 10 s, which would leave no exit code): the storage
    // deadline is 4 s; how long the rest takes depends on the machine (measured: bench, README).
  });

  it('prints who holds the file when another bot runs on it, and exits 1', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'clipcast-entry-')), 'clipcast.sqlite');
    const holder = spawnHolder(`sqlite://${path}`);
    holders.push(holder);
    await holder.printed(`holding ${holder.child.pid}`);
    const run = await startBot(`sqlite://${path}`);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack
    expect(run.ms).toBeLessThan(5_000);
    expect(run.stderr).toContain(`is in use by another clipcast (pid ${holder.child.pid} on host`);
  });

  describe.skipIf(!redisAvailable)('on redis://', () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => redis?.stop());

    it('prints the sentence for a database number Redis lacks, and exits 1', async () => {
      const run = await startBot(`${redis.url}/99`);
      expect(run.code).toBe(1);
      expect(run.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack
      expect(run.ms).toBeLessThan(5_000);
      expect(run.stderr).toContain(`Redis on 127.0.0.1:${redis.port} has no database 99`);
    });
  });
});
