import { mkdirSync, type Stats, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { StorageStartupError } from './errors.ts';
import { InstanceLock } from './instanceLock.ts';
import { SqliteDatabase } from './sqliteStore.ts';

interface OpenedSqlite {
  database: SqliteDatabase;
  /** Closes the database, then lets the next process have the file. */
  close(): void;
}

/**
 * Opens `sqlite://PATH` for the bot, turning every way it can fail into a sentence an operator
 * can act on. Only the working tree's own `data` folder is ever created; any other folder must
 * already exist, so a typo cannot scatter directories over the disk.
 */
export function openSqlite(location: string, options: { cwd: string; exclusive: boolean }): OpenedSqlite {
  if (location === ':memory:') {
    const database = new SqliteDatabase(':memory:');
    return { database, close: () => database.close() };
  }
  const path = resolve(options.cwd, location);
  prepareFolder(path, resolve(options.cwd, 'data'));
  let database: SqliteDatabase;
  try {
    database = new SqliteDatabase(path);
  } catch (error) {
    throw openFailure(error, path);
  }
  let lock: InstanceLock | undefined;
  try {
    if (options.exclusive) lock = InstanceLock.acquire(path, database.db);
  } catch (error) {
    database.close();
    throw error instanceof StorageStartupError ? error : openFailure(error, path);
  }
  return {
    database,
    close: () => {
      database.close();
      lock?.release();
    },
  };
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function prepareFolder(path: string, dataFolder: string): void {
  if (statOf(path)?.isDirectory())
    throw new StorageStartupError(
      'sqlite-is-folder',
      `STORAGE_URL points at ${path}, which is a folder: add a file name, e.g. sqlite://${join(path, 'clipcast.sqlite')}.`,
    );
  const folder = dirname(path);
  const found = statOf(folder);
  if (found?.isDirectory()) return;
  // Whatever the first existing ancestor is decides the message: a file (a typo such as
  // README.md/x.sqlite) or a folder that lacks the missing levels.
  let ancestor = folder;
  let stats = found;
  while (!stats && dirname(ancestor) !== ancestor) {
    ancestor = dirname(ancestor);
    stats = statOf(ancestor);
  }
  if (stats && !stats.isDirectory())
    throw new StorageStartupError(
      'sqlite-parent-is-file',
      `STORAGE_URL puts the database inside ${ancestor}, which is a file, not a folder: point STORAGE_URL at a path in a folder, e.g. sqlite://data/clipcast.sqlite.`,
    );
  if (folder !== dataFolder)
    throw new StorageStartupError(
      'sqlite-parent-missing',
      `STORAGE_URL puts the database in ${folder}, which does not exist: create that folder (mkdir -p ${folder}) or point STORAGE_URL at an existing one.`,
    );
  try {
    mkdirSync(folder);
  } catch (error) {
    throw folderNotWritable(folder, error);
  }
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : undefined;
}

function folderNotWritable(folder: string, cause: unknown): StorageStartupError {
  const why = codeOf(cause) === 'EROFS' ? 'it is on a read-only file system' : 'permission denied';
  return new StorageStartupError(
    'sqlite-permission',
    `STORAGE_URL puts the database in ${folder}, where this user cannot write (${why}): give the bot's user write access to that folder or point STORAGE_URL elsewhere.`,
    { cause },
  );
}

/** Whether this user can create files in `folder` (root ignores permission bits, so try it). */
function canWriteIn(folder: string): unknown {
  const probe = join(folder, `.clipcast-write-test-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
    return undefined;
  } catch (error) {
    return error;
  }
}

const SQLITE_PERM = 3;
const SQLITE_READONLY = 8;
const SQLITE_CORRUPT = 11;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

function openFailure(error: unknown, path: string): StorageStartupError {
  const errcode = typeof error === 'object' && error !== null ? Reflect.get(error, 'errcode') : undefined;
  const primary = typeof errcode === 'number' ? errcode & 0xff : undefined;
  const said = error instanceof Error ? error.message : String(error);
  if (primary === SQLITE_NOTADB)
    return new StorageStartupError(
      'sqlite-not-database',
      `STORAGE_URL points at ${path}, which is not a SQLite database: point STORAGE_URL at a new file name or at a clipcast database (clipcast never overwrites a file it did not create).`,
      { cause: error },
    );
  if (primary === SQLITE_CORRUPT)
    return new StorageStartupError(
      'sqlite-damaged',
      `STORAGE_URL points at ${path}, which is damaged (${said}): stop the bot and restore the file from a backup (README → Backups).`,
      { cause: error },
    );
  if (primary === SQLITE_CANTOPEN || primary === SQLITE_READONLY || primary === SQLITE_PERM) {
    const folderProblem = canWriteIn(dirname(path));
    if (folderProblem) return folderNotWritable(dirname(path), folderProblem);
    return new StorageStartupError(
      'sqlite-permission',
      `STORAGE_URL points at ${path}, which this user cannot read and write (${said}): fix the permissions of that file and of the -wal and -shm files beside it, or point STORAGE_URL elsewhere.`,
      { cause: error },
    );
  }
  return new StorageStartupError(
    'sqlite-other',
    `STORAGE_URL points at ${path}, which SQLite could not open (${said}): check the path, the disk and the file's permissions.`,
    { cause: error },
  );
}
