import { describe, expect, it } from 'vitest';
import type { FakeMessage, FakeUser, InteractionHandle } from '../support/fakeDiscord.ts';
import { alice, bob, buttons, customIds, finalMessage, mod } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

const description = (m: FakeMessage) => String((m.embeds[0] as { description?: string }).description);
const footer = (m: FakeMessage) => String((m.embeds[0] as { footer?: { text: string } }).footer?.text);

async function clip(prompt: string, user: FakeUser = alice, seed = 4242): Promise<FakeMessage> {
  const message = await finalMessage(
    t.world.discord,
    t.world.discord.video({ prompt, seed, duration: 3 }, { user }),
  );
  await t.app.runner.idle();
  return message;
}

async function clips(user: FakeUser = alice): Promise<FakeMessage> {
  const handle = t.world.discord.slash('clips', [], { user });
  await handle.callback();
  return handle.original() as FakeMessage;
}

/** Presses Re-post on the history and returns the private answer (a deferred ephemeral reply). */
async function repost(
  history: FakeMessage,
  n: number,
): Promise<{ handle: InteractionHandle; reply: FakeMessage }> {
  const press = buttons(history).find((b) => b.label === `Re-post ${n}`) as {
    custom_id: string;
    label: string;
    disabled?: boolean;
  };
  const handle = t.world.discord.button(press.custom_id, history, { user: alice });
  await handle.ephemeralText(15_000);
  return { handle, reply: handle.original() as FakeMessage };
}

describe('/clips', () => {
  it('pages through the member’s clips, newest first, with seed, cost, state and jump links; only they may page', async () => {
    t.world.segmind.renderMs = 5_000;
    const delivered: FakeMessage[] = [];
    for (let i = 1; i <= 7; i++) delivered.push(await clip(`clip number ${i}`, alice, 1000 + i));
    await clip('not alice’s', bob);
    const history = await clips();
    expect(history.flags & 64).toBe(64);
    const lines = description(history).split('\n');
    expect(lines).toHaveLength(5);
    const last = delivered[6] as FakeMessage;
    expect(lines[0]).toBe(
      `**1.** ✅ “clip number 7” · seed \`1007\` · 3 credits · done · <t:${lines[0]?.match(/<t:(\d+):R>/)?.[1]}:R> · [jump](https://discord.com/channels/${t.world.discord.guild.id}/${last.channel_id}/${last.id})`,
    );
    expect(lines[4]).toMatch(/^\*\*5\.\*\* ✅ “clip number 3” · seed `1003`/);
    expect(description(history)).not.toContain('alice’s');
    expect(footer(history)).toBe('Page 1 of 2 · newest first');
    expect(buttons(history).map((b) => b.label)).toEqual([
      'Re-post 1',
      'Re-post 2',
      'Re-post 3',
      'Re-post 4',
      'Re-post 5',
      'Previous',
      'Next',
    ]);
    const next = buttons(history).find((b) => b.label === 'Next') as {
      custom_id: string;
      label: string;
      disabled?: boolean;
    };
    expect(buttons(history).find((b) => b.label === 'Previous')?.disabled).toBe(true);

    const foreign = t.world.discord.button(next.custom_id, history, { user: bob });
    expect(await foreign.ephemeralText()).toMatch(/belong to someone else’s \/clips/);
    expect(footer(history)).toBe('Page 1 of 2 · newest first');

    // Paging keeps its state in the button, so it works after a restart.
    await t.app.stop();
    t.app = await t.world.startBot();
    expect((await t.world.discord.button(next.custom_id, history, { user: alice }).callback()).type).toBe(7);
    expect(
      description(history)
        .split('\n')
        .map((l) => l.match(/“(.*?)”/)?.[1]),
    ).toEqual(['clip number 2', 'clip number 1']);
    expect(footer(history)).toBe('Page 2 of 2 · newest first');
    expect(buttons(history).find((b) => b.label === 'Next')?.disabled).toBe(true);
    const previous = buttons(history).find((b) => b.label === 'Previous') as {
      custom_id: string;
      label: string;
      disabled?: boolean;
    };
    expect(previous.disabled).toBe(false);
    await t.world.discord.button(previous.custom_id, history, { user: alice }).callback();
    expect(footer(history)).toBe('Page 1 of 2 · newest first');
  });

  it('Re-post uploads a deleted clip again, with result buttons that work on the new message', async () => {
    const { discord, segmind } = t.world;
    const message = await clip('a paper boat');
    const history = await clips();
    expect((await repost(history, 1)).reply.content).toBe(
      `Your clip is still there: https://discord.com/channels/${discord.guild.id}/${message.channel_id}/${message.id}`,
    );
    const del = discord.button(customIds(message)[3] as string, message, { user: alice });
    expect(await del.ephemeralText()).toMatch(/Deleted/);
    expect(message.deleted).toBe(true);
    // The list now says so, with no link to the deleted message (Re-post is still offered).
    const listed = description(await clips());
    expect(listed).toMatch(/“a paper boat” · seed `4242` · 3 credits · deleted · /);
    expect(listed).not.toContain(message.id);

    const { reply } = await repost(history, 1);
    const again = discord
      .messagesIn(message.channel_id)
      .find((m) => m.id !== message.id && m.attachments.length > 0) as FakeMessage;
    expect(reply.content).toBe(
      `📤 Posted again: https://discord.com/channels/${discord.guild.id}/${again.channel_id}/${again.id}`,
    );
    const requestId = [...segmind.jobs.keys()][0] as string;
    expect(Buffer.compare(again.attachments[0]?.data as Buffer, segmind.outputOf(requestId) as Buffer)).toBe(
      0,
    );
    expect(again.allowed_mentions).toEqual({ parse: [] });
    expect(customIds(again).map((id) => id.split(':')[1])).toEqual(['reroll', 'same', 'edit', 'delete']);
    expect(description(await clips())).toMatch(new RegExp(`· done · .*\\[jump\\]\\(.*/${again.id}\\)`));
    // The buttons are bound to the new message: Same seed from it runs the same seed again.
    const same = discord.button(customIds(again)[1] as string, again, { user: alice });
    await finalMessage(discord, same);
    expect(segmind.submissions[1]).toEqual(segmind.submissions[0]);
  });

  it('a clip a moderator removed is listed as such and is not posted again, even from an older list', async () => {
    const { discord } = t.world;
    const message = await clip('not for this server');
    const before = await clips();
    const del = discord.button(customIds(message)[3] as string, message, { user: mod });
    expect(await del.ephemeralText()).toMatch(/Deleted/);
    const after = await clips();
    expect(description(after)).toMatch(/· removed by a moderator · /);
    expect(buttons(after).some((b) => b.label?.startsWith('Re-post'))).toBe(false);
    // The Re-post button of a list shown before the removal is refused.
    expect((await repost(before, 1)).reply.content).toBe(
      'A moderator removed this clip, so it is not posted again.',
    );
    expect(discord.messagesIn(message.channel_id).filter((m) => !m.deleted && m.attachments.length)).toEqual(
      [],
    );
  });

  it('offers Same seed when the renderer no longer has the file (kept about 7 days)', async () => {
    const { discord, segmind, clock } = t.world;
    const message = await clip('an old lighthouse', alice, 31337);
    message.deleted = true;
    clock.advance(8 * 24 * 3_600_000);
    const history = await clips();
    const { reply } = await repost(history, 1);
    expect(reply.content).toMatch(/no longer available at the renderer.*It costs 3 credits\./);
    expect(reply.attachments).toHaveLength(0);
    expect(segmind.requests.filter((r) => r.path.startsWith('/files/'))).toHaveLength(1);
    const offer = customIds(reply);
    expect(offer).toHaveLength(1);
    expect(offer[0]).toMatch(/^clips:same:/);
    expect(await discord.button(offer[0] as string, reply, { user: bob }).ephemeralText()).toMatch(
      /someone else’s/,
    );
    const rerun = discord.button(offer[0] as string, reply, { user: alice });
    const next = await finalMessage(discord, rerun);
    expect(next.attachments).toHaveLength(1);
    expect(segmind.submissions[1]).toMatchObject({ prompt: 'an old lighthouse', seed: 31337, duration: 3 });
  });

  it('offers Same seed when the file cannot be downloaded any more, even within 7 days', async () => {
    const { segmind } = t.world;
    const message = await clip('a vanished file');
    message.deleted = true;
    for (const job of segmind.jobs.values()) job.output = null;
    const { reply } = await repost(await clips(), 1);
    expect(reply.content).toMatch(/no longer available at the renderer/);
    expect(customIds(reply)[0]).toMatch(/^clips:same:/);
    expect(t.world.discord.messagesIn(message.channel_id).filter((m) => m.attachments.length)).toHaveLength(
      0,
    );
  });

  it('says so when the member has no clips yet', async () => {
    const history = await clips(bob);
    expect(description(history)).toBe('You have no clips in this server yet. Make one with /video.');
    expect(history.components).toEqual([]);
  });
});
