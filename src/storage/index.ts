import type { RedisClientType } from '@keyv/redis';
import Keyv from 'keyv';
import { StorageStartupError } from './errors.ts';
import type { RedisTiming } from './redisOpen.ts';
import { openSqlite } from './sqliteOpen.ts';
import { SqliteStore } from './sqliteStore.ts';

export {
  isStorageUnavailable,
  type StorageFailure,
  StorageStartupError,
} from './errors.ts';

const NAMESPACES = ['jobs', 'accounts', 'guilds', 'settings', 'meta'] as const;
type Namespace = (typeof NAMESPACES)[number];

export interface Storage {
  readonly kind: 'sqlite' | 'redis' | 'memory';
  /** What is in use, for the startup banner: a file path or HOST:PORT/DB (never a password). */
  readonly where: string;
  readonly kv: Record<Namespace, Keyv>;
  /** The shared Redis connection, for the cross-process scheduler (redis:// only). */
  readonly redis: RedisClientType | undefined;
  /** Resolves when storage answers; rejects otherwise (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

interface StorageOptions {
  /** How long opening may take before it fails with a sentence (4 s; tests pass less). */
  startupDeadlineMs?: number;
  /** The working tree: relative SQLite paths start here, and only its `data` folder may be created. */
  cwd?: string;
  /**
   * Whether this process must be the only one on a SQLite file (true: the bot). Short-lived tools
   * that run beside the bot (sync-commands) pass false. No effect on redis:// or memory://.
   */
  exclusive?: boolean;
  /** Redis reconnect and command timing (tests shorten it). */
  redis?: Partial<RedisTiming>;
}

/**
 * How long storage gets to answer at start-up: 4 s, so that with the process's own start-up
 * (~0.5 s) a bot whose storage cannot be reached has stopped, with its sentence, within 5 s.
 */
const STARTUP_DEADLINE_MS = 4_000;

/**
 * Values are plain JSON (no Buffers, Dates or BigInts), so the native JSON functions serialise
 * them: several times faster than Keyv's default serialiser, which dominated CPU in a burst.
 */
const serialize = (data: unknown) => JSON.stringify(data);
const deserialize = (text: unknown) => (typeof text === 'string' ? JSON.parse(text) : text);

function keyvOf(store: unknown, namespace: string): Keyv {
  return new Keyv({ store, namespace, throwOnErrors: true, serialize, deserialize } as never);
}

/**
 * Builds Keyv namespaces from STORAGE_URL: `sqlite://PATH` (Node's built-in SQLite, the default),
 * `redis://HOST:PORT[/DB]` (shared by shard processes) or `memory://` (tests). Returns within
 * the start-up deadline or throws a {@link StorageStartupError} naming STORAGE_URL and the fix.
 */
export async function createStorage(url: string, options: StorageOptions = {}): Promise<Storage> {
  if (url.startsWith('sqlite://')) return sqliteStorage(url.slice('sqlite://'.length), options);
  if (url.startsWith('redis://') || url.startsWith('rediss://')) return redisStorage(url, options);
  if (url === 'memory://') {
    const maps = NAMESPACES.map((ns) => [ns, keyvOf(new Map(), ns)]);
    return {
      kind: 'memory',
      where: 'memory',
      kv: Object.fromEntries(maps),
      redis: undefined,
      ping: async () => {},
      close: async () => {},
    };
  }
  throw new StorageStartupError(
    'invalid-url',
    'STORAGE_URL must be sqlite://PATH, redis://HOST:PORT[/DB] or memory://: correct it (the default is sqlite://data/clipcast.sqlite).',
  );
}

function sqliteStorage(location: string, options: StorageOptions): Storage {
  const { database, close } = openSqlite(location, {
    cwd: options.cwd ?? process.cwd(),
    exclusive: options.exclusive ?? true,
  });
  const kv = Object.fromEntries(
    NAMESPACES.map((ns) => [ns, keyvOf(new SqliteStore(database), ns)]),
  ) as Record<Namespace, Keyv>;
  return {
    kind: 'sqlite',
    where: database.path,
    kv,
    redis: undefined,
    ping: async () => {
      database.db.prepare('SELECT 1').get();
    },
    close: async () => close(),
  };
}

async function redisStorage(url: string, options: StorageOptions): Promise<Storage> {
  // Loaded only for redis:// (the Redis client is several megabytes of memory an SQLite bot never needs).
  const [{ defaultRedisTiming, openRedis, redisTarget }, { RedisStore }, { replyWithin }] = await Promise.all(
    [import('./redisOpen.ts'), import('./redisStore.ts'), import('./replyWithin.ts')],
  );
  const timing = { ...defaultRedisTiming, ...options.redis };
  const client = await openRedis(url, options.startupDeadlineMs ?? STARTUP_DEADLINE_MS, timing);
  const target = redisTarget(url);
  const kv = Object.fromEntries(
    NAMESPACES.map((ns) => [ns, keyvOf(new RedisStore(client, ns, timing.replyTimeoutMs), ns)]),
  ) as Record<Namespace, Keyv>;
  for (const ns of NAMESPACES) kv[ns].useKeyPrefix = false;
  return {
    kind: 'redis',
    where: `${target.where}/${target.db}`,
    kv,
    redis: client,
    ping: async () => {
      await replyWithin(client.ping(), timing.replyTimeoutMs, 'a ping');
    },
    close: async () => {
      if (!client.isOpen) return;
      // QUIT is queued even while offline and would then wait for ever: only a live
      // connection says goodbye, within the reply deadline.
      if (client.isReady) {
        const said = await replyWithin(client.quit(), timing.replyTimeoutMs, 'QUIT').then(
          () => true,
          () => false,
        );
        if (said) return;
      }
      try {
        client.destroy();
      } catch {
        // closed meanwhile
      }
    },
  };
}
