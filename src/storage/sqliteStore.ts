import { EventEmitter } from 'node:events';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { KeyvStoreAdapter, StoredData } from 'keyv';

interface KeyvRow {
  key: string;
  value: string;
  expires: number | null;
}

/**
 * A row of the `keyv` table as SQLite returns it, checked rather than assumed: a row of another
 * shape (written by another program into the same file) reads as absent, and the records' own
 * schemas check the value itself.
 */
function keyvRow(row: Record<string, unknown> | undefined): KeyvRow | undefined {
  if (!row || typeof row.value !== 'string') return undefined;
  if (row.key !== undefined && typeof row.key !== 'string') return undefined;
  const expires = typeof row.expires === 'bigint' ? Number(row.expires) : row.expires;
  if (expires !== null && typeof expires !== 'number') return undefined;
  return { key: row.key ?? '', value: row.value, expires };
}

/**
 * One SQLite file opened with Node's built-in `node:sqlite` (no native build on install),
 * shared by every {@link SqliteStore} namespace of the process. The folder must exist
 * (`openSqlite` checks paths and explains failures).
 */
export class SqliteDatabase {
  readonly db: DatabaseSync;
  readonly #get: StatementSync;
  readonly #set: StatementSync;
  readonly #delete: StatementSync;
  readonly #clearPrefix: StatementSync;
  readonly #iteratePrefix: StatementSync;
  readonly #purge: StatementSync;

  readonly path: string;

  constructor(path: string) {
    this.path = path;
    this.db = new DatabaseSync(path);
    try {
      this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
      this.db.exec(
        'CREATE TABLE IF NOT EXISTS keyv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER) WITHOUT ROWID',
      );
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.#get = this.db.prepare('SELECT value, expires FROM keyv WHERE key = ?');
    this.#set = this.db.prepare(
      'INSERT INTO keyv (key, value, expires) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires = excluded.expires',
    );
    this.#delete = this.db.prepare('DELETE FROM keyv WHERE key = ?');
    this.#clearPrefix = this.db.prepare('DELETE FROM keyv WHERE substr(key, 1, length(?)) = ?');
    this.#iteratePrefix = this.db.prepare(
      'SELECT key, value, expires FROM keyv WHERE substr(key, 1, length(?)) = ? ORDER BY key',
    );
    this.#purge = this.db.prepare('DELETE FROM keyv WHERE expires IS NOT NULL AND expires <= ?');
  }

  get(key: string, now: number): string | undefined {
    const row = keyvRow(this.#get.get(key));
    if (!row) return undefined;
    if (row.expires !== null && row.expires <= now) {
      this.#delete.run(key);
      return undefined;
    }
    return row.value;
  }

  set(key: string, value: string, expires: number | null): void {
    this.#set.run(key, value, expires);
  }

  delete(key: string): boolean {
    return Number(this.#delete.run(key).changes) > 0;
  }

  clear(prefix: string): void {
    this.#clearPrefix.run(prefix, prefix);
  }

  entries(prefix: string, now: number): Array<[string, string]> {
    return this.#iteratePrefix
      .all(prefix, prefix)
      .flatMap((r) => keyvRow(r) ?? [])
      .filter((r) => r.expires === null || r.expires > now)
      .map((r) => [r.key, r.value]);
  }

  purgeExpired(now: number): number {
    return Number(this.#purge.run(now).changes);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}

/**
 * A Keyv store adapter over {@link SqliteDatabase}. Keyv prefixes keys with the namespace
 * itself; this store only needs the namespace to scope `clear()` and iteration.
 */
export class SqliteStore extends EventEmitter implements KeyvStoreAdapter {
  opts: { dialect: 'sqlite'; url: string };
  namespace?: string | undefined;

  readonly #database: SqliteDatabase;
  readonly #now: () => number;

  constructor(database: SqliteDatabase, now: () => number = Date.now) {
    super();
    this.#database = database;
    this.#now = now;
    this.opts = { dialect: 'sqlite', url: `sqlite://${database.path}` };
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.#database.get(key, this.#now()) as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return keys.map((k) => this.#database.get(k, this.#now()) as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.#database.set(key, text, typeof ttl === 'number' && ttl > 0 ? this.#now() + ttl : null);
    return true;
  }

  async setMany(values: Array<{ key: string; value: unknown; ttl?: number }>): Promise<void> {
    this.#database.db.exec('BEGIN');
    try {
      for (const { key, value, ttl } of values) await this.set(key, value, ttl);
      this.#database.db.exec('COMMIT');
    } catch (error) {
      this.#database.db.exec('ROLLBACK');
      throw error;
    }
  }

  async delete(key: string): Promise<boolean> {
    return this.#database.delete(key);
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    let any = false;
    for (const key of keys) any = this.#database.delete(key) || any;
    return any;
  }

  async has(key: string): Promise<boolean> {
    return this.#database.get(key, this.#now()) !== undefined;
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    return keys.map((k) => this.#database.get(k, this.#now()) !== undefined);
  }

  async clear(): Promise<void> {
    this.#database.clear(this.namespace ? `${this.namespace}:` : '');
  }

  async *iterator<Value>(
    namespace?: string,
  ): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const prefix = namespace ? `${namespace}:` : '';
    for (const [key, value] of this.#database.entries(prefix, this.#now())) {
      yield [key, value as Awaited<Value>];
    }
  }

  async disconnect(): Promise<void> {
    // The shared database is closed by its owner (Storage.close), not per namespace.
  }
}
