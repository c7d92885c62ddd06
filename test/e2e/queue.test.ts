import { describe, expect, it } from 'vitest';
import type { JobRecord } from '../../src/jobs/record.ts';
import type { FakeMessage, InteractionHandle } from '../support/fakeDiscord.ts';
import { alice, bob, customIds, finalMessage, mod } from '../support/helpers.ts';
import { moderate } from '../support/moderate.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld({ MAX_RENDERING: '1', RENDER_TIMEOUT_SECONDS: '86400' });

const g = () => t.world.discord.guild;

async function jobOf(handle: InteractionHandle): Promise<JobRecord> {
  const messageId = await t.world.discord.waitFor(() => handle.status()?.id);
  for (let i = 0; i < 400; i++) {
    const ids = Object.keys(await t.app.ledger.activeJobs(g().id));
    const job = (await t.app.jobs.getMany(ids)).find((j) => j.statusMessageId === messageId);
    if (job) return job;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('job not found');
}

const description = (m: FakeMessage) => String((m.embeds[0] as { description?: string }).description);

describe('/clipcast queue', () => {
  it('lists rendering and queued jobs with requester, age and position; a moderator’s Cancel refunds and logs it', async () => {
    const { discord, segmind } = t.world;
    await t.app.settings.update(g().id, { logChannelId: g().logChannelId });
    segmind.renderMs = 3_000_000;
    const first = discord.video({ prompt: 'a rendering whale', duration: 5 }, { user: alice });
    const rendering = await jobOf(first);
    await discord.waitFor(() => segmind.submissions.length === 1 || undefined);
    const second = discord.video({ prompt: 'a queued otter', duration: 3 }, { user: bob });
    const queued = await jobOf(second);
    await discord.waitFor(() => /position \*\*1\*\*/.test(second.status()?.content ?? '') || undefined);

    const view = moderate(discord, ['queue']);
    await view.callback();
    const list = view.original() as FakeMessage;
    expect(list.flags & 64).toBe(64);
    expect(list.allowed_mentions).toEqual({ parse: [] });
    const lines = description(list).split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^\\*\\*1\\.\\*\\* 🎬 \\*\\*Rendering\\*\\* · <@${alice.id}> · “a rendering whale” · 5 credits · requested <t:\\d+:R>$`,
      ),
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\*\\*2\\.\\*\\* ⏳ \\*\\*Queued\\*\\* \\(#1 in line\\) · <@${bob.id}> · “a queued otter” · 3 credits`,
      ),
    );
    expect(customIds(list)).toEqual([
      `queue:cancel:${rendering.id}`,
      `queue:cancel:${queued.id}`,
      'queue:refresh',
    ]);

    // Only moderators may cancel from the queue view, even with a forged press.
    const forged = discord.button(`queue:cancel:${queued.id}`, list, { user: bob });
    expect(await forged.ephemeralText()).toMatch(/moderator command/);
    expect((await t.app.jobs.get(queued.id))?.state).toBe('queued');

    const cancel = discord.button(`queue:cancel:${queued.id}`, list, { user: mod });
    expect((await cancel.callback()).type).toBe(7);
    expect(list.content).toBe(`✅ Cancelled job \`${queued.id}\` of <@${bob.id}>; 3 credits refunded.`);
    expect(description(list)).not.toContain('otter');
    expect(customIds(list)).toEqual([`queue:cancel:${rendering.id}`, 'queue:refresh']);
    expect((await t.app.ledger.peek(g().id, bob.id)).balance).toBe(30);
    expect((await finalMessage(discord, second)).content).toMatch(/Cancelled/);
    const logLine = await discord.waitFor(() =>
      discord.messagesIn(g().logChannelId).find((m) => m.content.startsWith('🛠️')),
    );
    expect(logLine.content).toBe(
      `🛠️ <@${mod.id}> cancelled job \`${queued.id}\` of <@${bob.id}> (3 credits refunded)`,
    );

    // A rendering job can be cancelled too: refunded at once, its result never fetched.
    await discord.button(`queue:cancel:${rendering.id}`, list, { user: mod }).callback();
    expect(description(list)).toBe('No jobs are queued or rendering in this server right now.');
    expect((await t.app.ledger.peek(g().id, alice.id)).balance).toBe(30);
    expect((await finalMessage(discord, first)).content).toMatch(/Cancelled/);
    // Cancelling again is refused plainly.
    expect(await discord.button(`queue:cancel:${rendering.id}`, list, { user: mod }).ephemeralText()).toMatch(
      /can no longer be cancelled/,
    );
  });

  it('Refresh shows the queue as it is now', async () => {
    const { discord, segmind } = t.world;
    const view = moderate(discord, ['queue']);
    await view.callback();
    const list = view.original() as FakeMessage;
    expect(description(list)).toMatch(/No jobs are queued/);
    segmind.renderMs = 3_000_000;
    await jobOf(discord.video({ prompt: 'late arrival', duration: 3 }, { user: alice }));
    await discord.button('queue:refresh', list, { user: mod }).callback();
    expect(description(list)).toContain('late arrival');
  });
});
