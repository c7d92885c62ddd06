import type Keyv from 'keyv';
import { KeyedMutex } from '../util/keyedMutex.ts';
import type { JobRecord } from './record.ts';

/** How many job ids a member's history keeps (newest first); older ones drop off. */
const HISTORY_LIMIT = 100;

const JOB_ID = /^[a-f0-9]{16}$/;

/**
 * Each member's job ids in one server, newest first (`history:<guild>:<user>`), written when a job
 * is created. Longer than the ten `recentJobs` an account keeps, and separate from it so admissions
 * do not read a hundred ids each time. Read-modify-write runs under a per-member lock; like the
 * ledger, that is enough because a guild's jobs are only created by the process of its shard.
 */
export class JobHistory {
  readonly #kv: Keyv;
  readonly #mutex = new KeyedMutex();

  constructor(kv: Keyv) {
    this.#kv = kv;
  }

  async add(job: Pick<JobRecord, 'id' | 'guildId' | 'userId'>): Promise<void> {
    const key = this.#key(job.guildId, job.userId);
    await this.#mutex.run(key, async () => {
      const ids = await this.#read(key);
      if (ids[0] === job.id) return;
      await this.#kv.set(key, [job.id, ...ids.filter((id) => id !== job.id)].slice(0, HISTORY_LIMIT));
    });
  }

  /** The member's job ids, newest first (anything unreadable in storage is skipped). */
  list(guildId: string, userId: string): Promise<string[]> {
    return this.#read(this.#key(guildId, userId));
  }

  async #read(key: string): Promise<string[]> {
    const raw: unknown = await this.#kv.get(key);
    return Array.isArray(raw)
      ? raw.filter((id): id is string => typeof id === 'string' && JOB_ID.test(id))
      : [];
  }

  #key(guildId: string, userId: string): string {
    return `history:${guildId}:${userId}`;
  }
}
