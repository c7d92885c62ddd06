import { describe, expect, it } from 'vitest';
import type { FakeMessage } from '../support/fakeDiscord.ts';
import { alice, bob, completionPing, customIds, finalMessage, mod } from '../support/helpers.ts';
import { intOpt, moderate, userOpt } from '../support/moderate.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

const g = () => t.world.discord.guild;
const logLines = () => t.world.discord.messagesIn(g().logChannelId).map((m) => m.content);
const INTERNAL = /logChannelId|maxJobsPerUser|allowedChannels|costPerSecond|\bnull\b|undefined/;
const otherMod = { ...mod, id: '100000000000000013', username: 'mod2' };

describe('moderator texts, for humans', () => {
  it('names settings by their labels and channels by mention in the answer and the log, never internal keys', async () => {
    const { discord } = t.world;
    const log = moderate(
      discord,
      ['settings', 'log-channel'],
      [{ name: 'channel', type: 7, value: g().logChannelId }],
    );
    const answer = await log.ephemeralText();
    expect(answer).toBe(`✅ Updated: Log channel: off → <#${g().logChannelId}>`);
    const limits = await moderate(discord, ['settings', 'limits'], [intOpt('user_jobs', 1)]).ephemeralText();
    expect(limits).toBe('✅ Updated: Jobs per member: 2 → 1');
    const lines = await discord.waitFor(() => (logLines().length >= 2 ? logLines() : undefined));
    expect(lines).toEqual([
      `🛠️ <@${mod.id}> changed settings: Log channel: off → <#${g().logChannelId}>`,
      `🛠️ <@${mod.id}> changed settings: Jobs per member: 2 → 1`,
    ]);
    for (const text of [answer, limits, ...lines]) expect(text).not.toMatch(INTERNAL);
  });

  it('settings reset asks first: only the asking moderator can confirm, Keep changes nothing, and the reset is logged before the log channel goes', async () => {
    const { discord } = t.world;
    await t.app.settings.update(g().id, { logChannelId: g().logChannelId, allowance: 50 });
    const ask = moderate(discord, ['settings', 'reset']);
    expect(await ask.ephemeralText()).toMatch(
      /Reset \*\*every\*\* clipcast setting.*turns off the log channel/s,
    );
    const prompt = ask.original() as FakeMessage;
    const [yes, no] = customIds(prompt) as [string, string];
    expect(yes).toMatch(/^confirm:settings-reset:yes:/);

    for (const someone of [bob, otherMod]) {
      const press = discord.button(yes, prompt, { user: someone });
      expect(await press.ephemeralText()).toBe('Only the moderator who asked can confirm this.');
    }
    expect((await t.app.settings.get(g().id)).allowance).toBe(50);

    const keep = discord.button(no, prompt, { user: mod });
    expect((await keep.callback()).type).toBe(7);
    expect(prompt.content).toBe('Nothing changed.');
    expect(prompt.components).toEqual([]);
    const kept = await t.app.settings.get(g().id);
    expect([kept.allowance, kept.logChannelId]).toEqual([50, g().logChannelId]);
    expect(logLines()).toEqual([]);

    const again = moderate(discord, ['settings', 'reset']);
    await again.ephemeralText();
    const confirm = discord.button(
      customIds(again.original() as FakeMessage)[0] as string,
      again.original() as FakeMessage,
      {
        user: mod,
      },
    );
    await confirm.callback();
    expect(again.original()?.content).toBe('✅ Every setting is back to its default.');
    expect(logLines()).toEqual([
      `🛠️ <@${mod.id}> reset every clipcast setting to its default (this log channel is turned off now)`,
    ]);
    const after = await t.app.settings.get(g().id);
    expect([after.allowance, after.logChannelId]).toEqual([30, null]);
    // The log channel is off now: the next change is confirmed but not posted there.
    await moderate(discord, ['settings', 'limits'], [intOpt('user_jobs', 3)]).ephemeralText();
    expect(logLines()).toHaveLength(1);
  });

  it.each([
    ['grant', 0],
    ['grant', -5],
    ['take', 0],
    ['take', -5],
  ])(
    'refuses to %s %i credits (Discord’s minimum is not trusted), changing and logging nothing',
    async (sub, amount) => {
      await t.app.settings.update(g().id, { logChannelId: g().logChannelId });
      const zero = moderate(t.world.discord, ['credits', sub], [userOpt(alice.id), intOpt('amount', amount)]);
      expect(await zero.ephemeralText()).toBe('⚠️ Give a number of credits above 0.');
      const account = await t.app.ledger.peek(g().id, alice.id);
      expect([account.balance, account.log.map((e) => e.kind)]).toEqual([30, ['open']]);
      expect(logLines()).toEqual([]);
    },
  );

  it('answers a change that changes nothing with “Nothing changed”, and logs nothing', async () => {
    const { discord } = t.world;
    await t.app.settings.update(g().id, { logChannelId: g().logChannelId });
    const same = await moderate(discord, ['settings', 'credits'], [intOpt('allowance', 30)]).ephemeralText();
    expect(same).toBe('Nothing changed: those are already the settings.');
    const set = await moderate(
      discord,
      ['credits', 'set'],
      [userOpt(alice.id), intOpt('amount', 30)],
    ).ephemeralText();
    expect(set).toBe('Nothing changed: that is already the balance.');
    expect(logLines()).toEqual([]);
  });

  it('Delete removes the clip and the “your clip is ready” ping that links to it', async () => {
    const { discord } = t.world;
    const handle = discord.video({ prompt: 'a short-lived clip' }, { user: alice });
    const message = await finalMessage(discord, handle);
    const ping = await completionPing(discord, handle);
    expect(ping.content).toContain(message.id);
    await t.app.runner.idle();
    const del = discord.button(customIds(message)[3] as string, message, { user: alice });
    expect(await del.ephemeralText()).toBe('🗑️ Deleted.');
    expect(message.deleted).toBe(true);
    await discord.waitFor(() => ping.deleted || undefined);
  });
});
