import { describe, expect, it } from 'vitest';
import { alice, bob, customIds, finalMessage, mp4, png } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

const balanceOf = async (userId: string) =>
  (await t.app.ledger.peek(t.world.discord.guild.id, userId)).balance;

describe('the real Segmind: results of any shape, a model that is gone, and the operator told first', () => {
  it('delivers a finished render whose first result reads are unreadable', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({ renderMs: 5_000, resultFailures: 2, resultFailure: 'no_output' });
    const message = await finalMessage(discord, discord.video({ prompt: 'patience' }, { user: alice }));
    expect(message.attachments).toHaveLength(1);
    const requestId = [...segmind.jobs.keys()][0] as string;
    expect(segmind.resultGets(requestId)).toBe(3);
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(discord.guild.id, alice.id)).settled).toBe(5);
  });

  it('keeps retrying an unreadable result across a restart, and then delivers', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({ renderMs: 5_000, resultFailures: 2, resultFailure: 'no_output' });
    const handle = discord.video({ prompt: 'across a restart' }, { user: alice });
    await discord.waitFor(() => segmind.resultGets() >= 1 || undefined);
    const [job] = await t.app.jobs.getMany(Object.keys(await t.app.ledger.activeJobs(discord.guild.id)));
    await discord.waitFor(async () =>
      (await t.app.jobs.get(job?.id ?? ''))?.resultRead?.attempts ? true : undefined,
    );
    await t.app.stop();
    t.app = await t.world.startBot();
    const message = await finalMessage(discord, handle);
    expect(message.attachments).toHaveLength(1);
    expect(segmind.resultGets()).toBe(3);
    expect(segmind.submissions).toHaveLength(1);
  });

  it.each([
    ['410 (model retired)', 'submit-410-retired'],
    ['404 naming the model', 'submit-404-model'],
  ] as const)(
    'a %s: the user is told plainly, charged nothing, the owner is told once, new /video are refused without a submit',
    async (_name, fixture) => {
      const { discord, segmind } = t.world;
      segmind.plans.push({ submitFixture: fixture });
      const message = await finalMessage(discord, discord.video({ prompt: 'hello' }, { user: alice }));
      expect(message.content).toMatch(
        /Video generation is unavailable right now.*the bot’s owner has been told.*refunded/s,
      );
      expect(await balanceOf(alice.id)).toBe(30);
      expect(segmind.submissions).toHaveLength(1);
      const refused = discord.video({ prompt: 'again' }, { user: bob });
      expect(await refused.ephemeralText()).toMatch(
        /Video generation is unavailable right now.*Nothing was charged/s,
      );
      expect(segmind.submissions).toHaveLength(1);
      const dms = await discord.waitFor(() =>
        discord.dmsToOwner().length ? discord.dmsToOwner() : undefined,
      );
      expect(dms).toHaveLength(1);
      expect(dms[0]?.content).toMatch(/no longer serves the model `gemini-omni-flash`.*SEGMIND_MODEL/s);
      // Probed again after a few minutes: a model that answers again serves everyone.
      t.world.clock.advance(301_000);
      const next = await finalMessage(discord, discord.video({ prompt: 'back' }, { user: bob }));
      expect(next.attachments).toHaveLength(1);
      expect(discord.dmsToOwner()).toHaveLength(1);
    },
  );

  it('after a retired model, a restart (with SEGMIND_MODEL changed) serves at once, without waiting for the probe', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({ submitFixture: 'submit-410-retired' });
    await finalMessage(discord, discord.video({ prompt: 'hello' }, { user: alice }));
    expect(await discord.video({ prompt: 'again' }, { user: bob }).ephemeralText()).toMatch(
      /Video generation is unavailable right now/,
    );
    await t.app.stop();
    t.app = await t.world.startBot();
    const next = await finalMessage(discord, discord.video({ prompt: 'after the restart' }, { user: bob }));
    expect(next.attachments).toHaveLength(1);
    expect(segmind.submissions).toHaveLength(2);
  });

  it('a 406 that does not mention credits is an operator misconfiguration, never credits or the prompt', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({ submitFixture: 'submit-406-other' });
    const message = await finalMessage(discord, discord.video({ prompt: 'hello' }, { user: alice }));
    expect(message.content).toMatch(/misconfigured right now; the bot’s owner has been told/);
    expect(message.content).not.toMatch(/credits? (is|are)|out of credits|prompt/i);
    const dm = await discord.waitFor(() => discord.dmsToOwner()[0]);
    expect(dm.content).toMatch(/Segmind refuses the bot’s requests/);
    expect(dm.content).not.toMatch(/out of credits/);
  });

  it('a refused prompt shows advice, the raw reason shortened, and an Edit button that works', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({
      outcome: 'failed422',
      failReason: 'Content blocked by safety filters (RAI)',
      renderMs: 5_000,
    });
    const message = await finalMessage(
      discord,
      discord.video({ prompt: 'a duel, no blood' }, { user: alice }),
    );
    expect(message.content).toMatch(/content filter refused/);
    expect(message.content).toMatch(/The provider said: “Content blocked by safety filters \\\(RAI\\\)”/);
    expect(message.content).toMatch(/say what you want rather than what you don’t/);
    const ids = customIds(message);
    expect(ids).toEqual([expect.stringMatching(/^clip:edit:[a-f0-9]{16}$/)]);
    const cb = await discord.button(ids[0] as string, message, { user: alice }).callback();
    expect(cb.type).toBe(9);
    const form = (cb.body.data as { custom_id: string }).custom_id;
    const retry = discord.modal(
      form,
      { prompt: 'a duel at dawn, swords crossing', seed: '' },
      { user: alice },
    );
    expect((await finalMessage(discord, retry)).attachments).toHaveLength(1);
    expect(segmind.submissions.at(-1)).toMatchObject({ prompt: 'a duel at dawn, swords crossing' });
  });

  it.each([
    ['the reference video', 'Reference video could not be processed'],
    ['a safety block of a request with a reference video', 'Input blocked by safety filters'],
  ])(
    'a render refused because of %s says uploaded videos are refused more often; Edit retries it',
    async (_name, failReason) => {
      const { discord, segmind } = t.world;
      segmind.plans.push({ outcome: 'failed422', failReason, renderMs: 5_000 });
      const clip = discord.attachment('motion.mp4', mp4(), 'video/mp4');
      const message = await finalMessage(
        discord,
        discord.video({ prompt: 'a dancer', video: clip }, { user: alice }),
      );
      expect(message.content).toContain(`The provider said: “${failReason}”`);
      expect(message.content).toMatch(/Uploaded reference videos are refused far more often/);
      expect(message.content).not.toMatch(/say what you want rather than what you don’t/);
      expect(message.content).toMatch(/5 credits were refunded/);
      expect(await balanceOf(alice.id)).toBe(30);
      const ids = customIds(message);
      expect(ids).toEqual([expect.stringMatching(/^clip:edit:[a-f0-9]{16}$/)]);
      const cb = await discord.button(ids[0] as string, message, { user: alice }).callback();
      const form = (cb.body.data as { custom_id: string }).custom_id;
      const retry = discord.modal(form, { prompt: 'a dancer, slow pan', seed: '' }, { user: alice });
      expect((await finalMessage(discord, retry)).attachments).toHaveLength(1);
      expect(segmind.submissions.at(-1)).toMatchObject({ prompt: 'a dancer, slow pan', video: clip.url });
    },
  );

  it('a render refused because of a reference image says so and offers Edit, without the prompt tips', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({
      outcome: 'failed200',
      failReason: 'Unable to fetch the reference image, HTTP 403',
      renderMs: 5_000,
    });
    const image = discord.attachment('ref.png', png(), 'image/png');
    const message = await finalMessage(
      discord,
      discord.video({ prompt: 'this cat, walking', image1: image }, { user: alice }),
    );
    expect(message.content).toContain('The provider said: “Unable to fetch the reference image, HTTP 403”');
    expect(message.content).toMatch(/could not use one of the reference images/);
    expect(message.content).not.toMatch(/say what you want rather than what you don’t|reference videos/);
    expect(customIds(message)).toEqual([expect.stringMatching(/^clip:edit:[a-f0-9]{16}$/)]);
    expect(await balanceOf(alice.id)).toBe(30);
  });
});
