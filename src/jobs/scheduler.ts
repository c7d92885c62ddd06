import type { RedisClientType } from '@keyv/redis';
import type Keyv from 'keyv';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';

/**
 * The bot-wide render cap and the FIFO queue in front of it. A job enters the queue, and may
 * start rendering only when a slot is free and no job queued before it is still waiting.
 */
export interface RenderScheduler {
  /** Adds the job to the queue (idempotent); `order` (its creation time) keeps FIFO across restarts. */
  enqueue(jobId: string, order: number): Promise<void>;
  /** Takes a render slot for a queued job if it is its turn; true when the job holds one. */
  tryAcquire(jobId: string): Promise<boolean>;
  /** Keeps a slot for a job already rendering at Segmind (after a restart), whatever the cap. */
  hold(jobId: string): Promise<void>;
  /** Frees the job's slot and removes it from the queue. */
  release(jobId: string): Promise<void>;
  /** 1-based place among waiting jobs, or null when not queued. */
  position(jobId: string): Promise<number | null>;
  counts(): Promise<{ queued: number; rendering: number }>;
  /** Renews the leases of slots held by this process (cross-process schedulers). */
  renew(heldJobIds: readonly string[]): Promise<void>;
  /** Every job id queued or holding a slot (crash reconciliation). */
  entries(): Promise<string[]>;
}

const SCHEDULER_STATE_VERSION = 1;

/** The stored queue and holders; version 0 (no `v`) is the same shape without it. */
const localStateSchema = z.object({
  v: z.literal(SCHEDULER_STATE_VERSION).default(SCHEDULER_STATE_VERSION),
  queue: z.array(z.object({ id: z.string(), order: z.number() })),
  holders: z.array(z.string()),
});
type LocalState = z.output<typeof localStateSchema>;
const EMPTY: LocalState = { v: SCHEDULER_STATE_VERSION, queue: [], holders: [] };

/**
 * One process (SQLite or memory storage): the queue and holders live in one Keyv record,
 * changed under a mutex, so they survive restarts.
 */
export class LocalScheduler implements RenderScheduler {
  readonly #mutex = new KeyedMutex();
  readonly #kv: Keyv;
  readonly #cap: () => number;
  readonly #logger: Logger | undefined;

  constructor(kv: Keyv, cap: () => number, logger?: Logger) {
    this.#kv = kv;
    this.#cap = cap;
    this.#logger = logger;
  }

  async enqueue(jobId: string, order: number): Promise<void> {
    await this.#change((s) => {
      if (s.queue.some((e) => e.id === jobId) || s.holders.includes(jobId)) return s;
      const queue = [...s.queue, { id: jobId, order }].sort(
        (a, b) => a.order - b.order || a.id.localeCompare(b.id),
      );
      return { ...s, queue };
    });
  }

  async tryAcquire(jobId: string): Promise<boolean> {
    let granted = false;
    await this.#change((s) => {
      if (s.holders.includes(jobId)) {
        granted = true;
        return s;
      }
      const free = this.#cap() - s.holders.length;
      const rank = s.queue.findIndex((e) => e.id === jobId);
      if (free <= 0 || rank < 0 || rank >= free) return s;
      granted = true;
      return { ...s, queue: s.queue.filter((e) => e.id !== jobId), holders: [...s.holders, jobId] };
    });
    return granted;
  }

  async hold(jobId: string): Promise<void> {
    await this.#change((s) =>
      s.holders.includes(jobId)
        ? s
        : { ...s, queue: s.queue.filter((e) => e.id !== jobId), holders: [...s.holders, jobId] },
    );
  }

  async release(jobId: string): Promise<void> {
    await this.#change((s) =>
      s.queue.some((e) => e.id === jobId) || s.holders.includes(jobId)
        ? {
            ...s,
            queue: s.queue.filter((e) => e.id !== jobId),
            holders: s.holders.filter((h) => h !== jobId),
          }
        : s,
    );
  }

  async position(jobId: string): Promise<number | null> {
    const rank = (await this.#read()).queue.findIndex((e) => e.id === jobId);
    return rank < 0 ? null : rank + 1;
  }

  async counts(): Promise<{ queued: number; rendering: number }> {
    const s = await this.#read();
    return { queued: s.queue.length, rendering: s.holders.length };
  }

  async entries(): Promise<string[]> {
    const s = await this.#read();
    return [...s.queue.map((e) => e.id), ...s.holders];
  }

  async renew(): Promise<void> {}

  /** This process is the only writer, so the stored state is read once and then kept in memory. */
  #state: LocalState | undefined;

  async #read(): Promise<LocalState> {
    if (this.#state) return this.#state;
    const raw: unknown = await this.#kv.get('scheduler');
    const parsed = localStateSchema.safeParse(raw ?? EMPTY);
    if (!parsed.success) {
      // Rebuilt from the job records by reconcile(): queued jobs re-enter, rendering ones hold again.
      this.#logger?.error(
        { problem: parsed.error.issues[0]?.message },
        'the stored render queue is damaged; starting empty',
      );
    }
    this.#state = parsed.success ? parsed.data : EMPTY;
    return this.#state;
  }

  #change(f: (s: LocalState) => LocalState): Promise<void> {
    return this.#mutex.run('scheduler', async () => {
      const before = await this.#read();
      const after = f(before);
      if (after === before) return;
      await this.#kv.set('scheduler', after);
      this.#state = after;
    });
  }
}

const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZSCORE', KEYS[2], ARGV[1]) then
  redis.call('ZADD', KEYS[2], now + lease, ARGV[1])
  return 1
end
local free = tonumber(ARGV[2]) - redis.call('ZCARD', KEYS[2])
if free <= 0 then return 0 end
local rank = redis.call('ZRANK', KEYS[1], ARGV[1])
if (not rank) or rank >= free then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], now + lease, ARGV[1])
return 1
`;

const HOLD = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 2, #ARGV do
  redis.call('ZREM', KEYS[1], ARGV[i])
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), ARGV[i])
end
return 1
`;

/** COUNTS answers `{ ZCARD queue, ZCARD holders }`. */
const countsReply = z.tuple([z.coerce.number().int(), z.coerce.number().int()]);

const COUNTS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
return { redis.call('ZCARD', KEYS[1]), redis.call('ZCARD', KEYS[2]) }
`;

/**
 * Several shard processes over one Redis. The render cap is a sorted set of **leases** (job id →
 * expiry, in Redis server time) changed only by Lua scripts, which Redis runs atomically: a slot is
 * granted only when fewer than `cap` unexpired leases exist and the job is among the first free
 * places of the queue (a sorted set by creation time). Each process renews the leases of the jobs
 * it renders; when a process dies its leases lapse after `leaseMs` and the slots come back.
 * A lease was chosen over a plain counter because a counter leaks a slot for ever whenever a
 * process dies between INCR and DECR.
 */
export class RedisScheduler implements RenderScheduler {
  readonly #queue: string;
  readonly #holders: string;

  readonly #redis: RedisClientType;
  readonly #cap: () => number;
  readonly #leaseMs: number;

  constructor(redis: RedisClientType, cap: () => number, leaseMs = 90_000, prefix = 'clipcast:scheduler') {
    this.#redis = redis;
    this.#cap = cap;
    this.#leaseMs = leaseMs;
    this.#queue = `${prefix}:queue`;
    this.#holders = `${prefix}:holders`;
  }

  async enqueue(jobId: string, order: number): Promise<void> {
    if ((await this.#redis.zScore(this.#holders, jobId)) !== null) return;
    await this.#redis.zAdd(this.#queue, { score: order, value: jobId }, { condition: 'NX' });
  }

  async tryAcquire(jobId: string): Promise<boolean> {
    const result = await this.#redis.eval(ACQUIRE, {
      keys: [this.#queue, this.#holders],
      arguments: [jobId, String(this.#cap()), String(this.#leaseMs)],
    });
    return z.coerce.number().parse(result) === 1;
  }

  async hold(jobId: string): Promise<void> {
    await this.#redis.eval(HOLD, {
      keys: [this.#queue, this.#holders],
      arguments: [String(this.#leaseMs), jobId],
    });
  }

  async release(jobId: string): Promise<void> {
    await this.#redis.multi().zRem(this.#queue, jobId).zRem(this.#holders, jobId).exec();
  }

  async position(jobId: string): Promise<number | null> {
    const rank = await this.#redis.zRank(this.#queue, jobId);
    return rank === null ? null : Number(rank) + 1;
  }

  async counts(): Promise<{ queued: number; rendering: number }> {
    const [queued, rendering] = countsReply.parse(
      await this.#redis.eval(COUNTS, { keys: [this.#queue, this.#holders] }),
    );
    return { queued, rendering };
  }

  async entries(): Promise<string[]> {
    const [queued, holders] = await Promise.all([
      this.#redis.zRange(this.#queue, 0, -1),
      this.#redis.zRange(this.#holders, 0, -1),
    ]);
    return [...queued, ...holders];
  }

  async renew(heldJobIds: readonly string[]): Promise<void> {
    if (heldJobIds.length === 0) return;
    await this.#redis.eval(HOLD, {
      keys: [this.#queue, this.#holders],
      arguments: [String(this.#leaseMs), ...heldJobIds],
    });
  }
}
