import { describe, expect, it } from 'vitest';
import { isConserved } from '../../src/credits/account.ts';
import { admitted, alice, bob, finalMessage, mod } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

/** The public message a refused interaction left behind, if any. */
function publicMessage(handle: { status(): { deleted: boolean } | undefined }) {
  const message = handle.status();
  return message && !message.deleted ? message : undefined;
}

const t = useWorld();

const moderate = (
  sub: string[],
  options: Array<Record<string, unknown>> = [],
  user: { id: string; username: string; permissions?: string } = mod,
) => {
  const [group, name] = sub;
  // Discord resolves user and channel options into objects alongside the ids.
  const users: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  for (const o of options) {
    if (o.type === 6)
      users[String(o.value)] = {
        id: o.value,
        username: `user${String(o.value).slice(-2)}`,
        discriminator: '0',
        global_name: null,
        avatar: null,
      };
    if (o.type === 7) channels[String(o.value)] = { id: o.value, type: 0, name: 'chan', permissions: '0' };
  }
  return t.world.discord.slash(
    'clipcast',
    [{ name: group, type: 2, options: [{ name, type: 1, options }] }],
    {
      user,
      resolved: { users, channels },
    },
  );
};
const userOpt = (id: string) => ({ name: 'user', type: 6, value: id });

async function expectRefusal(
  options: Record<string, string | number>,
  user: typeof alice,
  pattern: RegExp,
  extra = {},
) {
  const before = await t.app.ledger.peek(t.world.discord.guild.id, user.id);
  const submits = t.world.segmind.submissions.length;
  const handle = t.world.discord.video(options, { user, ...extra });
  expect(await handle.ephemeralText()).toMatch(pattern);
  expect(t.world.segmind.submissions.length).toBe(submits);
  const after = await t.app.ledger.peek(t.world.discord.guild.id, user.id);
  expect(after.balance).toBe(before.balance);
  expect(publicMessage(handle)).toBeUndefined();
}

describe('credits and limits, through the real client', () => {
  it('/credits shows balance, allowance, next refill, costs and recent jobs, before and after a video', async () => {
    const { discord } = t.world;
    const before = discord.slash('credits', [], { user: alice });
    await before.callback();
    const first = before.state.callbacks[0]?.body as {
      data: { flags: number; embeds: Array<{ fields: Array<{ name: string; value: string }> }> };
    };
    expect(first.data.flags & 64).toBe(64);
    const fieldsBefore = Object.fromEntries(first.data.embeds[0]?.fields.map((f) => [f.name, f.value]) ?? []);
    expect(fieldsBefore).toMatchObject({
      Balance: '**30**',
      Allowance: '30 every 24 h',
      'Recent jobs': 'No videos yet.',
    });
    expect(fieldsBefore['Next refill']).toMatch(/^<t:\d+:R>$/);
    expect(fieldsBefore['Cost per video']).toBe('3 s → 3 · 5 s → 5 · 10 s → 10');
    await finalMessage(
      discord,
      discord.video({ prompt: 'a lighthouse in a storm', duration: 10, seed: 42 }, { user: alice }),
    );
    await t.app.runner.idle();
    const after = discord.slash('credits', [], { user: alice });
    await after.callback();
    const data = after.state.callbacks[0]?.body as {
      data: { embeds: Array<{ fields: Array<{ name: string; value: string }> }> };
    };
    const fields = Object.fromEntries(data.data.embeds[0]?.fields.map((f) => [f.name, f.value]) ?? []);
    expect(fields.Balance).toBe('**20**');
    expect(fields.Reserved).toBe('0 (in progress)');
    expect(fields['Recent jobs']).toMatch(/✅ “a lighthouse in a storm” · seed 42 · 10 cr/);
  });

  it('refuses on balance with the refill time, charging nothing', async () => {
    await t.app.ledger.setBalance(t.world.discord.guild.id, alice.id, 2, 'test');
    await expectRefusal(
      { prompt: 'x', duration: 3 },
      alice,
      /costs \*\*3\*\* credits and you have \*\*2\*\*.*refill <t:\d+:R>/s,
    );
  });

  it('refuses on cooldown, per-user cap and server cap, naming the limit', async () => {
    const g = t.world.discord.guild.id;
    t.world.segmind.renderMs = 600_000;
    await t.app.settings.update(g, { cooldownSeconds: 600, maxJobsPerUser: 1, maxJobsPerGuild: 2 });
    const first = t.world.discord.video({ prompt: 'one', duration: 3 }, { user: alice });
    expect(await admitted(t.world.discord, first)).toBe(true);
    await t.world.discord.waitFor(() => t.world.segmind.submissions.length === 1 || undefined);
    await expectRefusal(
      { prompt: 'two', duration: 3 },
      alice,
      /Cooldown: you can start your next video <t:\d+:R>/,
    );
    await t.app.settings.update(g, { cooldownSeconds: 0 });
    await expectRefusal({ prompt: 'two', duration: 3 }, alice, /already have 1 video in progress/);
    expect((await t.world.discord.video({ prompt: 'bob', duration: 3 }, { user: bob }).callback()).type).toBe(
      5,
    );
    await t.world.discord.waitFor(() => t.world.segmind.submissions.length === 2 || undefined);
    await expectRefusal(
      { prompt: 'carol', duration: 3 },
      { id: '100000000000000055', username: 'carol' },
      /This server already has 2 videos in progress/,
    );
  });

  it('refuses blocked words (case- and accent-insensitive), disallowed channels and blocked users', async () => {
    const g = t.world.discord.guild.id;
    await t.app.settings.update(g, { blockedWords: ['Crème'] });
    await expectRefusal({ prompt: 'a CREME brulee' }, alice, /contains “Crème”/);
    await t.app.settings.update(g, { blockedWords: [], allowedChannels: ['123456789012345678'] });
    await expectRefusal({ prompt: 'fine' }, alice, /not enabled in this channel.*<#123456789012345678>/s);
    await t.app.settings.update(g, { allowedChannels: [] });
    await t.app.ledger.setBlocked(g, alice.id, true);
    await expectRefusal({ prompt: 'fine' }, alice, /blocked from making videos/);
  });

  it('twenty simultaneous /video from one user with a balance for three: three submissions, seventeen refusals', async () => {
    const g = t.world.discord.guild.id;
    await t.app.settings.update(g, { maxJobsPerUser: 50, maxJobsPerGuild: 50 });
    await t.app.ledger.setBalance(g, alice.id, 9, 'test');
    const handles = Array.from({ length: 20 }, (_, i) =>
      t.world.discord.video({ prompt: `burst ${i}`, duration: 3 }, { user: alice }),
    );
    const callbacks = await Promise.all(handles.map((h) => h.callback()));
    expect(callbacks.every((c) => c.ms < 3_000)).toBe(true);
    // Every request is acknowledged privately first; a refusal is written into that private reply.
    const outcomes = await Promise.all(handles.map((h) => admitted(t.world.discord, h)));
    const refusalOf = (h: (typeof handles)[number]) =>
      outcomes[handles.indexOf(h)] ? undefined : h.original()?.content;
    const refused = handles.filter((h) => refusalOf(h) !== undefined);
    expect(t.world.segmind.submissions).toHaveLength(3);
    expect(refused).toHaveLength(17);
    expect(refused.every((h) => /costs \*\*3\*\*/.test(refusalOf(h) ?? ''))).toBe(true);
    expect(refused.map(publicMessage)).toEqual(refused.map(() => undefined));
    await t.app.runner.idle();
    const account = await t.app.ledger.peek(g, alice.id);
    expect(account.balance).toBe(0);
    expect(account.settled).toBe(9);
    expect(isConserved(account)).toBe(true);
  });

  it('refunds a FAILED job and tells the user', async () => {
    t.world.segmind.plans.push({ outcome: 'failed200', failReason: 'internal error', renderMs: 4_000 });
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'x', duration: 5 }, { user: alice }),
    );
    expect(message.content).toContain('5 credits were refunded');
    await t.app.runner.idle();
    const account = await t.app.ledger.peek(t.world.discord.guild.id, alice.id);
    expect(account.balance).toBe(30);
    expect(account.log[0]?.kind).toBe('refund');
  });
});

describe('moderator commands', () => {
  it('grant, set, reset and show a member’s credits, each confirmed and logged', async () => {
    const g = t.world.discord.guild;
    await t.app.settings.update(g.id, { logChannelId: g.logChannelId });
    const grant = moderate(
      ['credits', 'grant'],
      [
        userOpt(alice.id),
        { name: 'amount', type: 4, value: 12 },
        { name: 'reason', type: 3, value: 'contest winner' },
      ],
    );
    expect(await grant.ephemeralText()).toMatch(
      /Granted \*\*12\*\* credits to <@100000000000000001>\. Balance now \*\*42\*\*/,
    );
    const zero = moderate(['credits', 'grant'], [userOpt(alice.id), { name: 'amount', type: 4, value: 0 }]);
    expect(await zero.ephemeralText()).toMatch(/Give a number of credits above 0/);
    const take = moderate(['credits', 'take'], [userOpt(alice.id), { name: 'amount', type: 4, value: 100 }]);
    expect(await take.ephemeralText()).toMatch(/Removed \*\*42\*\* credits.*Balance now \*\*0\*\*/);
    const set = moderate(['credits', 'set'], [userOpt(alice.id), { name: 'amount', type: 4, value: 7 }]);
    expect(await set.ephemeralText()).toMatch(/balance is now \*\*7\*\*/);
    const reset = moderate(['credits', 'reset'], [userOpt(alice.id)]);
    expect(await reset.ephemeralText()).toMatch(/full allowance of \*\*30\*\*/);
    const show = moderate(['credits', 'show'], [userOpt(alice.id)]);
    await show.callback();
    expect(JSON.stringify(show.state.callbacks[0]?.body)).toContain('**30**');
    const log = await t.world.discord.waitFor(() => {
      const lines = t.world.discord.messagesIn(g.logChannelId).map((m) => m.content);
      return lines.length >= 4 ? lines : undefined;
    });
    expect(log[0]).toMatch(/granted 12 credits to <@100000000000000001> \(balance 42\) — “contest winner”/);
    expect(log.join('\n')).toMatch(/set <@100000000000000001>’s balance to 7/);
    expect(isConserved(await t.app.ledger.peek(g.id, alice.id))).toBe(true);
  });

  it('a non-moderator cannot run moderator commands even when Discord lets the command through', async () => {
    const attempt = moderate(
      ['credits', 'grant'],
      [userOpt(bob.id), { name: 'amount', type: 4, value: 1000 }],
      bob,
    );
    expect(await attempt.ephemeralText()).toMatch(/moderator command/);
    expect((await t.app.ledger.peek(t.world.discord.guild.id, bob.id)).balance).toBe(30);
  });

  it('block and unblock a member', async () => {
    expect(await moderate(['user', 'block'], [userOpt(bob.id)]).ephemeralText()).toMatch(
      /can no longer make videos/,
    );
    await expectRefusal({ prompt: 'hi' }, bob, /blocked/);
    expect(await moderate(['user', 'unblock'], [userOpt(bob.id)]).ephemeralText()).toMatch(
      /can make videos again/,
    );
    expect(await admitted(t.world.discord, t.world.discord.video({ prompt: 'hi' }, { user: bob }))).toBe(
      true,
    );
  });

  it('changes settings, shows them in one embed, and they persist across a restart', async () => {
    const { discord } = t.world;
    const g = discord.guild;
    const change = moderate(
      ['settings', 'credits'],
      [
        { name: 'allowance', type: 4, value: 50 },
        { name: 'cost_per_second', type: 4, value: 2 },
      ],
    );
    expect(await change.ephemeralText()).toMatch(
      /Updated: Allowance: 30 → 50, Credits per second of video: 1 → 2/,
    );
    await moderate(
      ['settings', 'limits'],
      [{ name: 'cooldown_seconds', type: 4, value: 30 }],
    ).ephemeralText();
    await moderate(
      ['settings', 'words'],
      [
        { name: 'action', type: 3, value: 'add' },
        { name: 'word', type: 3, value: 'gore' },
      ],
    ).ephemeralText();
    await moderate(
      ['settings', 'channels'],
      [
        { name: 'action', type: 3, value: 'add' },
        { name: 'channel', type: 7, value: g.channelId },
      ],
    ).ephemeralText();
    await moderate(
      ['settings', 'defaults'],
      [
        { name: 'duration', type: 4, value: 3 },
        { name: 'aspect_ratio', type: 3, value: '9:16' },
      ],
    ).ephemeralText();
    await moderate(
      ['settings', 'log-channel'],
      [{ name: 'channel', type: 7, value: g.logChannelId }],
    ).ephemeralText();
    await t.app.stop();
    t.app = await t.world.startBot();
    const show = moderate(['settings', 'show']);
    await show.callback();
    const body = show.state.callbacks[0]?.body as {
      data: { embeds: Array<{ fields: Array<{ name: string; value: string }> }> };
    };
    const embed = body.data.embeds[0];
    const fields = Object.fromEntries(embed?.fields.map((f) => [f.name, f.value]) ?? []);
    expect(fields).toMatchObject({
      Allowance: '50',
      'Refill period': '24 h',
      'Credits per second of video': '2',
      Cooldown: '30 s',
      'Allowed channels': `<#${g.channelId}>`,
      'Blocked words': 'gore',
      'Log channel': `<#${g.logChannelId}>`,
      'Default duration': '3 s',
      'Default aspect ratio': '9:16',
    });
    // The defaults apply to the next /video.
    const handle = discord.video({ prompt: 'defaults please' }, { user: alice });
    await finalMessage(discord, handle);
    expect(t.world.segmind.submissions.at(-1)).toMatchObject({ duration: 3, aspect_ratio: '9:16' });
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(g.id, alice.id)).settled).toBe(6);
    const log = discord
      .messagesIn(g.logChannelId)
      .map((m) => m.content)
      .join('\n');
    expect(log).toMatch(/🎬 <@100000000000000001> · “defaults please” · seed \d+ · 6 credits · ✅ delivered/);
  });
});
