import { describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../support/fakeDiscord.ts';
import { alice, finalMessage, png, shownTexts } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

/** The render status lines a job showed ("usually about N s, ready <t:…:R>"). */
function renderingTexts(handle: InteractionHandle): string[] {
  return shownTexts(t.world.discord, handle).filter((text) => text.includes('Rendering'));
}

/** The "usually about N s" of a status line (a learned value may land on either side of a 5 s step). */
const usually = (text: string | undefined) => Number(/usually about (\d+) s/.exec(text ?? '')?.[1]);
const learnedValue = (text: string | undefined) => [20, 25].includes(usually(text));

/** How long after the submit the bot first asked about the n-th render (simulated ms). */
function firstPollAfterSubmit(n: number): number {
  const [id, job] = [...t.world.segmind.jobs.entries()][n] ?? [];
  const polls = t.world.segmind.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`${id}/status`));
  return (polls[0]?.at ?? Number.NaN) - (job?.submittedAt ?? Number.NaN);
}

async function run(options: Parameters<typeof t.world.discord.video>[0]): Promise<InteractionHandle> {
  const handle = t.world.discord.video(options, { user: alice });
  await finalMessage(t.world.discord, handle);
  await t.app.runner.idle();
  return handle;
}

describe('render times learned from this bot’s own jobs', () => {
  it('shows and polls by what finished jobs of the same kind took, on the injected clock, across a restart', async () => {
    const { segmind, discord } = t.world;
    await t.app.ledger.grant(discord.guild.id, alice.id, 100, 'test');
    // Renders take 18 s; what the bot measures (submit to the poll that sees it done) is 18–21 s,
    // shown in 5 s steps as "about 20 s" (or 25 s when polls ran late).
    segmind.renderMs = 18_000;

    const first = await run({ prompt: 'learn 1' });
    expect(renderingTexts(first).length).toBeGreaterThan(0);
    expect(renderingTexts(first).every((text) => text.includes('usually about 40 s'))).toBe(true);
    expect(firstPollAfterSubmit(0)).toBeGreaterThanOrEqual(20_000);
    await run({ prompt: 'learn 2' });
    await run({ prompt: 'learn 3' });

    const learned = await run({ prompt: 'learned' });
    const texts = renderingTexts(learned);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every(learnedValue)).toBe(true);
    // The first poll comes at half the learned time instead of half the default.
    expect(firstPollAfterSubmit(3)).toBeGreaterThanOrEqual(10_000);
    expect(firstPollAfterSubmit(3)).toBeLessThan(20_000);
    // The relative timestamp points at submit + the learned time (rounded up to 5 s), not + 40 s.
    const job = [...segmind.jobs.values()][3];
    const eta = Number(/<t:(\d+):R>/.exec(texts[0] ?? '')?.[1]) * 1000 - (job?.submittedAt ?? 0);
    expect(eta).toBeGreaterThanOrEqual(17_000);
    expect(eta).toBeLessThanOrEqual(31_000);

    // Another duration has learned nothing yet; a few references fall back to the duration's renders.
    segmind.renderMs = 45_000;
    expect(renderingTexts(await run({ prompt: 'longer', duration: 10 }))[0]).toContain('usually about 40 s');
    segmind.renderMs = 18_000;
    const withImages = await run({
      prompt: 'with references',
      image1: discord.attachment('a.png', png(), 'image/png'),
      image2: discord.attachment('b.png', png(), 'image/png'),
    });
    expect(learnedValue(renderingTexts(withImages)[0])).toBe(true);

    await t.app.stop();
    t.app = await t.world.startBot();
    expect(learnedValue(renderingTexts(await run({ prompt: 'after a restart' }))[0])).toBe(true);
  });
});
