import { describe, expect, it } from 'vitest';
import type { FakeUser, InteractionHandle } from '../support/fakeDiscord.ts';
import { admitted, alice, bob, mod } from '../support/helpers.ts';
import { intOpt, moderate, roleOpt, strOpt } from '../support/moderate.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

type Embed = { title?: string; description?: string; fields?: Array<{ name: string; value: string }> };

async function embedOf(handle: InteractionHandle): Promise<Embed> {
  await handle.callback();
  await t.world.discord.waitFor(() => handle.original()?.embeds.length || undefined);
  return handle.original()?.embeds[0] as Embed;
}

async function creditsFields(user: FakeUser): Promise<Record<string, string>> {
  const embed = await embedOf(t.world.discord.slash('credits', [], { user }));
  return Object.fromEntries(embed.fields?.map((f) => [f.name, f.value]) ?? []);
}

let refusals = 0;
async function expectRefused(user: FakeUser, pattern: RegExp) {
  const before = (await t.app.ledger.peek(t.world.discord.guild.id, user.id)).balance;
  const prompt = `refused ${++refusals}`;
  const handle = t.world.discord.video({ prompt, duration: 3 }, { user });
  expect(await handle.ephemeralText()).toMatch(pattern);
  // Nothing public: the private acknowledgement carries the refusal, no status message follows.
  expect(handle.status()).toBeUndefined();
  expect((await t.app.ledger.peek(t.world.discord.guild.id, user.id)).balance).toBe(before);
  expect(t.world.segmind.submissions.some((s) => s.prompt === prompt)).toBe(false);
}

const admits = (user: FakeUser, prompt: string) =>
  admitted(t.world.discord, t.world.discord.video({ prompt, duration: 3 }, { user }));

describe('role allowances, caps and access', () => {
  it('a member gets their most generous role, a denied role wins, and both survive a restart', async () => {
    const { discord } = t.world;
    const g = discord.guild;
    await t.app.settings.update(g.id, { logChannelId: g.logChannelId });
    const patrons = discord.addRole('Patrons');
    const vip = discord.addRole('VIP');
    const muted = discord.addRole('Muted');
    const set = await moderate(
      discord,
      ['role', 'set'],
      [roleOpt(patrons), intOpt('allowance', 100), intOpt('jobs', 3)],
    ).ephemeralText();
    expect(set).toBe(
      `✅ <@&${patrons.id}>: Allowance: server setting (30) → 100, Jobs at once: server setting (2) → 3`,
    );
    await moderate(
      discord,
      ['role', 'set'],
      [roleOpt(vip), intOpt('allowance', 50), intOpt('jobs', 5)],
    ).ephemeralText();
    await moderate(discord, ['role', 'set'], [roleOpt(muted), strOpt('access', 'deny')]).ephemeralText();
    const log = await discord.waitFor(() => {
      const lines = discord.messagesIn(g.logChannelId).map((m) => m.content);
      return lines.length >= 3 ? lines : undefined;
    });
    expect(log[0]).toBe(
      `🛠️ <@${mod.id}> changed the limits of <@&${patrons.id}>: Allowance: server setting (30) → 100, Jobs at once: server setting (2) → 3`,
    );
    expect(log[2]).toMatch(/limits of <@&\d+>: Access: like everyone → denied/);

    await t.app.stop();
    t.app = await t.world.startBot();

    const carol = { id: '100000000000000031', username: 'carol', roles: [patrons.id, vip.id] };
    const fields = await creditsFields(carol);
    expect(fields).toMatchObject({ Balance: '**100**', Allowance: '100 every 24 h' });
    expect(fields['Your roles']).toBe(
      `Allowance **100** from <@&${patrons.id}>\nUp to **5** jobs at once from <@&${vip.id}>`,
    );
    // The cap from VIP (5) lets carol run more than the server's 2 at once.
    t.world.segmind.renderMs = 3_000_000;
    for (const i of [1, 2, 3]) expect(await admits(carol, `carol ${i}`)).toBe(true);
    expect(await admits(bob, 'bob 1')).toBe(true);
    expect(await admits(bob, 'bob 2')).toBe(true);
    await expectRefused(bob, /already have 2 videos in progress/);
    // Muted wins over Patrons and VIP.
    await expectRefused({ ...carol, roles: [patrons.id, vip.id, muted.id] }, /Your roles do not allow you/);
    const show = await embedOf(moderate(discord, ['role', 'show']));
    expect(show.description).toContain(`<@&${muted.id}> — Access: denied`);
    expect(show.description).toContain(`<@&${vip.id}> — Allowance: 50 · Jobs at once: 5`);
  });

  it('once a role is allowed, only its members and moderators may make videos, across a restart', async () => {
    const { discord } = t.world;
    const helpers = discord.addRole('Helpers');
    expect(
      await moderate(discord, ['role', 'set'], [roleOpt(helpers), strOpt('access', 'allow')]).ephemeralText(),
    ).toBe(`✅ <@&${helpers.id}>: Access: like everyone → allowed`);
    await t.app.stop();
    t.app = await t.world.startBot();
    await expectRefused(bob, new RegExp(`only members with <@&${helpers.id}> can`));
    const fields = await creditsFields(bob);
    expect(fields['Your roles']).toMatch(/Only <@&\d+> may make videos here, and you have none of them/);
    expect(await admits({ ...alice, roles: [helpers.id] }, 'a helper')).toBe(true);
    expect(await admits(mod, 'a moderator')).toBe(true);
    expect(await moderate(discord, ['role', 'clear'], [roleOpt(helpers)]).ephemeralText()).toBe(
      `✅ <@&${helpers.id}> has no limits of its own any more.`,
    );
    expect(await admits(bob, 'open again')).toBe(true);
  });

  it('the allowance of a member’s role is what refills, even seen by a moderator without their roles', async () => {
    const { discord, clock } = t.world;
    const patrons = discord.addRole('Patrons');
    await moderate(discord, ['role', 'set'], [roleOpt(patrons), intOpt('allowance', 100)]).ephemeralText();
    const carol = { id: '100000000000000032', username: 'carol', roles: [patrons.id] };
    expect((await creditsFields(carol)).Balance).toBe('**100**');
    const handle = discord.video({ prompt: 'ten seconds of rain', duration: 10 }, { user: carol });
    await discord.waitFor(() => handle.status()?.attachments.length || undefined, 15_000);
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(discord.guild.id, carol.id)).balance).toBe(90);
    clock.advance(25 * 3_600_000);
    // The moderator's view carries no roles for carol: the ones she last showed count.
    const shown = await embedOf(
      moderate(discord, ['credits', 'show'], [{ name: 'user', type: 6, value: carol.id }]),
    );
    const fields = Object.fromEntries(shown.fields?.map((f) => [f.name, f.value]) ?? []);
    expect(fields).toMatchObject({ Balance: '**100**', Allowance: '100 every 24 h' });
  });

  it('answers plainly when a role change changes nothing, or gives nothing to change', async () => {
    const { discord } = t.world;
    const patrons = discord.addRole('Patrons');
    expect(await moderate(discord, ['role', 'set'], [roleOpt(patrons)]).ephemeralText()).toMatch(
      /Nothing to change: give an allowance/,
    );
    await moderate(discord, ['role', 'set'], [roleOpt(patrons), intOpt('allowance', 60)]).ephemeralText();
    expect(
      await moderate(discord, ['role', 'set'], [roleOpt(patrons), intOpt('allowance', 60)]).ephemeralText(),
    ).toBe('Nothing changed: those are already the settings.');
    expect(
      await moderate(discord, ['role', 'set'], [roleOpt(patrons), intOpt('allowance', -1)]).ephemeralText(),
    ).toBe(`✅ <@&${patrons.id}>: Allowance: 60 → server setting (30)`);
    expect((await t.app.settings.get(discord.guild.id)).roles).toEqual({});
    expect(await moderate(discord, ['role', 'clear'], [roleOpt(patrons)]).ephemeralText()).toMatch(
      /Nothing changed: <@&\d+> had no limits of its own/,
    );
  });
});
