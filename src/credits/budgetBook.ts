import type { RedisClientType } from '@keyv/redis';
import type Keyv from 'keyv';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { replyWithin } from '../storage/replyWithin.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';
import {
  type BudgetDay,
  budgetDaySchema,
  closeBudget,
  DAY_MS,
  emptyBudgetDay,
  reserveBudget,
} from './budget.ts';

/**
 * Where daily budgets live: one record per (scope, UTC day), where the scope is a server id or
 * `bot` for the bot-wide budget. Amounts are micro-dollars (see budget.ts).
 */
export interface BudgetBook {
  read(scope: string, day: number): Promise<BudgetDay>;
  /** Holds `amount` for the job if `limit` (null = none) leaves room; `left` is what remained otherwise. */
  reserve(
    scope: string,
    day: number,
    jobId: string,
    amount: number,
    limit: number | null,
  ): Promise<{ ok: true } | { ok: false; left: number }>;
  /** Settles (`cost`: what it cost, null = the estimate) or refunds the job's reservation; idempotent. */
  close(
    scope: string,
    day: number,
    jobId: string,
    cost: number | null | 'refund',
  ): Promise<{ held: number | undefined; spent: number }>;
}

/** Budget records outlive their day by a week: long enough for any job admitted that day to end. */
const KEEP_MS = 8 * DAY_MS;

/**
 * Budgets as Keyv records, each change a read-modify-write under a {@link KeyedMutex} per record.
 * Correct wherever the record has a single writing process: a server's budget (only the process
 * of the server's shard changes it, the same argument as the credit ledger's), and the bot-wide
 * budget when there is one process (SQLite, memory). With several shard processes the bot-wide
 * budget is shared by all of them, and a process-local lock cannot serialise them: that is
 * {@link RedisBudgetBook}'s job.
 */
export class KeyvBudgetBook implements BudgetBook {
  readonly #mutex = new KeyedMutex();
  readonly #kv: Keyv;
  readonly #prefix: string;
  readonly #logger: Logger | undefined;

  constructor(kv: Keyv, prefix = 'budget', logger?: Logger) {
    this.#kv = kv;
    this.#prefix = prefix;
    this.#logger = logger;
  }

  async read(scope: string, day: number): Promise<BudgetDay> {
    const raw: unknown = await this.#kv.get(this.#key(scope, day));
    if (raw === undefined || raw === null) return emptyBudgetDay();
    const parsed = budgetDaySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Losing a damaged day's holds can only let that day spend more than its limit, never lose credits.
    this.#logger?.error(
      { scope, day, problem: parsed.error.issues[0]?.message },
      'a stored budget is damaged; counting that day from zero',
    );
    return emptyBudgetDay();
  }

  reserve(scope: string, day: number, jobId: string, amount: number, limit: number | null) {
    return this.#mutex.run(this.#key(scope, day), async () => {
      const outcome = reserveBudget(await this.read(scope, day), jobId, amount, limit);
      if (!outcome.ok) return outcome;
      await this.#save(scope, day, outcome.day);
      return { ok: true as const };
    });
  }

  close(scope: string, day: number, jobId: string, cost: number | null | 'refund') {
    return this.#mutex.run(this.#key(scope, day), async () => {
      const before = await this.read(scope, day);
      const closed = closeBudget(before, jobId, cost);
      if (closed.day !== before) await this.#save(scope, day, closed.day);
      return { held: closed.held, spent: closed.spent };
    });
  }

  #key(scope: string, day: number): string {
    return `${this.#prefix}:${scope}:${day}`;
  }

  async #save(scope: string, day: number, value: BudgetDay): Promise<void> {
    await this.#kv.set(this.#key(scope, day), value, KEEP_MS);
  }
}

const RESERVE = `
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return {1, 0} end
local amount = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'heldTotal', 'spent')
if limit >= 0 then
  local left = limit - tonumber(state[1] or '0') - tonumber(state[2] or '0')
  if left < amount then return {0, left} end
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[1], 'heldTotal', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'reserved', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {1, 0}
`;

const CLOSE = `
local held = redis.call('HGET', KEYS[2], ARGV[1])
if not held then return {0, 0, 0} end
local spent = '0'
if ARGV[2] == 'settle' then
  if ARGV[3] == '' then spent = held else spent = ARGV[3] end
end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'heldTotal', 0 - tonumber(held))
redis.call('HINCRBY', KEYS[1], 'released', held)
redis.call('HINCRBY', KEYS[1], 'spent', spent)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return {1, tonumber(held), tonumber(spent)}
`;

const READ = `return { redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[2]) }`;

const integer = z.coerce.number().int();
const reserveReply = z.tuple([integer, integer]);
const closeReply = z.tuple([integer, integer, integer]);
const readReply = z.tuple([z.array(z.string()), z.array(z.string())]);

/** A flat HGETALL reply ([field, value, …]) as a record of integers. */
function pairs(flat: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const field = flat[i];
    if (field !== undefined) out[field] = integer.parse(flat[i + 1]);
  }
  return out;
}

/**
 * The bot-wide budget shared by every shard process over Redis. Each guild's jobs are admitted by
 * its own shard's process, so two processes can reserve against the same bot-wide day at the same
 * moment; a read-modify-write from each would let both pass a check that only one fits. Every change
 * is therefore one Lua script, which Redis runs atomically (the same reasoning as the render cap in
 * `RedisScheduler`): the check and the reservation cannot interleave with another process's.
 * State: a hash of counters (`heldTotal`, `spent`, `reserved`, `released`) and a hash of
 * reservations (job id → micro-dollars), both expiring a week after their last change.
 */
export class RedisBudgetBook implements BudgetBook {
  readonly #redis: RedisClientType;
  readonly #prefix: string;
  readonly #replyMs: number;

  constructor(redis: RedisClientType, prefix = 'clipcast:budget', replyMs = 5_000) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#replyMs = replyMs;
  }

  async read(scope: string, day: number): Promise<BudgetDay> {
    const [state, held] = readReply.parse(await this.#eval(READ, scope, day, []));
    const counters = pairs(state);
    return {
      ...emptyBudgetDay(),
      held: pairs(held),
      heldTotal: counters.heldTotal ?? 0,
      spent: counters.spent ?? 0,
      reserved: counters.reserved ?? 0,
      released: counters.released ?? 0,
    };
  }

  async reserve(scope: string, day: number, jobId: string, amount: number, limit: number | null) {
    if (!Number.isInteger(amount) || amount < 0)
      throw new RangeError('amount must be a non-negative integer');
    const args = [jobId, String(amount), String(limit ?? -1), String(KEEP_MS)];
    const [ok, left] = reserveReply.parse(await this.#eval(RESERVE, scope, day, args));
    return ok === 1 ? { ok: true as const } : { ok: false as const, left: Math.max(0, left) };
  }

  async close(scope: string, day: number, jobId: string, cost: number | null | 'refund') {
    if (typeof cost === 'number' && (!Number.isInteger(cost) || cost < 0))
      throw new RangeError('cost must be a non-negative integer');
    const mode = cost === 'refund' ? 'refund' : 'settle';
    const args = [jobId, mode, typeof cost === 'number' ? String(cost) : '', String(KEEP_MS)];
    const [found, held, spent] = closeReply.parse(await this.#eval(CLOSE, scope, day, args));
    return found === 1 ? { held, spent } : { held: undefined, spent: 0 };
  }

  #eval(script: string, scope: string, day: number, args: string[]): Promise<unknown> {
    const base = `${this.#prefix}:${scope}:${day}`;
    return replyWithin(
      this.#redis.eval(script, { keys: [base, `${base}:held`], arguments: args }),
      this.#replyMs,
      'a budget change',
    );
  }
}
