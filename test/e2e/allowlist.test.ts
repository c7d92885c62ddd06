import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../support/harness.ts';
import { admitted, alice, customIds, finalMessage, mod } from '../support/helpers.ts';
import { moderate } from '../support/moderate.ts';

const REFUSAL =
  '🚫 clipcast is not available in this server: its operator runs it for a list of servers only. Nothing was charged.';

let world: World;
beforeEach(async () => {
  world = await createWorld({ discord: { guilds: 2 } });
});
afterEach(async (ctx) => {
  await world.close();
  if (ctx.task.result?.state === 'fail')
    writeFileSync(join(tmpdir(), 'clipcast-failed.log'), world.logs.join(''));
  expect(world.discord.violations).toEqual([]);
});

const [listed, unlisted] = [() => world.discord.guilds[0], () => world.discord.guilds[1]];

describe('ALLOWED_GUILDS', () => {
  it('serves listed servers and refuses every command, button and form elsewhere, privately', async () => {
    const allowed = listed()?.id ?? '';
    const other = unlisted()?.id ?? '';
    await world.startBot({ ALLOWED_GUILDS: allowed });
    const { discord } = world;

    const clip = await finalMessage(discord, discord.video({ prompt: 'at home' }, { user: alice }));
    expect(clip.attachments).toHaveLength(1);

    const video = discord.video({ prompt: 'elsewhere' }, { user: alice, guildId: other });
    expect(await video.ephemeralText()).toBe(REFUSAL);
    const credits = discord.slash('credits', [], { user: alice, guildId: other });
    expect(await credits.ephemeralText()).toBe(REFUSAL);
    expect(await moderate(discord, ['stats'], [], mod, { guildId: other }).ephemeralText()).toBe(REFUSAL);
    const reroll = customIds(clip).find((id) => id.startsWith('clip:reroll:')) ?? '';
    expect(await discord.button(reroll, clip, { user: alice, guildId: other }).ephemeralText()).toBe(REFUSAL);
    const form = discord.modal('form:0123456789abcdef:x', { prompt: 'p' }, { user: alice, guildId: other });
    expect(await form.ephemeralText()).toBe(REFUSAL);

    expect(world.segmind.submissions).toHaveLength(1);
    expect(discord.messagesIn(unlisted()?.channelId ?? '').filter((m) => (m.flags & 64) === 0)).toEqual([]);
    // Without LEAVE_UNLISTED_GUILDS the bot stays, and says so in the log.
    expect(discord.left).toEqual([]);
    expect(world.logs.join('')).toMatch(/in a server missing from ALLOWED_GUILDS/);
  });

  it('with LEAVE_UNLISTED_GUILDS, leaves unlisted servers at start and any it is added to later, logging each', async () => {
    const allowed = listed()?.id ?? '';
    const other = unlisted()?.id ?? '';
    await world.startBot({ ALLOWED_GUILDS: allowed, LEAVE_UNLISTED_GUILDS: 'true' });
    await world.discord.waitFor(() => world.discord.left.includes(other) || undefined);
    const newcomer = world.discord.join('Newcomer');
    await world.discord.waitFor(() => world.discord.left.includes(newcomer.id) || undefined);
    expect(world.discord.left).toEqual([other, newcomer.id]);
    // Each leave is logged once Discord has answered it (the fake records the request before that).
    const leaves = () =>
      world.logs
        .flatMap((chunk) => chunk.split('\n'))
        .filter((l) => l.includes('left a server missing from ALLOWED_GUILDS'))
        .map((l) => JSON.parse(l).guildId);
    await world.discord.waitFor(() => leaves().length === 2 || undefined);
    expect(leaves()).toEqual([other, newcomer.id]);
    expect(world.discord.guilds.map((g) => g.id)).toEqual([allowed]);
    // The listed server is still served.
    expect(
      await admitted(world.discord, world.discord.video({ prompt: 'still here' }, { user: alice })),
    ).toBe(true);
  });

  it('an empty list serves every server', async () => {
    await world.startBot();
    const other = unlisted()?.id ?? '';
    expect(
      (await world.discord.video({ prompt: 'anywhere' }, { user: alice, guildId: other }).callback()).type,
    ).toBe(5);
  });
});

describe('the startup banner', () => {
  it('shows the invite link, the storage and the limits in force, including the budgets and the list', async () => {
    const allowed = listed()?.id ?? '';
    await world.startBot({
      ALLOWED_GUILDS: allowed,
      LEAVE_UNLISTED_GUILDS: 'true',
      DAILY_BUDGET_USD: '25',
      MAX_RENDERING: '3',
    });
    const banner = world.logs
      .flatMap((chunk) => chunk.split('\n'))
      .filter((l) => l.includes('clipcast is online as'))
      .map((l) => JSON.parse(l));
    expect(banner).toHaveLength(1);
    const message: string = banner[0].msg;
    expect(message).toContain(
      `invite   https://discord.com/oauth2/authorize?client_id=${world.discord.appId}&scope=bot+applications.commands`,
    );
    expect(message).toContain(`storage  SQLite file ${join(world.dir, 'clipcast.sqlite')}`);
    expect(message).toContain(
      'limits   render cap 3 at once · daily budget $25.00 bot-wide · price estimate $0.10 per second of video · servers 1 allowed, leaving others',
    );
    expect(world.logs.join('')).not.toContain('invite clipcast to a server');
  });
});
