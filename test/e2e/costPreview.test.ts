import { describe, expect, it } from 'vitest';
import type { FakeMessage, InteractionHandle } from '../support/fakeDiscord.ts';
import { admitted, alice, bob, buttons, customIds, finalMessage, mod, png } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

const g = () => t.world.discord.guild.id;
const account = () => t.app.ledger.peek(g(), alice.id);

/** `/clipcast settings cost-preview credits:N` as a moderator; returns the private answer. */
async function setThreshold(credits: number): Promise<string> {
  const handle = t.world.discord.slash(
    'clipcast',
    [
      {
        name: 'settings',
        type: 2,
        options: [{ name: 'cost-preview', type: 1, options: [{ name: 'credits', type: 4, value: credits }] }],
      },
    ],
    { user: mod },
  );
  const callback = await handle.callback();
  const data = callback.body.data as {
    content?: string;
    embeds?: Array<{ fields: Array<{ name: string; value: string }> }>;
  };
  return `${data.content ?? ''}\n${(data.embeds?.[0]?.fields ?? []).map((f) => `${f.name}: ${f.value}`).join('\n')}`;
}

/** Waits for the private preview answering `handle` and returns it with its two button ids. */
async function previewOf(
  handle: InteractionHandle,
): Promise<{ message: FakeMessage; make: string; cancel: string }> {
  const message = await t.world.discord.waitFor(() => {
    const m = handle.original();
    return m && (m.flags & 64) !== 0 && m.components.length > 0 ? m : undefined;
  });
  const [make, cancel] = customIds(message);
  return { message, make: make as string, cancel: cancel as string };
}

describe('cost preview', () => {
  it('is off by default; a moderator turns it on with a threshold and off with 0', async () => {
    const video = t.world.discord.video({ prompt: 'no preview by default', duration: 10 }, { user: alice });
    expect(await admitted(t.world.discord, video)).toBe(true);
    await finalMessage(t.world.discord, video);
    expect(await setThreshold(10)).toMatch(
      /Cost preview: off → from 10 credits, or over half a member’s balance/,
    );
    expect(await setThreshold(0)).toMatch(/Cost preview: from 10 credits.* → off/);
  });

  it('asks privately before reserving anything; Make it runs the job, whose status the press owns', async () => {
    await setThreshold(10);
    const ask = t.world.discord.video({ prompt: 'an expensive fox', duration: 10 }, { user: alice });
    const callback = await ask.callback();
    expect([callback.type, ask.state.ephemeral]).toEqual([5, true]);
    const { message, make } = await previewOf(ask);
    expect(message.content).toContain('This clip costs 10 credits (you have 30)');
    expect(message.content).toContain('“an expensive fox” · 10 s · 16:9');
    expect(buttons(message).map((c) => c.label)).toEqual(['Make it', 'Cancel']);
    expect((await account()).reserved).toEqual({});
    expect((await account()).balance).toBe(30);
    expect(t.world.segmind.submissions).toHaveLength(0);

    const press = t.world.discord.button(make, message, { user: alice });
    const ack = await press.callback();
    expect([ack.type, press.state.ephemeral]).toEqual([5, true]);
    const clip = await finalMessage(t.world.discord, press);
    expect(clip.attachments).toHaveLength(1);
    expect(t.world.segmind.submissions).toEqual([
      expect.objectContaining({ prompt: 'an expensive fox', duration: 10, aspect_ratio: '16:9' }),
    ]);
    await t.app.runner.idle();
    expect((await account()).balance).toBe(20);
    // The preview loses its buttons once answered, and a second press starts nothing.
    await t.world.discord.waitFor(() => message.components.length === 0 && /Started/.test(message.content));
    const again = t.world.discord.button(make, message, { user: alice });
    expect(await again.ephemeralText()).toMatch(/expired or was already answered/);
    expect(t.world.segmind.submissions).toHaveLength(1);
  });

  it('Cancel reserves nothing, submits nothing and says so', async () => {
    await setThreshold(5);
    const ask = t.world.discord.video({ prompt: 'never mind', duration: 5 }, { user: alice });
    const { message, cancel, make } = await previewOf(ask);
    const press = t.world.discord.button(cancel, message, { user: alice });
    expect((await press.callback()).type).toBe(7);
    expect(message.content).toBe('✅ Cancelled — nothing was charged.');
    expect(message.components).toEqual([]);
    const after = await account();
    expect(after.balance).toBe(30);
    expect(after.log.filter((e) => e.kind === 'reserve')).toEqual([]);
    expect(t.world.segmind.submissions).toHaveLength(0);
    expect(await t.world.discord.button(make, message, { user: alice }).ephemeralText()).toMatch(
      /already answered/,
    );
  });

  it('asks when a clip costs more than half the balance, even under the threshold', async () => {
    await setThreshold(100);
    await t.app.ledger.setBalance(g(), alice.id, 8, mod.id);
    const cheap = t.world.discord.video({ prompt: 'three seconds', duration: 3 }, { user: alice });
    expect(await admitted(t.world.discord, cheap)).toBe(true);
    await finalMessage(t.world.discord, cheap);
    const ask = t.world.discord.video({ prompt: 'five seconds', duration: 5 }, { user: alice });
    const { message } = await previewOf(ask);
    expect(message.content).toContain('This clip costs 5 credits (you have 5)');
  });

  it('only the member who asked can confirm', async () => {
    await setThreshold(5);
    const ask = t.world.discord.video({ prompt: 'mine', duration: 5 }, { user: alice });
    const { message, make } = await previewOf(ask);
    expect(await t.world.discord.button(make, message, { user: bob }).ephemeralText()).toMatch(
      /Only the member who asked/,
    );
    expect(t.world.segmind.submissions).toHaveLength(0);
    expect((await t.app.ledger.peek(g(), bob.id)).reserved).toEqual({});
    await finalMessage(t.world.discord, t.world.discord.button(make, message, { user: alice }));
    expect(t.world.segmind.submissions).toHaveLength(1);
  });

  it('an expired preview gets a clear answer and starts nothing', async () => {
    await setThreshold(5);
    const ask = t.world.discord.video({ prompt: 'too late', duration: 5 }, { user: alice });
    const { message, make } = await previewOf(ask);
    t.world.clock.advance(11 * 60_000);
    expect(await t.world.discord.button(make, message, { user: alice }).ephemeralText()).toMatch(
      /cost preview has expired/,
    );
    expect(t.world.segmind.submissions).toHaveLength(0);
    expect((await account()).reserved).toEqual({});
  });

  it('survives a restart between the question and the answer', async () => {
    await setThreshold(5);
    const ask = t.world.discord.video({ prompt: 'patience', duration: 5, seed: 99 }, { user: alice });
    const { message, make } = await previewOf(ask);
    await t.app.stop();
    t.app = await t.world.startBot();
    await finalMessage(t.world.discord, t.world.discord.button(make, message, { user: alice }));
    expect(t.world.segmind.submissions).toEqual([expect.objectContaining({ prompt: 'patience', seed: 99 })]);
  });

  it('applies to Re-roll and to Animate', async () => {
    const first = await finalMessage(t.world.discord, t.world.discord.video({ prompt: 'base', duration: 5 }));
    await setThreshold(5);
    const reroll = t.world.discord.button(customIds(first)[0] as string, first, { user: alice });
    const fromReroll = await previewOf(reroll);
    expect(fromReroll.message.content).toContain('This clip costs 5 credits');
    const rerun = t.world.discord.button(fromReroll.make, fromReroll.message, { user: alice });
    await finalMessage(t.world.discord, rerun);
    const [jobId] = (await account()).recentJobs;
    expect((await t.app.jobs.get(jobId ?? ''))?.origin).toBe('reroll');

    const source = t.world.discord.postMessage({
      author: bob,
      files: [{ filename: 'cat.png', data: png(), contentType: 'image/png' }],
    });
    const open = t.world.discord.messageCommand('Animate with clipcast', source, { user: alice });
    await open.callback();
    const submit = t.world.discord.submitModal(open, { prompt: 'animate me' }, { user: alice });
    const fromAnimate = await previewOf(submit);
    await finalMessage(
      t.world.discord,
      t.world.discord.button(fromAnimate.make, fromAnimate.message, { user: alice }),
    );
    const animated = await t.app.jobs.get((await account()).recentJobs[0] ?? '');
    expect(animated?.origin).toBe('animate');
    expect(animated?.source?.messageId).toBe(source.id);
  });
});
