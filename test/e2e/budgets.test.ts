import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { nextDayAt } from '../../src/credits/budget.ts';
import type { JobRecord } from '../../src/jobs/record.ts';
import type { FakeUser } from '../support/fakeDiscord.ts';
import type { World } from '../support/harness.ts';
import { admitted, alice, bob, customIds, finalMessage } from '../support/helpers.ts';
import { embedFields, moderate } from '../support/moderate.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';
import { useWorld } from '../support/useWorld.ts';

type Ctx = { world: World; app: App };

/**
 * Moves the simulated clock to 01:00 UTC of the next day, so a test (minutes of simulated time) never
 * crosses a day boundary by accident; returns the midnight that ends that day.
 */
function morning(t: Ctx): number {
  const now = t.world.clock.now();
  t.world.clock.advance(nextDayAt(now) + 3_600_000 - now);
  return nextDayAt(t.world.clock.now());
}

const stamp = (ms: number) => `<t:${Math.ceil(ms / 1000)}:R>`;

async function deliver(t: Ctx, options: Record<string, string | number>, user: FakeUser) {
  const handle = t.world.discord.video(options, { user });
  const message = await finalMessage(t.world.discord, handle);
  expect(message.attachments).toHaveLength(1);
  await t.app.runner.idle();
  return message;
}

/** A private refusal that submits nothing and charges nothing. */
async function refused(t: Ctx, options: Record<string, string | number>, user: FakeUser): Promise<string> {
  const guildId = t.world.discord.guild.id;
  const before = await t.app.ledger.peek(guildId, user.id);
  const active = Object.keys(await t.app.ledger.activeJobs(guildId));
  const submits = t.world.segmind.submissions.length;
  const handle = t.world.discord.video(options, { user });
  const text = await handle.ephemeralText();
  expect(t.world.segmind.submissions).toHaveLength(submits);
  const after = await t.app.ledger.peek(guildId, user.id);
  expect(after.balance).toBe(before.balance);
  expect(after.reserved).toEqual(before.reserved);
  expect(Object.keys(await t.app.ledger.activeJobs(guildId))).toEqual(active);
  // Nothing public: the private acknowledgement carries the refusal, no status message follows.
  expect(handle.status()).toBeUndefined();
  return text;
}

/** The one unfinished job of the server, once it renders. */
async function renderingJob(t: Ctx): Promise<JobRecord> {
  for (let i = 0; i < 2000; i++) {
    const ids = Object.keys(await t.app.ledger.activeJobs(t.world.discord.guild.id));
    const job = (await t.app.jobs.getMany(ids))[0];
    if (job?.state === 'rendering') return job;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('no job reached rendering');
}

async function stats(t: Ctx): Promise<Record<string, string>> {
  return embedFields(moderate(t.world.discord, ['stats']));
}

function botWideSuite(name: string, storage: () => Record<string, string>) {
  describe(`the bot-wide budget (DAILY_BUDGET_USD) on ${name}`, () => {
    const env: Record<string, string> = { DAILY_BUDGET_USD: '1' };
    beforeEach(() => {
      Object.assign(env, storage());
    });
    const t = useWorld(env);

    it('admits while it lasts, settles at the cost Segmind reports, refuses for free once used up, and starts again at the next UTC day', async () => {
      const midnight = morning(t);
      t.world.segmind.plans.push({ cost: 0.45 });
      const first = await deliver(t, { prompt: 'one', duration: 5 }, alice);
      await deliver(t, { prompt: 'two', duration: 5 }, bob);
      const usedUp = `💸 The bot’s video budget for today is used up; it resets ${stamp(midnight)}. Nothing was charged.`;
      expect(await refused(t, { prompt: 'three', duration: 3 }, alice)).toBe(usedUp);
      // Re-roll takes the same road, and is refused the same way.
      const reroll = customIds(first).find((id) => id.startsWith('clip:reroll:')) ?? '';
      const pressed = t.world.discord.button(reroll, first, { user: alice });
      expect(await pressed.ephemeralText()).toBe(usedUp);
      expect(t.world.segmind.submissions).toHaveLength(2);
      expect(await stats(t)).toMatchObject({ 'Today (UTC)': '**2** clips · 10 credits · $0.95' });

      t.world.clock.advance(midnight + 60_000 - t.world.clock.now());
      await deliver(t, { prompt: 'a new day', duration: 5 }, alice);
      expect(t.world.segmind.submissions).toHaveLength(3);
    });

    it('a failed render gives its reservation back', async () => {
      const midnight = morning(t);
      t.world.segmind.plans.push({ outcome: 'failed200', failReason: 'internal error', renderMs: 4_000 });
      const handle = t.world.discord.video({ prompt: 'doomed', duration: 10 }, { user: alice });
      expect((await finalMessage(t.world.discord, handle)).content).toContain('10 credits were refunded');
      await t.app.runner.idle();
      await deliver(t, { prompt: 'fits after the refund', duration: 10 }, alice);
      expect(await refused(t, { prompt: 'no more', duration: 3 }, bob)).toBe(
        `💸 The bot’s video budget for today is used up; it resets ${stamp(midnight)}. Nothing was charged.`,
      );
    });

    it('holds across a restart: a job rendering during it is settled once delivered, and the spend still counts', async () => {
      const midnight = morning(t);
      t.world.segmind.renderMs = 600_000;
      t.world.segmind.plans.push({ cost: 0.8 });
      const handle = t.world.discord.video({ prompt: 'survive', duration: 10 }, { user: alice });
      await t.world.discord.waitFor(() => t.world.segmind.submissions.length === 1 || undefined);
      const refusal = await refused(t, { prompt: 'while it renders', duration: 3 }, bob);
      expect(refusal).toBe(
        `💸 The bot’s video budget for today is used up; it resets ${stamp(midnight)}. Nothing was charged.`,
      );
      await t.app.stop();
      t.app = await t.world.startBot(env);
      t.world.segmind.renderMs = 20_000;
      expect((await finalMessage(t.world.discord, handle)).attachments).toHaveLength(1);
      await t.app.runner.idle();
      // $0.80 spent of $1.00: not even a 3-second video ($0.30) fits any more today.
      expect(await refused(t, { prompt: 'after', duration: 3 }, bob)).toBe(
        `💸 The bot’s video budget for today is used up; it resets ${stamp(midnight)}. Nothing was charged.`,
      );
      await t.app.stop();
      t.app = await t.world.startBot({ ...env, DAILY_BUDGET_USD: '1.2' });
      await deliver(t, { prompt: 'a raised budget', duration: 3 }, bob);
      expect(t.world.segmind.submissions).toHaveLength(2);
    });
  });
}

botWideSuite('SQLite', () => ({}));

describe.skipIf(!redisAvailable)('on a real redis-server', () => {
  let redis: RedisServer;
  let db = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  botWideSuite('Redis', () => ({ STORAGE_URL: `${redis.url}/${++db}` }));
});

describe('a server’s own daily budget', () => {
  const t = useWorld();

  it('is set by moderators, shown in settings, reserved at admission, settled at the estimate when Segmind reports no cost, and cleared', async () => {
    const midnight = morning(t);
    const discord = t.world.discord;
    const set = moderate(discord, ['settings', 'budget'], [{ name: 'usd', type: 10, value: 0.6 }]);
    expect(await set.ephemeralText()).toBe('✅ Updated: Daily budget: no cap → $0.60 a day (UTC)');
    expect(await embedFields(moderate(discord, ['settings', 'show']))).toMatchObject({
      'Daily budget': '$0.60 a day (UTC)',
    });

    t.world.segmind.plans.push({ cost: null });
    await deliver(t, { prompt: 'small', duration: 3 }, alice);
    expect(await refused(t, { prompt: 'too long', duration: 5 }, bob)).toBe(
      `💸 This server’s video budget for today has $0.30 left, not enough for this video (about $0.50). A shorter video costs less; the budget resets ${stamp(midnight)}. Nothing was charged.`,
    );
    await deliver(t, { prompt: 'small again', duration: 3 }, bob);
    expect(await refused(t, { prompt: 'nothing left', duration: 3 }, alice)).toBe(
      `💸 This server’s video budget for today is used up; it resets ${stamp(midnight)}. Nothing was charged.`,
    );
    expect(await stats(t)).toMatchObject({
      'Server budget today': `$0.60 spent · $0.00 reserved · $0.00 left of $0.60 · resets ${stamp(midnight)}`,
    });

    const clear = moderate(discord, ['settings', 'budget'], [{ name: 'clear', type: 5, value: true }]);
    expect(await clear.ephemeralText()).toBe('✅ Updated: Daily budget: $0.60 a day (UTC) → no cap');
    await deliver(t, { prompt: 'no cap now', duration: 3 }, alice);
  });

  it('asks for an amount when none is given', async () => {
    const empty = moderate(t.world.discord, ['settings', 'budget']);
    expect(await empty.ephemeralText()).toBe(
      '⚠️ Give the daily budget in US dollars (`usd`), or `clear: True` to remove the cap.',
    );
  });

  it('reserves the estimate while a job runs, and still counts a render cancelled after Segmind took it (it bills it), while the member gets the credits back', async () => {
    const midnight = morning(t);
    const guildId = t.world.discord.guild.id;
    await t.app.settings.update(guildId, { dailyBudgetUsd: 0.8 });
    t.world.segmind.renderMs = 600_000;
    const first = t.world.discord.video({ prompt: 'first', duration: 5 }, { user: alice });
    expect(await admitted(t.world.discord, first)).toBe(true);
    const rendering = await renderingJob(t);
    expect(await refused(t, { prompt: 'second', duration: 5 }, bob)).toMatch(/has \$0\.30 left/);
    expect(rendering.userId).toBe(alice.id);
    expect(await t.app.runner.cancel(rendering.id, alice.id)).toBe('cancelled');
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(guildId, alice.id)).balance).toBe(30);
    expect(await refused(t, { prompt: 'third', duration: 5 }, bob)).toBe(
      `💸 This server’s video budget for today has $0.30 left, not enough for this video (about $0.50). A shorter video costs less; the budget resets ${stamp(midnight)}. Nothing was charged.`,
    );
    t.world.segmind.renderMs = 20_000;
    await deliver(t, { prompt: 'a short one fits', duration: 3 }, bob);
  });
});

function serverBudgetSuite(name: string, storage: () => Record<string, string>) {
  describe(`a server’s daily budget on ${name}`, () => {
    const env: Record<string, string> = {};
    beforeEach(() => {
      Object.assign(env, storage());
    });
    const t = useWorld(env);
    const budgetLine = async () => (await stats(t))['Server budget today'];

    it('settles at the cost Segmind reports, gives a failed render’s reservation back, holds across a restart and starts again at the next UTC day', async () => {
      const midnight = morning(t);
      await t.app.settings.update(t.world.discord.guild.id, { dailyBudgetUsd: 1 });
      // A 5 s clip is estimated at $0.50; Segmind reports $0.35, and that is what counts.
      t.world.segmind.plans.push({ cost: 0.35 });
      await deliver(t, { prompt: 'billed less', duration: 5 }, alice);
      const afterFirst = `$0.35 spent · $0.00 reserved · $0.65 left of $1.00 · resets ${stamp(midnight)}`;
      expect(await budgetLine()).toBe(afterFirst);
      // A render that fails (Segmind does not bill it) gives its reservation back.
      t.world.segmind.plans.push({ outcome: 'failed200', failReason: 'internal error', renderMs: 4_000 });
      const doomed = t.world.discord.video({ prompt: 'doomed', duration: 5 }, { user: bob });
      expect((await finalMessage(t.world.discord, doomed)).content).toContain('5 credits were refunded');
      await t.app.runner.idle();
      expect(await budgetLine()).toBe(afterFirst);
      // The spend survives a restart.
      await t.app.stop();
      t.app = await t.world.startBot(env);
      expect(await budgetLine()).toBe(afterFirst);
      t.world.segmind.plans.push({ cost: 0.3 });
      await deliver(t, { prompt: 'after the restart', duration: 5 }, bob);
      expect(await refused(t, { prompt: 'too much', duration: 5 }, alice)).toBe(
        `💸 This server’s video budget for today has $0.35 left, not enough for this video (about $0.50). A shorter video costs less; the budget resets ${stamp(midnight)}. Nothing was charged.`,
      );
      // The next UTC day starts afresh.
      t.world.clock.advance(midnight + 60_000 - t.world.clock.now());
      await deliver(t, { prompt: 'a new day', duration: 5 }, alice);
      expect(await budgetLine()).toMatch(/^\$0\.\d\d spent · \$0\.00 reserved · \$0\.\d\d left of \$1\.00/);
      expect(await budgetLine()).not.toBe(afterFirst);
    });
  });
}

serverBudgetSuite('SQLite', () => ({}));

describe.skipIf(!redisAvailable)('a server’s daily budget on a real redis-server', () => {
  let redis: RedisServer;
  let db = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => redis?.stop());
  serverBudgetSuite('Redis', () => ({ STORAGE_URL: `${redis.url}/${++db}` }));
});
