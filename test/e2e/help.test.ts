import { describe, expect, it } from 'vitest';
import type { FakeUser } from '../support/fakeDiscord.ts';
import { alice, mod } from '../support/helpers.ts';
import { intOpt, moderate, roleOpt } from '../support/moderate.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

type Embed = { title: string; description: string; fields: Array<{ name: string; value: string }> };

async function help(
  user: FakeUser,
): Promise<{ embed: Embed; flags: number; fields: Record<string, string> }> {
  const handle = t.world.discord.slash('help', [], { user });
  await handle.callback();
  const message = await t.world.discord.waitFor(() =>
    handle.original()?.embeds.length ? handle.original() : undefined,
  );
  const embed = message.embeds[0] as Embed;
  return {
    embed,
    flags: message.flags,
    fields: Object.fromEntries(embed.fields.map((f) => [f.name, f.value])),
  };
}

describe('/help', () => {
  it('shows privately what the bot does, the member’s balance and limits, the server’s settings and the commands', async () => {
    const g = t.world.discord.guild;
    await t.app.settings.update(g.id, {
      allowedChannels: [g.channelId],
      costPerSecond: 2,
      defaultDuration: 3,
      defaultAspectRatio: '9:16',
      cooldownSeconds: 60,
      maxJobsPerGuild: 6,
    });
    await t.app.ledger.setBalance(g.id, alice.id, 17, 'test');
    const { embed, flags, fields } = await help(alice);
    expect(flags & 64).toBe(64);
    expect(embed.description).toMatch(/turns a prompt.*into a short video with sound/);
    expect(fields.You?.split('\n')).toEqual([
      expect.stringMatching(/^Balance \*\*17\*\* credits · next refill <t:\d+:R>$/),
      'Allowance 30 every 24 h',
      'Up to 2 jobs at once',
      'No role limits apply to you: the server’s settings do.',
    ]);
    expect(fields['This server']?.split('\n')).toEqual([
      `Channels: <#${g.channelId}>`,
      'Cost: 3 s → 6 credits · 5 s → 10 credits · 10 s → 20 credits',
      'Defaults: 3 s · 9:16',
      'Cooldown between a member’s videos: 60 s',
      'Up to 6 jobs at once in this server',
    ]);
    expect(fields.Commands).toContain('`/video prompt:…`');
    expect(fields.Commands).toContain('`/clips`');
    expect(fields.Commands).not.toContain('/clipcast');
    expect(JSON.stringify(embed).length).toBeLessThan(6000);
  });

  it('shows a member with roles the allowance and job cap their roles give, and which role gives them', async () => {
    const { discord } = t.world;
    const patrons = discord.addRole('Patrons');
    const crew = discord.addRole('Crew');
    await moderate(discord, ['role', 'set'], [roleOpt(patrons), intOpt('allowance', 80)]).ephemeralText();
    await moderate(discord, ['role', 'set'], [roleOpt(crew), intOpt('jobs', 4)]).ephemeralText();
    const { fields } = await help({
      id: '100000000000000041',
      username: 'dana',
      roles: [patrons.id, crew.id],
    });
    expect(fields.You?.split('\n')).toEqual([
      expect.stringMatching(/^Balance \*\*80\*\* credits/),
      'Allowance 80 every 24 h',
      'Up to 4 jobs at once',
      `Allowance **80** from <@&${patrons.id}>`,
      `Up to **4** jobs at once from <@&${crew.id}>`,
    ]);
    const moderator = await help(mod);
    expect(moderator.fields.Commands).toContain('`/clipcast …` — moderators');
    expect(moderator.fields['This server']).toContain('Channels: every channel');
  });
});
