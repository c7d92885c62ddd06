import { hostname } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { StorageStartupError } from './errors.ts';

interface InstanceHolder {
  pid: number;
  host: string;
  started: string;
}

const SQLITE_BUSY = 5;

/**
 * One bot per SQLite file. The lock is SQLite's own file lock on a side database
 * (`<file>.lock`), held by an exclusive transaction for the life of the process: the operating
 * system drops it when the process dies, however it dies, so a crash can never leave it stuck
 * (a pid file could). Who holds it is written into the main database, which other processes can
 * still read (WAL), so the refusal can name the pid and host.
 *
 * Never open `<file>.lock` with `fs` in this process: closing any descriptor of a file releases
 * every POSIX lock the process holds on it.
 */
export class InstanceLock {
  readonly #lock: DatabaseSync;

  private constructor(lock: DatabaseSync) {
    this.#lock = lock;
  }

  /** Takes the lock for `path` and records this process as its holder in `main`, or throws. */
  static acquire(path: string, main: DatabaseSync): InstanceLock {
    const lock = new DatabaseSync(`${path}.lock`);
    try {
      lock.exec('PRAGMA busy_timeout = 0');
      lock.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      lock.close();
      if (errcodeOf(error) !== SQLITE_BUSY) throw error;
      throw inUse(path, readHolder(main));
    }
    main.exec(
      'CREATE TABLE IF NOT EXISTS clipcast_instance (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, host TEXT NOT NULL, started TEXT NOT NULL)',
    );
    main
      .prepare('INSERT OR REPLACE INTO clipcast_instance (id, pid, host, started) VALUES (1, ?, ?, ?)')
      .run(process.pid, hostname(), new Date().toISOString());
    return new InstanceLock(lock);
  }

  release(): void {
    if (this.#lock.isOpen) this.#lock.close();
  }
}

function errcodeOf(error: unknown): number | undefined {
  const errcode = typeof error === 'object' && error !== null ? Reflect.get(error, 'errcode') : undefined;
  return typeof errcode === 'number' ? errcode & 0xff : undefined;
}

/** The holder recorded in the main database (the table is absent until a first holder wrote it). */
function readHolder(main: DatabaseSync): InstanceHolder | undefined {
  try {
    const row = main.prepare('SELECT pid, host, started FROM clipcast_instance WHERE id = 1').get();
    if (!row) return undefined;
    const { pid, host, started } = row;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof started !== 'string') return undefined;
    return { pid, host, started };
  } catch {
    return undefined;
  }
}

function inUse(path: string, holder: InstanceHolder | undefined): StorageStartupError {
  const who = holder
    ? `another clipcast (pid ${holder.pid} on host ${holder.host}, started ${holder.started})`
    : 'another clipcast process';
  return new StorageStartupError(
    'sqlite-in-use',
    `STORAGE_URL's database ${path} is in use by ${who}: stop that one first (two bots on one SQLite file would answer every command twice), or give this one its own STORAGE_URL.`,
  );
}
