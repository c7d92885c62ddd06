import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqlite, defaultBackupPath } from '../../src/storage/backup.ts';
import { createStorage } from '../../src/storage/index.ts';
import { spawnMarked } from '../support/spawn.ts';
import { type Holder, spawnHolder } from './processes.ts';

const holders: Holder[] = [];
afterEach(async () => {
  for (const h of holders.splice(0)) await h.kill();
});

const freshDir = () => mkdtempSync(join(tmpdir(), 'clipcast-backup-'));

/** The indices the writer fixture had stored, read from a copy. */
function writtenIndices(path: string): number[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const check = db.prepare('PRAGMA integrity_check').get();
    expect(check?.integrity_check).toBe('ok');
    const rows = db.prepare("SELECT value FROM keyv WHERE key LIKE 'jobs:n:%'").all();
    return rows.map((row) => JSON.parse(String(row.value)).value.i).sort((a: number, b: number) => a - b);
  } finally {
    db.close();
  }
}

/** Runs `npm run backup`'s script as npm would, with STORAGE_URL and nothing else of this machine. */
function runBackupCli(storageUrl: string, args: string[] = []) {
  const child = spawnMarked(process.execPath, ['--import', 'tsx', 'src/storage/backupCli.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', STORAGE_URL: storageUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('online backup of the SQLite file', () => {
  it('copies a database another process keeps writing to into a consistent, intact file', async () => {
    const dir = freshDir();
    const path = join(dir, 'clipcast.sqlite');
    const writer = spawnHolder(`sqlite://${path}`, 'write');
    holders.push(writer);
    await writer.printed('writing');

    const destination = join(dir, 'copy.sqlite');
    const result = await backupSqlite(path, destination);
    // Still alive and writing after the copy: another 500 keys written since.
    const wrote = [...writer.output().matchAll(/^wrote (\d+)$/gm)].map((m) => Number(m[1]));
    await writer.printed(`wrote ${Math.max(0, ...wrote) + 500}`);
    expect(writer.child.exitCode).toBeNull();

    const indices = writtenIndices(destination);
    expect(indices.length).toBeGreaterThan(500);
    // A snapshot: the writer stores 0, 1, 2, … in order, so a consistent copy has no gaps.
    expect(indices).toEqual(Array.from({ length: indices.length }, (_, i) => i));
    expect(result.records).toBeGreaterThanOrEqual(indices.length);
    expect(existsSync(`${destination}.partial`)).toBe(false);
    expect(existsSync(`${destination}-wal`)).toBe(false);

    // The copy is a working clipcast database once the bot is pointed at it.
    await writer.kill();
    const restored = await createStorage(`sqlite://${destination}`);
    expect(await restored.kv.jobs.get('n:0')).toEqual({ i: 0, padding: 'x'.repeat(200) });
    await restored.close();
  });

  it('names the default copy after the UTC time, beside the database', () => {
    expect(
      defaultBackupPath('/srv/clipcast/data/clipcast.sqlite', new Date('2026-11-25T10:30:05.123Z')),
    ).toBe('/srv/clipcast/data/backup-2026-11-25T10-30-05Z.sqlite');
  });

  it('npm run backup writes the copy while the bot runs and says where', async () => {
    const dir = freshDir();
    const path = join(dir, 'clipcast.sqlite');
    const bot = spawnHolder(`sqlite://${path}`, 'write');
    holders.push(bot);
    await bot.printed('writing');

    const named = await runBackupCli(`sqlite://${path}`, [join(dir, 'named.sqlite')]);
    expect(named.stderr).toBe('');
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(
      new RegExp(
        `^Backed up ${path} to ${join(dir, 'named.sqlite')} \\(\\d+ records, \\d+ KiB, integrity check ok\\)\\.\\n$`,
      ),
    );
    expect(writtenIndices(join(dir, 'named.sqlite')).length).toBeGreaterThan(500);

    const unnamed = await runBackupCli(`sqlite://${path}`);
    expect(unnamed.code).toBe(0);
    expect(
      readdirSync(dir).filter((f) => /^backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite$/.test(f)),
    ).toHaveLength(1);
  });

  it('refuses, in one sentence, what it cannot back up', async () => {
    const dir = freshDir();
    const redis = await runBackupCli('redis://127.0.0.1:6379');
    expect(redis.code).toBe(1);
    expect(redis.stderr).toBe(
      'STORAGE_URL is a redis:// URL, and npm run backup copies only the SQLite file: back Redis up with its own tools (BGSAVE, then copy dump.rdb, or enable AOF; see https://redis.io/docs/latest/operate/oss_and_stack/management/persistence/).\n',
    );

    const missing = await runBackupCli(`sqlite://${join(dir, 'none.sqlite')}`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^There is no database at .*none\.sqlite: check STORAGE_URL/);
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);

    const storage = await createStorage(`sqlite://${join(dir, 'db.sqlite')}`);
    await storage.close();
    writeFileSync(join(dir, 'taken.sqlite'), 'keep me');
    const taken = await runBackupCli(`sqlite://${join(dir, 'db.sqlite')}`, [join(dir, 'taken.sqlite')]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe(
      `${join(dir, 'taken.sqlite')} already exists: choose another backup file name (nothing was overwritten).\n`,
    );
  });
});
