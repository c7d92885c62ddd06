import { describe, expect, it } from 'vitest';
import { createWorld } from '../support/harness.ts';
import { alice, finalMessage } from '../support/helpers.ts';

// Each test starts its own world: they are about starting the bot.
describe('Segmind at start-up and the operator’s balance', () => {
  it('alerts the owner once when the balance falls under SEGMIND_LOW_BALANCE_USD', async () => {
    const world = await createWorld();
    try {
      world.segmind.balance = { credits: '1.25', freeCredits: 0 };
      const app = await world.startBot({ SEGMIND_LOW_BALANCE_USD: '5' });
      const dm = await world.discord.waitFor(() => world.discord.dmsToOwner()[0]);
      expect(dm.content).toMatch(/balance is \$1\.25, under SEGMIND_LOW_BALANCE_USD \(\$5\)/);
      expect(await app.metrics.registry.getSingleMetricAsString('clipcast_segmind_balance_usd')).toMatch(
        / 1\.25$/m,
      );
      // Results keep reporting a low balance and the periodic check runs while jobs do: still one message.
      world.segmind.renderMs = 400_000;
      const handle = world.discord.video({ prompt: 'still low' }, { user: alice });
      await world.discord.waitFor(() => world.segmind.submissions.length === 1 || undefined);
      world.clock.advance(6 * 60_000);
      await world.discord.waitFor(
        () =>
          world.segmind.requests.filter((r) => r.path === '/v1/get-user-credits').length >= 2 || undefined,
      );
      world.clock.advance(400_000);
      await finalMessage(world.discord, handle);
      expect(world.discord.dmsToOwner()).toHaveLength(1);
    } finally {
      await world.close();
    }
  });

  it('refuses to start when Segmind rejects the key, naming SEGMIND_API_KEY', async () => {
    const world = await createWorld();
    try {
      world.segmind.balanceFixture = 'error-401-bad-key';
      await expect(world.startBot()).rejects.toThrow(/Segmind rejected SEGMIND_API_KEY \(401\)/);
      expect(world.discord.identifies).toHaveLength(0);
    } finally {
      await world.close();
    }
  });

  it('starts anyway, with a warning, when Segmind cannot be reached for the key check', async () => {
    const world = await createWorld();
    try {
      const app = await world.startBot({ SEGMIND_API_URL: 'http://127.0.0.1:9' });
      expect(world.logs.join('')).toMatch(/could not read the Segmind balance; will try again later/);
      await app.stop();
    } finally {
      await world.close();
    }
  });
});
