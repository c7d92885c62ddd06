import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BudgetDay,
  closeBudget,
  DAY_MS,
  emptyBudgetDay,
  isBudgetConserved,
  nextDayAt,
  remaining,
  reserveBudget,
} from '../../src/credits/budget.ts';
import { type BudgetBook, KeyvBudgetBook, RedisBudgetBook } from '../../src/credits/budgetBook.ts';
import { Budgets } from '../../src/credits/budgets.ts';
import { createStorage, type Storage } from '../../src/storage/index.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';

type Op =
  | { op: 'reserve'; job: number; amount: number }
  | { op: 'settle'; job: number; cost: number | null }
  | { op: 'refund'; job: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('reserve' as const), job: fc.nat(9), amount: fc.nat(900_000) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('settle' as const),
      job: fc.nat(9),
      cost: fc.option(fc.nat(1_200_000), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('refund' as const), job: fc.nat(9) }) },
);
const limitArb = fc.option(fc.nat(5_000_000), { nil: null });

/** The model: runs one op on a day, checking what every op must guarantee. */
function step(day: BudgetDay, op: Op, limit: number | null): { day: BudgetDay; granted?: boolean } {
  const job = `j${op.job}`;
  if (op.op === 'reserve') {
    const before = remaining(day, limit);
    const outcome = reserveBudget(day, job, op.amount, limit);
    if (!outcome.ok) {
      // Refused only when the limit cannot cover it, and then nothing changes.
      expect(before).not.toBeNull();
      expect(before as number).toBeLessThan(op.amount);
      return { day, granted: false };
    }
    if (day.held[job] === undefined && limit !== null)
      expect(outcome.day.spent + outcome.day.heldTotal).toBeLessThanOrEqual(limit);
    return { day: outcome.day, granted: true };
  }
  const held = day.held[job];
  const closed = closeBudget(day, job, op.op === 'refund' ? 'refund' : op.cost);
  if (held === undefined) expect(closed.day).toBe(day);
  else if (op.op === 'refund') expect(closed.day.spent).toBe(day.spent);
  else expect(closed.day.spent).toBe(day.spent + (op.cost ?? held));
  return { day: closed.day };
}

describe('budget arithmetic (property-based)', () => {
  it('any sequence of reserve / settle / refund conserves the reservations and never admits past the limit', () => {
    fc.assert(
      fc.property(limitArb, fc.array(opArb, { maxLength: 80 }), (limit, ops) => {
        let day = emptyBudgetDay();
        for (const op of ops) {
          day = step(day, op, limit).day;
          expect(isBudgetConserved(day)).toBe(true);
          if (limit !== null)
            expect(limit).toBe(day.spent + day.heldTotal + (remaining(day, limit) as number));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('settles at the reported cost or the estimate, refunds nothing spent, and is idempotent', () => {
    let day = emptyBudgetDay();
    for (const job of ['a', 'b', 'c']) {
      const r = reserveBudget(day, job, 500_000, 2_000_000);
      if (!r.ok) throw new Error('refused');
      day = r.day;
    }
    day = closeBudget(day, 'a', 370_000).day;
    day = closeBudget(day, 'b', null).day;
    day = closeBudget(day, 'c', 'refund').day;
    expect(day).toMatchObject({ spent: 870_000, heldTotal: 0, reserved: 1_500_000, released: 1_500_000 });
    expect(closeBudget(day, 'a', 999_999).day).toBe(day);
    const refused = reserveBudget(day, 'd', 1_200_000, 2_000_000);
    expect(refused).toEqual({ ok: false, left: 1_130_000 });
  });

  it('starts each UTC day afresh', () => {
    const evening = Date.UTC(2026, 2, 14, 23, 59, 59, 999);
    expect(nextDayAt(evening)).toBe(Date.UTC(2026, 2, 15));
    expect(nextDayAt(Date.UTC(2026, 2, 15))).toBe(Date.UTC(2026, 2, 16));
    expect(Date.UTC(2026, 2, 16) - Date.UTC(2026, 2, 15)).toBe(DAY_MS);
  });
});

/** Runs the same operations on a stored book and on the model: same state, same answers. */
function bookSuite(
  name: string,
  open: () => Promise<{ book: BudgetBook; second?: BudgetBook; close(): Promise<void> }>,
) {
  describe(`budget book on ${name}`, () => {
    let opened: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => opened.close());

    it('agrees with the model on random sequences, and stays conserved', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(limitArb, fc.array(opArb, { maxLength: 25 }), async (limit, ops) => {
          const scope = `s${run++}`;
          let model = emptyBudgetDay();
          for (const op of ops) {
            const next = step(model, op, limit);
            const job = `j${op.job}`;
            if (op.op === 'reserve') {
              const stored = await opened.book.reserve(scope, 7, job, op.amount, limit);
              expect(stored.ok).toBe(next.granted);
            } else {
              const held = model.held[job];
              const stored = await opened.book.close(scope, 7, job, op.op === 'refund' ? 'refund' : op.cost);
              expect(stored.held).toBe(held);
            }
            model = next.day;
          }
          const stored = await opened.book.read(scope, 7);
          expect(stored).toEqual(model);
          expect(isBudgetConserved(stored)).toBe(true);
        }),
        { numRuns: 40 },
      );
    });

    it('forty simultaneous reservations from two processes against a limit for seven grant exactly seven', async () => {
      const books = [opened.book, opened.second ?? opened.book];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (books[i % 2] as BudgetBook).reserve('race', 3, `job${i}`, 500_000, 3_500_000),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(7);
      const day = await opened.book.read('race', 3);
      expect(day.heldTotal).toBe(3_500_000);
      expect(isBudgetConserved(day)).toBe(true);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'clipcast-budget-'));
bookSuite('SQLite', async () => {
  const storage = await createStorage(`sqlite://${join(dir, 'budget.sqlite')}`);
  return { book: new KeyvBudgetBook(storage.kv.meta), close: () => storage.close() };
});

describe.skipIf(!redisAvailable)('on a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  // Two connections stand for two shard processes sharing the bot-wide budget.
  bookSuite('Redis', async () => {
    const a = await createStorage(redis.url);
    const b = await createStorage(redis.url);
    if (!a.redis || !b.redis) throw new Error('no Redis client');
    return {
      book: new RedisBudgetBook(a.redis),
      second: new RedisBudgetBook(b.redis),
      close: async () => {
        await a.close();
        await b.close();
      },
    };
  });
  // A server's own budget is written only by the process of the shard that owns the server: a
  // Keyv book over the same Redis, as production runs it.
  bookSuite('Redis, Keyv (a server’s budget)', async () => {
    const storage = await createStorage(`${redis.url}/2`);
    return { book: new KeyvBudgetBook(storage.kv.guilds), close: () => storage.close() };
  });
});

describe('both budgets together', () => {
  let storage: Storage;
  const open = () =>
    new Budgets({
      bot: new KeyvBudgetBook(storage.kv.meta),
      guilds: new KeyvBudgetBook(storage.kv.guilds),
      policy: { pricePerSecondUsd: 0.1, botDailyUsd: 1 },
    });
  beforeAll(async () => {
    storage = await createStorage(`sqlite://${join(dir, 'both.sqlite')}`);
  });
  afterAll(async () => storage.close());

  it('refuses on the server’s budget first, then on the bot-wide one, and says when each resets', async () => {
    const noon = Date.UTC(2026, 4, 1, 12);
    const budgets = open();
    const server = { dailyBudgetUsd: 0.6 };
    expect(await budgets.reserve('g1', server, 'a', 5, noon)).toBeNull();
    const refusal = await budgets.reserve('g1', server, 'b', 3, noon);
    expect(refusal).toEqual({
      reason: 'budget',
      scope: 'server',
      resetAt: Date.UTC(2026, 4, 2),
      leftUsd: 0.1,
      needUsd: 0.3,
      minUsd: 0.3,
    });
    expect(await budgets.reserve('g2', { dailyBudgetUsd: null }, 'c', 5, noon)).toBeNull();
    const bot = await budgets.check('g3', { dailyBudgetUsd: null }, 3, noon);
    expect(bot).toMatchObject({ scope: 'bot', leftUsd: 0, resetAt: Date.UTC(2026, 4, 2) });
    // Settled below the estimate, the difference comes back to both budgets.
    await budgets.close('g1', 'a', noon, 0.2);
    expect(await budgets.check('g3', { dailyBudgetUsd: null }, 3, noon)).toBeNull();
    expect(await budgets.today('g1', server, noon)).toMatchObject({
      spentUsd: 0.2,
      heldUsd: 0,
      leftUsd: 0.4,
    });
  });

  it('keeps a day’s spend across a restart and starts the next UTC day with the whole budget', async () => {
    const late = Date.UTC(2026, 4, 3, 23, 59);
    const first = open();
    expect(await first.reserve('g4', { dailyBudgetUsd: 0.5 }, 'x', 5, late)).toBeNull();
    await first.close('g4', 'x', late, null);
    const restarted = open();
    expect(await restarted.check('g4', { dailyBudgetUsd: 0.5 }, 3, late + 30_000)).toMatchObject({
      scope: 'server',
      resetAt: Date.UTC(2026, 4, 4),
    });
    expect(await restarted.check('g4', { dailyBudgetUsd: 0.5 }, 5, Date.UTC(2026, 4, 4))).toBeNull();
  });

  it('closes a reservation against the day it was made, even when it ends the next day', async () => {
    const late = Date.UTC(2026, 4, 5, 23, 59);
    const budgets = open();
    expect(await budgets.reserve('g5', { dailyBudgetUsd: 1 }, 'y', 10, late)).toBeNull();
    await budgets.close('g5', 'y', late, 0.9);
    expect(await budgets.today('g5', { dailyBudgetUsd: 1 }, late)).toMatchObject({
      spentUsd: 0.9,
      heldUsd: 0,
    });
    expect(await budgets.today('g5', { dailyBudgetUsd: 1 }, Date.UTC(2026, 4, 6, 0, 1))).toMatchObject({
      spentUsd: 0,
      leftUsd: 1,
    });
  });
});
