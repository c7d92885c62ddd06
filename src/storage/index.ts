import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import Keyv from 'keyv';
import { SqliteDatabase, SqliteStore } from './sqliteStore.ts';

export const NAMESPACES = ['jobs', 'accounts', 'guilds', 'settings', 'meta'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export interface Storage {
  readonly kind: 'sqlite' | 'redis' | 'memory';
  readonly kv: Record<Namespace, Keyv>;
  /** The shared Redis connection, for the cross-process scheduler (redis:// only). */
  readonly redis: RedisClientType | undefined;
  /** Resolves when storage answers; rejects otherwise (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

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
 * `redis://HOST:PORT[/DB]` (shared by shard processes) or `memory://` (tests).
 */
export async function createStorage(url: string): Promise<Storage> {
  if (url.startsWith('sqlite://')) {
    const database = new SqliteDatabase(url.slice('sqlite://'.length));
    const kv = Object.fromEntries(
      NAMESPACES.map((ns) => [ns, keyvOf(new SqliteStore(database), ns)]),
    ) as Record<Namespace, Keyv>;
    return {
      kind: 'sqlite',
      kv,
      redis: undefined,
      ping: async () => {
        database.db.prepare('SELECT 1').get();
      },
      close: async () => database.close(),
    };
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    const client = createClient({
      url,
      socket: {
        connectTimeout: 5_000,
        reconnectStrategy: (retries: number) => Math.min(retries * 200, 5_000),
      },
      disableOfflineQueue: true,
    }) as RedisClientType;
    client.on('error', () => {
      // Reconnects on its own; failures surface through the commands that need Redis and /healthz.
    });
    await client.connect();
    const kv = Object.fromEntries(
      NAMESPACES.map((ns) => [
        ns,
        keyvOf(new KeyvRedis(client, { namespace: ns, keyPrefixSeparator: ':' }), ns),
      ]),
    ) as Record<Namespace, Keyv>;
    for (const ns of NAMESPACES) kv[ns].useKeyPrefix = false;
    return {
      kind: 'redis',
      kv,
      redis: client,
      ping: async () => {
        await client.ping();
      },
      close: async () => {
        if (client.isOpen) await client.quit().catch(() => client.destroy());
      },
    };
  }
  if (url === 'memory://') {
    const maps = NAMESPACES.map((ns) => [ns, keyvOf(new Map(), ns)]);
    return {
      kind: 'memory',
      kv: Object.fromEntries(maps),
      redis: undefined,
      ping: async () => {},
      close: async () => {},
    };
  }
  throw new Error('STORAGE_URL must be sqlite://PATH, redis://HOST:PORT[/DB] or memory://');
}
