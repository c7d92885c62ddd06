import KeyvRedis, { type RedisClientType } from '@keyv/redis';
import { replyWithin } from './replyWithin.ts';

type Entries = Parameters<KeyvRedis<string>['setMany']>[0];

/**
 * The Keyv adapter for one namespace of the shared Redis client. Errors are thrown rather than
 * read as "no value" (the adapter's default would drop writes silently during an outage), and
 * every call has a reply deadline so a hung Redis surfaces as unavailable instead of a hang.
 */
export class RedisStore extends KeyvRedis<string> {
  readonly #replyMs: number;

  constructor(client: RedisClientType, namespace: string, replyMs: number) {
    super(client, { namespace, keyPrefixSeparator: ':', throwOnErrors: true });
    this.#replyMs = replyMs;
  }

  override get<U = string>(key: string): Promise<U | undefined> {
    return replyWithin(super.get<U>(key), this.#replyMs, 'a read');
  }

  override getMany<U = string>(keys: string[]): Promise<Array<U | undefined>> {
    return replyWithin(super.getMany<U>(keys), this.#replyMs, 'a read');
  }

  override set(key: string, value: string, ttl?: number): Promise<void> {
    return replyWithin(super.set(key, value, ttl), this.#replyMs, 'a write');
  }

  override setMany(entries: Entries): Promise<void> {
    return replyWithin(super.setMany(entries), this.#replyMs, 'a write');
  }

  override has(key: string): Promise<boolean> {
    return replyWithin(super.has(key), this.#replyMs, 'a read');
  }

  override hasMany(keys: string[]): Promise<boolean[]> {
    return replyWithin(super.hasMany(keys), this.#replyMs, 'a read');
  }

  override delete(key: string): Promise<boolean> {
    return replyWithin(super.delete(key), this.#replyMs, 'a delete');
  }

  override deleteMany(keys: string[]): Promise<boolean> {
    return replyWithin(super.deleteMany(keys), this.#replyMs, 'a delete');
  }

  override clear(): Promise<void> {
    return replyWithin(super.clear(), this.#replyMs, 'a clear');
  }
}
