import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { createWorld, type World } from '../support/harness.ts';
import { alice, finalMessage, untilResolves } from '../support/helpers.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';

const STORAGE_DOWN =
  'The bot’s storage is temporarily unavailable. Please try again in a minute (nothing was charged).';

const until = untilResolves;

describe.skipIf(!redisAvailable)('a running bot that loses Redis, as members see it', () => {
  let world: World | undefined;
  let redis: RedisServer | undefined;
  afterEach(async (ctx) => {
    await world?.close();
    await redis?.stop();
    if (ctx.task.result?.state === 'fail' && world)
      writeFileSync(join(tmpdir(), 'clipcast-failed.log'), world.logs.join(''));
    expect(world?.discord.violations).toEqual([]);
  });

  it('refuses /video privately as temporarily unavailable, charging nothing, and delivers again once Redis is back', async () => {
    redis = await startRedis({ persist: true });
    world = await createWorld();
    const app: App = await world.startBot({ STORAGE_URL: redis.url });
    const { discord, segmind } = world;
    const guildId = discord.guild.id;

    expect(
      (await finalMessage(discord, discord.video({ prompt: 'before', duration: 5 }, { user: alice })))
        .attachments,
    ).toHaveLength(1);
    await app.runner.idle();
    expect((await app.ledger.peek(guildId, alice.id)).balance).toBe(25);

    await redis.stop();
    const during = discord.video({ prompt: 'during the outage', duration: 3 }, { user: alice });
    expect(await during.ephemeralText()).toBe(STORAGE_DOWN);
    expect(during.status()).toBeUndefined();
    expect(segmind.submissions).toHaveLength(1);
    const lines = world.logs.join('');
    expect(lines).toContain('storage unavailable; the interaction was refused');
    expect(lines).not.toContain('interaction handler failed');

    await redis.restart();
    await until(() => app.storage.ping(), 'the bot reconnecting to Redis');
    expect((await app.ledger.peek(guildId, alice.id)).balance).toBe(25);
    const after = await finalMessage(
      discord,
      discord.video({ prompt: 'after', duration: 3 }, { user: alice }),
    );
    expect(after.attachments).toHaveLength(1);
    expect(segmind.submissions).toHaveLength(2);
    await app.runner.idle();
    expect((await app.ledger.peek(guildId, alice.id)).balance).toBe(22);
  });
});
