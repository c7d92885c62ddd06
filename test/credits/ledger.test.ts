import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Account,
  grant,
  isConserved,
  openAccount,
  refill,
  refund,
  reserve,
  resetAccount,
  setBalance,
  settle,
} from '../../src/credits/account.ts';
import { Ledger } from '../../src/credits/ledger.ts';
import { SettingsStore } from '../../src/credits/settings.ts';
import { createStorage, type Storage } from '../../src/storage/index.ts';
import { findBlockedWord } from '../../src/text/filter.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';
import { TestClock } from '../support/testClock.ts';

const period = { allowance: 30, periodMs: 86_400_000 };

type Op =
  | { op: 'reserve'; job: number; cost: number }
  | { op: 'settle'; job: number }
  | { op: 'refund'; job: number }
  | { op: 'grant'; amount: number }
  | { op: 'set'; amount: number }
  | { op: 'reset' }
  | { op: 'time'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('reserve' as const), job: fc.nat(8), cost: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ op: fc.constant('settle' as const), job: fc.nat(8) }),
  fc.record({ op: fc.constant('refund' as const), job: fc.nat(8) }),
  fc.record({ op: fc.constant('grant' as const), amount: fc.integer({ min: -100, max: 100 }) }),
  fc.record({ op: fc.constant('set' as const), amount: fc.nat(200) }),
  fc.record({ op: fc.constant('reset' as const) }),
  fc.record({ op: fc.constant('time' as const), ms: fc.integer({ min: 0, max: 3 * 86_400_000 }) }),
);

describe('account arithmetic (property-based)', () => {
  it('any sequence of reserve / settle / refund / grant / set / reset / refill conserves credits and never goes negative', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        let now = 0;
        let account: Account = openAccount(now, period);
        for (const op of ops) {
          switch (op.op) {
            case 'reserve':
              if (account.balance >= op.cost) account = reserve(account, `j${op.job}`, op.cost, now);
              else expect(() => reserve(account, `j${op.job}x`, op.cost, now)).toThrow();
              break;
            case 'settle':
              account = settle(account, `j${op.job}`, now);
              break;
            case 'refund':
              account = refund(account, `j${op.job}`, now);
              break;
            case 'grant':
              account = grant(account, op.amount, now, 'mod');
              break;
            case 'set':
              account = setBalance(account, op.amount, now, 'mod');
              break;
            case 'reset':
              account = resetAccount(account, now, period, 'mod');
              break;
            case 'time':
              now += op.ms;
              account = refill(account, now, period);
              break;
          }
          expect(isConserved(account)).toBe(true);
          expect(account.balance).toBeGreaterThanOrEqual(0);
          expect(account.log.length).toBeLessThanOrEqual(50);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('settle and refund are idempotent: a second call changes nothing', () => {
    const a = reserve(openAccount(0, period), 'j', 10, 0);
    const settled = settle(a, 'j', 1);
    expect(settle(settled, 'j', 2)).toBe(settled);
    expect(refund(settled, 'j', 2)).toBe(settled);
    expect(settled.settled).toBe(10);
    expect(settled.balance).toBe(20);
  });

  it('refill tops the balance up to the allowance once per elapsed period, keeping extra credits', () => {
    let a = reserve(openAccount(0, period), 'j', 25, 0);
    a = refill(a, period.periodMs - 1, period);
    expect(a.balance).toBe(5);
    a = refill(a, period.periodMs, period);
    expect(a.balance).toBe(30);
    expect(a.periodStart).toBe(period.periodMs);
    a = grant(a, 50, period.periodMs, 'mod');
    a = refill(a, 5 * period.periodMs, period);
    expect(a.balance).toBe(80);
    expect(a.periodStart).toBe(5 * period.periodMs);
  });
});

describe('blocked words', () => {
  it('matches whole words, ignoring case and accents', () => {
    expect(findBlockedWord('A CAFÉ at night', ['cafe'])).toBe('cafe');
    expect(findBlockedWord('a cafeteria', ['cafe'])).toBeUndefined();
    expect(findBlockedWord('gore-fest', ['gore'])).toBe('gore');
    expect(findBlockedWord('blood  bath now', ['blood bath'])).toBe('blood bath');
    expect(findBlockedWord('nothing here', ['', '  '])).toBeUndefined();
    expect(findBlockedWord('(a+b)*', ['a+b'])).toBe('a+b');
  });
});

function ledgerSuite(name: string, open: () => Promise<Storage>) {
  describe(`Ledger on ${name}`, () => {
    let storage: Storage;
    let clock: TestClock;
    let ledger: Ledger;
    let settings: SettingsStore;
    beforeAll(async () => {
      storage = await open();
      clock = new TestClock(1);
      settings = new SettingsStore(storage.kv.settings);
      ledger = new Ledger({ accounts: storage.kv.accounts, guilds: storage.kv.guilds, settings, clock });
    });
    afterAll(async () => storage.close());

    it('twenty simultaneous requests with a balance for three yield exactly three admissions', async () => {
      const guild = `g-${name}-concurrency`;
      await settings.update(guild, { maxJobsPerUser: 50, maxJobsPerGuild: 50 });
      await ledger.setBalance(guild, 'u1', 15, 'mod');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          ledger.admit({ guildId: guild, userId: 'u1', jobId: `job${i}`, duration: 5 }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      const refused = results.filter((r) => !r.ok);
      expect(refused).toHaveLength(17);
      expect(refused.every((r) => !r.ok && r.refusal.reason === 'balance')).toBe(true);
      const account = await ledger.peek(guild, 'u1');
      expect(account.balance).toBe(0);
      expect(Object.keys(account.reserved)).toHaveLength(3);
      expect(isConserved(account)).toBe(true);
      expect(Object.keys(await ledger.activeJobs(guild))).toHaveLength(3);
    });

    it('settles once, refunds once, and clears the guild’s active jobs', async () => {
      const guild = `g-${name}-close`;
      await ledger.admit({ guildId: guild, userId: 'u', jobId: 'a', duration: 5 });
      await ledger.admit({ guildId: guild, userId: 'u', jobId: 'b', duration: 10 });
      await Promise.all([
        ledger.settle(guild, 'u', 'a'),
        ledger.settle(guild, 'u', 'a'),
        ledger.refund(guild, 'u', 'b'),
        ledger.refund(guild, 'u', 'b'),
      ]);
      const account = await ledger.peek(guild, 'u');
      expect(account.balance).toBe(25);
      expect(account.settled).toBe(5);
      expect(isConserved(account)).toBe(true);
      expect(await ledger.activeJobs(guild)).toEqual({});
    });

    it('refuses by cooldown, per-user cap and per-server cap, saying when to retry', async () => {
      const guild = `g-${name}-limits`;
      await settings.update(guild, { cooldownSeconds: 60, maxJobsPerUser: 1, maxJobsPerGuild: 2 });
      expect((await ledger.admit({ guildId: guild, userId: 'a', jobId: 'j1', duration: 3 })).ok).toBe(true);
      const cooldown = await ledger.admit({ guildId: guild, userId: 'a', jobId: 'j2', duration: 3 });
      expect(
        cooldown.ok === false &&
          cooldown.refusal.reason === 'cooldown' &&
          cooldown.refusal.retryAt > clock.now(),
      ).toBe(true);
      await settings.update(guild, { cooldownSeconds: 0 });
      const userCap = await ledger.admit({ guildId: guild, userId: 'a', jobId: 'j3', duration: 3 });
      expect(userCap.ok === false && userCap.refusal.reason).toBe('user_jobs');
      expect((await ledger.admit({ guildId: guild, userId: 'b', jobId: 'j4', duration: 3 })).ok).toBe(true);
      const guildCap = await ledger.admit({ guildId: guild, userId: 'c', jobId: 'j5', duration: 3 });
      expect(guildCap.ok === false && guildCap.refusal.reason).toBe('guild_jobs');
    });

    it('a parked job (rendered, waiting to retry its download) keeps its credits but no place in the caps', async () => {
      const guild = `g-${name}-parked`;
      await settings.update(guild, { maxJobsPerUser: 1, maxJobsPerGuild: 1 });
      expect((await ledger.admit({ guildId: guild, userId: 'a', jobId: 'p1', duration: 3 })).ok).toBe(true);
      const blocked = await ledger.admit({ guildId: guild, userId: 'a', jobId: 'p2', duration: 3 });
      expect(blocked.ok === false && blocked.refusal.reason).toBe('user_jobs');
      await ledger.park(guild, 'p1');
      await ledger.park(guild, 'p1');
      await ledger.park(guild, 'not-open');
      expect((await ledger.admit({ guildId: guild, userId: 'a', jobId: 'p2', duration: 3 })).ok).toBe(true);
      const account = await ledger.peek(guild, 'a');
      expect(Object.keys(account.reserved).sort()).toEqual(['p1', 'p2']);
      expect(Object.keys(await ledger.activeJobs(guild)).sort()).toEqual(['p1', 'p2']);
      // The unparked one still counts, for the member and for the server.
      const again = await ledger.admit({ guildId: guild, userId: 'a', jobId: 'p3', duration: 3 });
      expect(again.ok === false && again.refusal.reason).toBe('user_jobs');
      const other = await ledger.admit({ guildId: guild, userId: 'b', jobId: 'p4', duration: 3 });
      expect(other.ok === false && other.refusal.reason).toBe('guild_jobs');
      await ledger.settle(guild, 'a', 'p1');
      expect(isConserved(await ledger.peek(guild, 'a'))).toBe(true);
      expect(Object.keys(await ledger.activeJobs(guild))).toEqual(['p2']);
    });

    it('refuses a blocked user and lets them back after unblocking', async () => {
      const guild = `g-${name}-block`;
      await ledger.setBlocked(guild, 'x', true);
      const r = await ledger.admit({ guildId: guild, userId: 'x', jobId: 'j', duration: 3 });
      expect(r.ok === false && r.refusal.reason).toBe('blocked');
      await ledger.setBlocked(guild, 'x', false);
      expect((await ledger.admit({ guildId: guild, userId: 'x', jobId: 'j', duration: 3 })).ok).toBe(true);
    });

    it('restores the allowance when the clock crosses the period boundary', async () => {
      const guild = `g-${name}-refill`;
      await settings.update(guild, { refillHours: 1, allowance: 10 });
      expect((await ledger.admit({ guildId: guild, userId: 'r', jobId: 'j1', duration: 10 })).ok).toBe(true);
      await ledger.settle(guild, 'r', 'j1');
      const broke = await ledger.admit({ guildId: guild, userId: 'r', jobId: 'j2', duration: 3 });
      expect(broke.ok === false && broke.refusal.reason).toBe('balance');
      clock.advance(3_600_000);
      expect((await ledger.peek(guild, 'r')).balance).toBe(10);
      expect((await ledger.admit({ guildId: guild, userId: 'r', jobId: 'j2', duration: 3 })).ok).toBe(true);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'clipcast-ledger-'));
ledgerSuite('SQLite', () => createStorage(`sqlite://${join(dir, 'ledger.sqlite')}`));

describe.skipIf(!redisAvailable)('on a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  ledgerSuite('Redis', () => createStorage(redis.url));
});
