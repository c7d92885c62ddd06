import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { alice, bob, customIds, finalMessage, png } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();
const g = () => t.world.discord.guild.id;

/** Every text the bot sent to Discord in public (contents and embed descriptions, not ephemeral). */
function publicTexts(): string[] {
  return t.world.discord.requests
    .filter((r) => r.method === 'PATCH' || r.method === 'POST')
    .flatMap((r) => {
      const body = r.body as
        | { content?: string; flags?: number; embeds?: Array<{ description?: string }>; data?: unknown }
        | undefined;
      if (!body || ((body.flags ?? 0) & 64) !== 0) return [];
      return [body.content ?? '', ...(body.embeds ?? []).map((e) => e.description ?? '')];
    })
    .filter(Boolean);
}

/** Unicode tag characters spelling `word`: invisible, and removed by the normaliser. */
const tags = (word: string) =>
  [...word].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('');

describe('blocked words see through invisible and look-alike characters', () => {
  it.each([
    ['a soft hyphen', 'go\u00ADre'],
    ['a word joiner', 'g\u2060ore'],
    ['a Mongolian vowel separator', 'g\u180Eore'],
    ['a Cyrillic o', 'g\u043Ere'],
  ])('finds a blocked word hidden with %s', async (_name, disguised) => {
    await t.app.settings.update(g(), { blockedWords: ['gore'] });
    const handle = t.world.discord.video({ prompt: `lots of ${disguised} please` }, { user: alice });
    expect(await handle.ephemeralText()).toMatch(/contains “gore”/);
    expect(t.world.segmind.submissions).toHaveLength(0);
  });

  it('sends Segmind exactly what the channel shows: a word hidden in tag characters is removed, not sent', async () => {
    await t.app.settings.update(g(), { blockedWords: ['gore'] });
    const handle = t.world.discord.video({ prompt: `a cute cat${tags(' with gore')}` }, { user: alice });
    await finalMessage(t.world.discord, handle);
    expect(t.world.segmind.submissions[0]?.prompt).toBe('a cute cat');
    expect(publicTexts().every((text) => !/[\u{E0000}-\u{E007F}]/u.test(text))).toBe(true);
    expect(publicTexts().join('\n')).toContain('a cute cat');
  });

  it.each([
    ['word joiners', '\u2060'.repeat(2000)],
    ['a Hangul filler', '\u3164'],
    ['a Braille blank', '\u2800'],
    ['a soft hyphen', '\u00AD'],
  ])('refuses a prompt made only of %s', async (_name, prompt) => {
    const handle = t.world.discord.video({ prompt }, { user: alice });
    expect(await handle.ephemeralText()).toMatch(/no visible text|prompt is empty/);
    expect(t.world.segmind.submissions).toHaveLength(0);
  });
});

describe('cheap checks before network work', () => {
  async function clipWithReferences(count: number) {
    const images = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `image${i + 1}`,
        t.world.discord.attachment(`r${i}.png`, png(), 'image/png'),
      ]),
    );
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'refs', ...images }, { user: alice }),
    );
    return { message, reroll: customIds(message)[0] as string };
  }

  it('a blocked member pressing Re-roll twenty times on a clip with 14 references causes no reference request', async () => {
    const { message, reroll } = await clipWithReferences(14);
    await t.app.ledger.setBlocked(g(), bob.id, true);
    const before = t.world.discord.cdnRequests.length;
    for (let i = 0; i < 20; i++)
      expect(await t.world.discord.button(reroll, message, { user: bob }).ephemeralText()).toMatch(/blocked/);
    expect(t.world.discord.cdnRequests.length).toBe(before);
    // Control: a member who may re-roll makes the bot read all 14 references.
    await finalMessage(t.world.discord, t.world.discord.button(reroll, message, { user: alice }));
    expect(t.world.discord.cdnRequests.length).toBeGreaterThanOrEqual(before + 14);
  });

  it('so does a member with no credits left', async () => {
    const { message, reroll } = await clipWithReferences(3);
    await t.app.ledger.setBalance(g(), bob.id, 0, 'test');
    const before = t.world.discord.cdnRequests.length;
    expect(await t.world.discord.button(reroll, message, { user: bob }).ephemeralText()).toMatch(
      /you have \*\*0\*\*/,
    );
    expect(t.world.discord.cdnRequests.length).toBe(before);
    await finalMessage(t.world.discord, t.world.discord.button(reroll, message, { user: alice }));
    expect(t.world.discord.cdnRequests.length).toBeGreaterThanOrEqual(before + 3);
  });

  it('reads a reference’s first bytes and refuses an image that is not one, before Segmind is paid', async () => {
    const fake = t.world.discord.attachment(
      'cat.png',
      Buffer.from('<html>not a picture</html>'.padEnd(2048)),
      'image/png',
    );
    const handle = t.world.discord.video({ prompt: 'a cat', image1: fake }, { user: alice });
    expect(await handle.ephemeralText()).toMatch(/Reference image 1 is not really an image/);
    expect(t.world.segmind.submissions).toHaveLength(0);
    expect((await t.app.ledger.peek(g(), alice.id)).balance).toBe(30);
    expect(t.world.discord.cdnRequests.at(-1)).toMatch(/^GET /);
  });
});

describe('references are read from Discord’s CDN only', () => {
  it('refuses an attachment whose URL points elsewhere, without a single request to it', async () => {
    const probed: string[] = [];
    const elsewhere = createServer((req, res) => {
      probed.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'image/png' }).end(png());
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = elsewhere.address() as AddressInfo;
      const genuine = t.world.discord.attachment('cat.png', png(), 'image/png');
      const path = new URL(genuine.url).pathname;
      const forged = {
        ...genuine,
        url: `http://127.0.0.1:${port}${path}`,
        proxy_url: `http://127.0.0.1:${port}${path}`,
      };
      const handle = t.world.discord.video({ prompt: 'a cat', image1: forged }, { user: alice });
      expect(await handle.ephemeralText()).toMatch(/must be files uploaded to Discord/);
      expect(probed).toEqual([]);
      expect(t.world.segmind.submissions).toHaveLength(0);
      expect((await t.app.ledger.peek(g(), alice.id)).balance).toBe(30);
    } finally {
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });
});

describe('public text cannot be turned against the channel', () => {
  it('an Edit-form prompt with 1,990 line breaks is posted with a few at most', async () => {
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'first' }, { user: alice }),
    );
    const cb = await t.world.discord
      .button(customIds(message)[2] as string, message, { user: alice })
      .callback();
    const form = (cb.body.data as { custom_id: string }).custom_id;
    const prompt = `top${'\n'.repeat(1990)}bottom`;
    await finalMessage(t.world.discord, t.world.discord.modal(form, { prompt, seed: '' }, { user: alice }));
    expect(t.world.segmind.submissions[1]?.prompt).toBe('top\n\nbottom');
    for (const text of publicTexts()) expect(text.split('\n').length).toBeLessThanOrEqual(12);
  });

  it('links in a prompt are shown without previews', async () => {
    const handle = t.world.discord.video(
      { prompt: 'log in at https://evil.example/login now' },
      { user: alice },
    );
    await finalMessage(t.world.discord, handle);
    const texts = publicTexts().filter((text) => text.includes('evil.example'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/<https:\/\/evil\.example\/login>/);
    for (const text of texts) expect(text.replace(/<https?:\/\/[^>\s]+>/g, '')).not.toMatch(/https?:\/\//);
  });

  it('a FAILED reason carrying a secret is scrubbed before it is shown', async () => {
    const secret = t.world.segmind.apiKey;
    t.world.segmind.plans.push({
      outcome: 'failed422',
      failReason: `upstream rejected key ${secret}`,
      renderMs: 5_000,
    });
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'x' }, { user: alice }),
    );
    expect(message.content).toMatch(/The provider said/);
    // Read as Discord renders it: markdown escapes removed.
    for (const text of publicTexts()) expect(text.replace(/\\(.)/g, '$1')).not.toContain(secret);
  });

  it('cuts long prompts on grapheme boundaries: no half emoji, flag or tag sequence', async () => {
    const prompt = `${'a'.repeat(78)}👨‍👩‍👧🏴󠁧󠁢󠁳󠁣󠁴󠁿🇫🇷 ${'b'.repeat(50)}`;
    await finalMessage(t.world.discord, t.world.discord.video({ prompt }, { user: alice }));
    for (const text of publicTexts()) {
      expect(text.isWellFormed()).toBe(true);
      expect(text).not.toMatch(/\u200D…|[\u{1F3F4}][\u{E0020}-\u{E007E}]+…/u);
    }
  });
});

describe('buttons and forms act only where the bot put them', () => {
  it('a forged Delete naming one’s own job on someone else’s clip deletes nothing', async () => {
    const mine = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'mine' }, { user: bob }),
    );
    const theirs = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'theirs' }, { user: alice }),
    );
    const forged = customIds(mine)[3] as string;
    expect(await t.world.discord.button(forged, theirs, { user: bob }).ephemeralText()).toMatch(
      /not recognised/,
    );
    expect(t.world.discord.messages.get(theirs.id)?.deleted).toBe(false);
    expect(t.world.discord.messages.get(mine.id)?.deleted).toBe(false);
  });

  it('an Edit form never shown to this member is refused, as is the old unsigned form id', async () => {
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'mine' }, { user: alice }),
    );
    const jobId = (customIds(message)[0] as string).split(':')[2] as string;
    const cb = await t.world.discord
      .button(customIds(message)[2] as string, message, { user: alice })
      .callback();
    const alicesForm = (cb.body.data as { custom_id: string }).custom_id;
    const fields = { prompt: 'hijack', seed: '' };
    expect(await t.world.discord.modal(alicesForm, fields, { user: bob }).ephemeralText()).toMatch(
      /not recognised/,
    );
    expect(
      await t.world.discord.modal(`clip:editmodal:${jobId}`, fields, { user: bob }).ephemeralText(),
    ).toMatch(/not recognised/);
    expect(t.world.segmind.submissions).toHaveLength(1);
  });
});
