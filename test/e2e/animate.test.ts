import { describe, expect, it } from 'vitest';
import type { FakeMessage, FakeUser, InteractionHandle } from '../support/fakeDiscord.ts';
import { alice, bob, customIds, finalMessage, png } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

const ANIMATE = 'Animate with clipcast';
const g = () => t.world.discord.guild.id;

interface ShownModal {
  custom_id: string;
  title: string;
  components: Array<{
    type: number;
    content?: string;
    label?: string;
    component?: { type: number; custom_id: string; options?: Array<{ value: string; default?: boolean }> };
  }>;
}

/** Opens the Animate form on `target` as `user` and returns what the form showed. */
async function openForm(target: FakeMessage, user: FakeUser = alice) {
  const handle = t.world.discord.messageCommand(ANIMATE, target, { user });
  const callback = await handle.callback();
  expect(callback.type).toBe(9);
  return { handle, modal: callback.body.data as unknown as ShownModal };
}

function post(files: Array<{ filename: string; data: Buffer; contentType: string | null }>, extra = {}) {
  return t.world.discord.postMessage({ author: bob, content: 'look at these', files, ...extra });
}

const realPng = () => png(2000);
/** Where a link points, whatever its signature (Discord signs links afresh on every read). */
const path = (url: string | undefined) => new URL(url ?? '').pathname;

const pngFile = (name: string, size = 1500) => ({
  filename: name,
  data: png(size),
  contentType: 'image/png',
});

async function lastJob(userId = alice.id) {
  const [id] = (await t.app.ledger.peek(g(), userId)).recentJobs;
  const job = id ? await t.app.jobs.get(id) : undefined;
  if (!job) throw new Error('no job');
  return job;
}

async function animate(target: FakeMessage, values: Record<string, string | string[]>, user = alice) {
  const { handle } = await openForm(target, user);
  const submit = t.world.discord.submitModal(handle, values, { user });
  return { submit, message: await finalMessage(t.world.discord, submit) };
}

describe('Animate with clipcast (message context menu)', () => {
  it('turns the one image of a message into the reference of a clip made from the form', async () => {
    const source = post([pngFile('cat.png')]);
    const { modal } = await openForm(source);
    expect(modal.title).toBe('Animate with clipcast');
    expect(modal.components[0]).toMatchObject({
      type: 10,
      content: expect.stringMatching(/the image of this message/),
    });
    const fields = modal.components
      .slice(1)
      .map((c) => [c.type, c.label, c.component?.type, c.component?.custom_id]);
    expect(fields).toEqual([
      [18, 'What should happen', 4, 'prompt'],
      [18, 'Aspect ratio', 3, 'aspect_ratio'],
      [18, 'Duration', 3, 'duration'],
      [18, 'Seed (empty or -1 = random)', 4, 'seed'],
    ]);
    // The server's defaults are preselected.
    const defaults = modal.components.flatMap((c) => c.component?.options?.filter((o) => o.default) ?? []);
    expect(defaults.map((o) => o.value)).toEqual(['16:9', '5']);

    const { message } = await animate(source, {
      prompt: '  the cat slowly turns its head  ',
      aspect_ratio: '9:16',
      duration: '3',
      seed: '42',
    });
    expect(message.attachments).toHaveLength(1);
    expect(t.world.segmind.submissions).toEqual([
      {
        prompt: 'the cat slowly turns its head',
        aspect_ratio: '9:16',
        duration: 3,
        seed: 42,
        image_urls: [expect.stringContaining(path(source.attachments[0]?.url))],
      },
    ]);
    const job = await lastJob();
    expect(job.origin).toBe('animate');
    expect(job.source).toEqual({ channelId: source.channel_id, messageId: source.id });
    expect(job.cost).toBe(3);
  });

  it('uses every image of a message in message order — attachments (by type, name or bytes), then image embeds — and skips the rest', async () => {
    const sniffed = { filename: 'blob', data: realPng(), contentType: null };
    const notAPicture = { filename: 'unknown', data: Buffer.alloc(1800, 7), contentType: null };
    const notes = { filename: 'notes.txt', data: Buffer.from('hello'), contentType: 'text/plain' };
    const embed = t.world.discord.imageEmbed('https://example.com/third.png', realPng());
    const source = post([pngFile('first.png'), notes, notAPicture, sniffed], { embeds: [embed] });
    const { modal } = await openForm(source);
    expect(modal.components[0]?.content).toMatch(/the 3 images of this message/);
    await animate(source, { prompt: 'all three come alive' });
    const sent = t.world.segmind.submissions[0] as {
      image_urls: string[];
      aspect_ratio: string;
      duration: number;
    };
    expect(sent.image_urls.map(path)).toEqual([
      path(source.attachments[0]?.url),
      path(source.attachments[3]?.url),
      path(embed.thumbnail.proxy_url),
    ]);
    // The embedded picture is read from Discord's media proxy, never from the site it links to.
    expect(sent.image_urls[2]).toBe(embed.thumbnail.proxy_url);
    // Nothing chosen in the selects: the server's defaults.
    expect(sent).toMatchObject({ aspect_ratio: '16:9', duration: 5 });
  });

  it('refuses clearly, with no form and nothing charged, when the message has no images', async () => {
    const text = t.world.discord.postMessage({ author: bob, content: 'no pictures here' });
    const onlyText = post([{ filename: 'notes.txt', data: Buffer.from('hi'), contentType: 'text/plain' }]);
    for (const target of [text, onlyText]) {
      const handle = t.world.discord.messageCommand(ANIMATE, target, { user: alice });
      expect(await handle.ephemeralText()).toMatch(/no images to animate/);
      expect((await handle.callback()).type).toBe(4);
    }
    expect(t.world.segmind.submissions).toHaveLength(0);
  });

  it('checks the form like /video and binds it to the member who opened it', async () => {
    const source = post([pngFile('cat.png')]);
    const { handle } = await openForm(source, alice);
    const refusal = async (submit: InteractionHandle) => submit.ephemeralText();
    expect(await refusal(t.world.discord.submitModal(handle, { prompt: '   ' }, { user: alice }))).toMatch(
      /prompt is empty/,
    );
    expect(
      await refusal(t.world.discord.submitModal(handle, { prompt: 'ok', seed: 'x' }, { user: alice })),
    ).toMatch(/seed must be a whole number/);
    expect(await refusal(t.world.discord.submitModal(handle, { prompt: 'mine now' }, { user: bob }))).toMatch(
      /not recognised/,
    );
    // The fake client cannot send a value that is not an option, as Discord's cannot.
    expect(() => t.world.discord.submitModal(handle, { prompt: 'x', duration: '7' })).toThrow(
      /not an option/,
    );
    expect(t.world.segmind.submissions).toHaveLength(0);
  });

  it('keeps the images of an open form across a restart', async () => {
    const source = post([pngFile('a.png'), pngFile('b.png')]);
    const { handle } = await openForm(source);
    await t.app.stop();
    t.app = await t.world.startBot();
    const submit = t.world.discord.submitModal(handle, { prompt: 'after the restart' }, { user: alice });
    await finalMessage(t.world.discord, submit);
    expect((t.world.segmind.submissions[0] as { image_urls: string[] }).image_urls.map(path)).toEqual(
      source.attachments.map((a) => path(a.url)),
    );
  });

  it('refreshes expired image links from the source message when a clip is re-rolled', async () => {
    const source = post([pngFile('one.png'), pngFile('two.png')], { urlTtlMs: 3_600_000 });
    const { message } = await animate(source, { prompt: 'waves', seed: '7' });
    t.world.clock.advance(2 * 3_600_000);
    const [reroll] = customIds(message);
    const press = t.world.discord.button(reroll as string, message, { user: alice });
    await finalMessage(t.world.discord, press);
    const [first, second] = t.world.segmind.submissions as Array<{ image_urls: string[] }>;
    const expiry = (u: string) => Number.parseInt(new URL(u).searchParams.get('ex') ?? '0', 16) * 1000;
    expect(second?.image_urls.map(path)).toEqual(first?.image_urls.map(path));
    for (const url of second?.image_urls ?? []) expect(expiry(url)).toBeGreaterThan(t.world.clock.now());
    const reads = t.world.discord.requests.filter(
      (r) => r.method === 'GET' && r.path === `/channels/${source.channel_id}/messages/${source.id}`,
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]?.auth).toBe(`Bot ${t.world.discord.token}`);
    // The re-roll is itself refreshable: it keeps the source.
    expect((await lastJob()).source).toEqual({ channelId: source.channel_id, messageId: source.id });
  });

  it('refreshes them for Same seed and for Edit too', async () => {
    const source = post([pngFile('one.png')], { urlTtlMs: 3_600_000 });
    const { message } = await animate(source, { prompt: 'tides', seed: '11' });
    t.world.clock.advance(2 * 3_600_000);
    const [, same, edit] = customIds(message);
    await finalMessage(t.world.discord, t.world.discord.button(same as string, message, { user: alice }));
    const form = t.world.discord.button(edit as string, message, { user: alice });
    expect((await form.callback()).type).toBe(9);
    const edited = t.world.discord.submitModal(form, { prompt: 'tides at dusk' }, { user: alice });
    await finalMessage(t.world.discord, edited);
    const sent = t.world.segmind.submissions as Array<{ image_urls: string[]; seed: number; prompt: string }>;
    expect(sent).toHaveLength(3);
    expect(sent[1]?.seed).toBe(11);
    expect(sent[2]?.prompt).toBe('tides at dusk');
    const expiry = (u: string) => Number.parseInt(new URL(u).searchParams.get('ex') ?? '0', 16) * 1000;
    for (const job of sent.slice(1)) {
      expect(job.image_urls.map(path)).toEqual(sent[0]?.image_urls.map(path));
      for (const url of job.image_urls) expect(expiry(url)).toBeGreaterThan(t.world.clock.now());
    }
  });

  it('without the Message Content intent, asks to animate the message again (it cannot see the files), charging nothing', async () => {
    const source = post([pngFile('one.png')], { urlTtlMs: 3_600_000 });
    const { message } = await animate(source, { prompt: 'hidden', duration: '3' });
    t.world.discord.messageContentIntent = false;
    t.world.clock.advance(2 * 3_600_000);
    const before = (await t.app.ledger.peek(g(), alice.id)).balance;
    const [reroll] = customIds(message);
    expect(await t.world.discord.button(reroll as string, message, { user: alice }).ephemeralText()).toMatch(
      /no longer has the images this clip used \(it was edited, or the bot cannot see its attachments\)\. Use Animate on it again/,
    );
    expect(t.world.segmind.submissions).toHaveLength(1);
    expect((await t.app.ledger.peek(g(), alice.id)).balance).toBe(before);
  });

  it('refuses a re-run, charging nothing, when the source message is gone and its links have expired', async () => {
    const source = post([pngFile('one.png')], { urlTtlMs: 3_600_000 });
    const { message } = await animate(source, { prompt: 'gone soon', duration: '3' });
    source.deleted = true;
    t.world.clock.advance(2 * 3_600_000);
    const before = (await t.app.ledger.peek(g(), alice.id)).balance;
    const same = customIds(message)[1] as string;
    expect(await t.world.discord.button(same, message, { user: alice }).ephemeralText()).toMatch(
      /that message has been deleted/,
    );
    expect(t.world.segmind.submissions).toHaveLength(1);
    expect((await t.app.ledger.peek(g(), alice.id)).balance).toBe(before);
  });
});

describe('Animate: cheap checks first, and the image cap', () => {
  const untyped = (name: string) => ({ filename: name, data: png(1500), contentType: null });

  it.each([
    [
      'a blocked member',
      async () => t.app.ledger.setBlocked(g(), alice.id, true),
      /blocked from making videos/,
    ],
    [
      'a member with no credits',
      async () => t.app.ledger.setBalance(g(), alice.id, 0, 'test'),
      /you have \*\*0\*\*/,
    ],
  ])('refuses %s before reading any file: no form, no download', async (_who, prepare, refusal) => {
    await prepare();
    const source = post([untyped('one'), untyped('two'), untyped('three'), untyped('four'), untyped('five')]);
    const reads = t.world.discord.cdnRequests.length;
    const handle = t.world.discord.messageCommand(ANIMATE, source, { user: alice });
    expect(await handle.ephemeralText()).toMatch(refusal);
    expect(handle.state.modal).toBeFalsy();
    expect(t.world.discord.cdnRequests.length).toBe(reads);
  });

  it('uses the first 14 images of a message with more, in order, and says so', async () => {
    const source = post(
      Array.from({ length: 16 }, (_, i) => pngFile(`img${String(i).padStart(2, '0')}.png`)),
    );
    const { modal } = await openForm(source);
    expect(JSON.stringify(modal.components[0])).toMatch(/first 14/);
    await animate(source, { prompt: 'sixteen frames', duration: '3' });
    const sent = t.world.segmind.submissions[0] as { image_urls: string[] };
    expect(sent.image_urls.map((u) => path(u).split('/').pop())).toEqual(
      Array.from({ length: 14 }, (_, i) => `img${String(i).padStart(2, '0')}.png`),
    );
  });
});
