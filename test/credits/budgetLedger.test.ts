import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConserved } from '../../src/credits/account.ts';
import { type BudgetBook, KeyvBudgetBook, RedisBudgetBook } from '../../src/credits/budgetBook.ts';
import { Budgets } from '../../src/credits/budgets.ts';
import { Journal } from '../../src/credits/journal.ts';
import { Ledger } from '../../src/credits/ledger.ts';
import { SettingsStore } from '../../src/credits/settings.ts';
import { newJob } from '../../src/jobs/newJob.ts';
import { reconcile } from '../../src/jobs/reconcile.ts';
import type { JobRecord } from '../../src/jobs/record.ts';
import { LocalScheduler } from '../../src/jobs/scheduler.ts';
import { JobStore } from '../../src/jobs/store.ts';
import { createLogger } from '../../src/logger.ts';
import { createStorage, type Storage } from '../../src/storage/index.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';
import { TestClock } from '../support/testClock.ts';

const logger = createLogger({ level: 'silent', secrets: [], pretty: false });

/** The ledger with both budgets and the journal, as the bot wires them. */
function ledgerSuite(name: string, open: () => Promise<{ storage: Storage; bot: BudgetBook }>) {
  describe(`the ledger with money budgets on ${name}`, () => {
    let storage: Storage;
    let clock: TestClock;
    let ledger: Ledger;
    let settings: SettingsStore;
    let journal: Journal;
    beforeAll(async () => {
      const opened = await open();
      storage = opened.storage;
      clock = new TestClock(1, Date.UTC(2026, 5, 1, 8));
      settings = new SettingsStore(storage.kv.settings);
      journal = new Journal(storage.kv.guilds);
      ledger = new Ledger({
        accounts: storage.kv.accounts,
        guilds: storage.kv.guilds,
        settings,
        clock,
        budgets: new Budgets({
          bot: opened.bot,
          guilds: new KeyvBudgetBook(storage.kv.guilds),
          policy: { pricePerSecondUsd: 0.1, botDailyUsd: 2 },
        }),
        journal,
      });
    });
    afterAll(async () => storage.close());

    it('twenty simultaneous requests against a server budget for three grant exactly three, charging the others nothing', async () => {
      const guild = `g-${name}-race`;
      await settings.update(guild, { maxJobsPerUser: 50, maxJobsPerGuild: 50, dailyBudgetUsd: 1.5 });
      await ledger.grant(guild, 'u', 100, 'mod');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          ledger.admit({ guildId: guild, userId: 'u', jobId: `job${i}`, duration: 5 }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.refusal.reason === 'budget')).toBe(true);
      const account = await ledger.peek(guild, 'u');
      expect(account.balance).toBe(130 - 15);
      expect(Object.keys(account.reserved)).toHaveLength(3);
      expect(Object.keys(await ledger.activeJobs(guild))).toHaveLength(3);
      expect(isConserved(account)).toBe(true);
      for (let i = 0; i < 20; i++) await ledger.refund(guild, 'u', `job${i}`, 'test');
      expect(await ledger.money.budgets?.today(guild, await settings.get(guild), clock.now())).toMatchObject({
        spentUsd: 0,
        heldUsd: 0,
        leftUsd: 1.5,
      });
    });

    it('a bot-wide refusal leaves no active job, no reservation and no journal entry behind', async () => {
      const guild = `g-${name}-bot`;
      await settings.update(guild, { maxJobsPerUser: 50, maxJobsPerGuild: 50 });
      const ok = await ledger.admit({ guildId: guild, userId: 'u', jobId: 'big', duration: 10 });
      expect(ok.ok).toBe(true);
      const second = await ledger.admit({ guildId: guild, userId: 'u', jobId: 'big2', duration: 10 });
      expect(second.ok).toBe(true);
      const refused = await ledger.admit({ guildId: guild, userId: 'u', jobId: 'over', duration: 3 });
      expect(refused).toMatchObject({ ok: false, refusal: { reason: 'budget', scope: 'bot', leftUsd: 0 } });
      expect(Object.keys(await ledger.activeJobs(guild)).sort()).toEqual(['big', 'big2']);
      expect((await ledger.peek(guild, 'u')).reserved).toEqual({ big: 10, big2: 10 });
      const today = Math.floor(clock.now() / 86_400_000);
      expect((await journal.day(guild, today)).map((e) => e.jobId)).toEqual(['big', 'big2']);
      await ledger.refund(guild, 'u', 'big', 'test');
      await ledger.refund(guild, 'u', 'big2', 'test');
    });

    it('reconcile settles the budgets of jobs that ended while the bot was down: at the reported cost, released when Segmind billed nothing, spent when it did', async () => {
      const guild = `g-${name}-reconcile`;
      await settings.update(guild, { dailyBudgetUsd: 1.5, maxJobsPerUser: 5 });
      const store = new JobStore(storage.kv.jobs);
      const jobs: Record<string, JobRecord> = {};
      // Delivered (Segmind reported $0.42), FAILED at Segmind (not billed), and cancelled mid-render
      // (Segmind renders and bills it anyway: the estimate counts as spent).
      for (const [id, state, code] of [
        ['aaaaaaaaaaaaaaaa', 'done', null],
        ['bbbbbbbbbbbbbbbb', 'failed', 'render_failed'],
        ['cccccccccccccccc', 'failed', 'cancelled'],
      ] as const) {
        expect((await ledger.admit({ guildId: guild, userId: 'u', jobId: id, duration: 5 })).ok).toBe(true);
        const job = newJob({
          id,
          guildId: guild,
          channelId: 'c',
          userId: 'u',
          origin: 'command',
          parentId: null,
          input: { prompt: 'p', aspectRatio: '16:9', duration: 5, seed: 1, imageUrls: [], videoUrl: null },
          cost: 5,
          now: clock.now(),
          locale: 'en-US',
          interaction: {
            applicationId: '1',
            token: 't',
            issuedAt: clock.now(),
            attachmentSizeLimit: 1,
            appPermissions: '0',
          },
          statusMessageId: null,
        });
        jobs[id] = {
          ...job,
          state,
          segmind: { requestId: `r-${id}`, statusUrl: 's', responseUrl: 'r', submittedAt: clock.now() },
          render: { seconds: state === 'done' ? 40 : null, costUsd: state === 'done' ? 0.42 : null },
          failure: code ? { code, detail: '' } : null,
        };
        await store.put(jobs[id]);
      }
      const before = await ledger.money.budgets?.today(guild, await settings.get(guild), clock.now());
      expect(before).toMatchObject({ heldUsd: 1.5, leftUsd: 0 });
      const resumed = await reconcile({
        guildIds: [guild],
        reservations: ledger,
        store,
        scheduler: new LocalScheduler(storage.kv.meta, () => 5),
        logger,
      });
      expect(resumed).toEqual([]);
      const after = await ledger.money.budgets?.today(guild, await settings.get(guild), clock.now());
      expect(after).toMatchObject({ spentUsd: 0.92, heldUsd: 0, leftUsd: 0.58 });
      const entries = await journal.day(guild, Math.floor(clock.now() / 86_400_000));
      expect(entries.map((e) => [e.kind, e.jobId, e.credits, e.usd, e.usdSource])).toEqual([
        ['reserve', 'aaaaaaaaaaaaaaaa', 5, 500_000, 'estimate'],
        ['reserve', 'bbbbbbbbbbbbbbbb', 5, 500_000, 'estimate'],
        ['reserve', 'cccccccccccccccc', 5, 500_000, 'estimate'],
        ['settle', 'aaaaaaaaaaaaaaaa', 5, 420_000, 'segmind'],
        ['refund', 'bbbbbbbbbbbbbbbb', 5, 0, 'unbilled'],
        ['refund', 'cccccccccccccccc', 5, 500_000, 'estimate'],
      ]);
      expect(await ledger.activeJobs(guild)).toEqual({});
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'clipcast-budget-ledger-'));
ledgerSuite('SQLite', async () => {
  const storage = await createStorage(`sqlite://${join(dir, 'ledger.sqlite')}`);
  return { storage, bot: new KeyvBudgetBook(storage.kv.meta) };
});

describe.skipIf(!redisAvailable)('on a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  ledgerSuite('Redis', async () => {
    const storage = await createStorage(redis.url);
    if (!storage.redis) throw new Error('no Redis client');
    return { storage, bot: new RedisBudgetBook(storage.redis) };
  });
});
