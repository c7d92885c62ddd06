import { renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { StartupError } from '../util/startupError.ts';

/** The largest step Node accepts (a 32-bit int): every page in one step. */
const ALL_PAGES = 2 ** 31 - 1;

interface BackupResult {
  destination: string;
  records: number;
  bytes: number;
}

/** `backup-2026-11-25T10-30-00Z.sqlite` beside the database (colons upset some file systems). */
export function defaultBackupPath(database: string, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  return join(dirname(database), `backup-${stamp}.sqlite`);
}

function isFile(path: string): boolean | undefined {
  try {
    return statSync(path).isFile();
  } catch {
    return undefined;
  }
}

/**
 * Copies a live SQLite database with SQLite's online backup, safe while the bot writes to it.
 * All pages are copied in one step: a step-wise copy restarts whenever another connection writes,
 * and under a busy bot might never finish; in WAL mode the one long read never blocks the bot.
 * The copy is checked (`PRAGMA integrity_check`) under a temporary name and only then renamed,
 * so a file named like a backup is always a complete one.
 */
export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  if (!isFile(source))
    throw new StartupError(
      `There is no database at ${source}: check STORAGE_URL (npm run backup reads it like the bot, from the environment or .env).`,
    );
  if (isFile(destination) !== undefined)
    throw new StartupError(
      `${destination} already exists: choose another backup file name (nothing was overwritten).`,
    );
  if (!statSync(dirname(destination), { throwIfNoEntry: false })?.isDirectory())
    throw new StartupError(
      `The folder ${dirname(destination)} does not exist: create it or choose another path.`,
    );

  const partial = `${destination}.partial`;
  const db = new DatabaseSync(source);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.prepare('PRAGMA schema_version').get();
    await backup(db, partial, { rate: ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new StartupError(
      `Could not back up ${source} (${error instanceof Error ? error.message : String(error)}): check that it is the bot's database and that ${dirname(destination)} is writable.`,
      { cause: error },
    );
  } finally {
    db.close();
  }
  const copy = new DatabaseSync(partial);
  let records = 0;
  try {
    // A single self-contained file: no -wal beside it to lose when it is copied elsewhere.
    copy.exec('PRAGMA journal_mode = DELETE');
    const check = copy.prepare('PRAGMA integrity_check').all();
    const verdict = check.map((row) => String(Object.values(row)[0])).join('; ');
    if (verdict !== 'ok')
      throw new StartupError(`The backup of ${source} failed its integrity check (${verdict}).`);
    const row = copy.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'keyv'").get();
    if (row?.n) records = Number(copy.prepare('SELECT count(*) AS n FROM keyv').get()?.n ?? 0);
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  renameSync(partial, destination);
  return { destination, records, bytes: statSync(destination).size };
}
