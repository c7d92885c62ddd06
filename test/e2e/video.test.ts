import { describe, expect, it } from 'vitest';
import { createWorld } from '../support/harness.ts';
import { alice, completionPing, customIds, finalMessage, mp4, png, shownTexts } from '../support/helpers.ts';
import { execFileMarked, spawnSyncMarked } from '../support/spawn.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

describe('/video end to end with the real discord.js client', () => {
  it('acknowledges at once, submits, keeps one status message current and posts the mp4 with its metadata', async () => {
    const { discord, segmind } = t.world;
    const handle = discord.video(
      { prompt: 'a red fox running through snow', duration: 5, aspect_ratio: '9:16', seed: 1234 },
      { user: alice },
    );
    const ack = await handle.callback();
    expect(ack.type).toBe(5);
    expect(ack.ms).toBeLessThan(3_000);
    const original = await finalMessage(discord, handle);
    expect(segmind.submissions).toEqual([
      { prompt: 'a red fox running through snow', aspect_ratio: '9:16', duration: 5, seed: 1234 },
    ]);
    const requestId = [...segmind.jobs.keys()][0] as string;
    expect(original.attachments).toHaveLength(1);
    expect(
      Buffer.compare(original.attachments[0]?.data as Buffer, segmind.outputOf(requestId) as Buffer),
    ).toBe(0);
    expect(original.attachments[0]?.filename).toMatch(/^clipcast-1234-[a-f0-9]{16}\.mp4$/);
    const embed = original.embeds[0] as {
      fields: Array<{ name: string; value: string }>;
      description: string;
    };
    expect(embed.description).toContain('a red fox running through snow');
    const fields = Object.fromEntries(embed.fields.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      Seed: '`1234`',
      Duration: '5 s',
      'Aspect ratio': '9:16',
      Cost: '5 credits',
      'Requested by': `<@${alice.id}>`,
    });
    expect(customIds(original).map((b) => b.split(':')[1])).toEqual(['reroll', 'same', 'edit', 'delete']);
    const texts = shownTexts(discord, handle);
    expect(texts.some((t) => t.includes('Rendering') && /[▰▱]{12}/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('Uploading'))).toBe(true);
    // No two consecutive edits show the same text.
    expect(texts.every((t, i) => i === 0 || t !== texts[i - 1])).toBe(true);
    const ping = await completionPing(discord, handle);
    expect(ping.allowed_mentions).toEqual({ parse: [], users: [alice.id] });
    await t.app.runner.idle();
    const account = await t.app.ledger.peek(discord.guild.id, alice.id);
    expect(account.settled).toBe(5);
    expect(account.balance).toBe(25);
  });

  it('acknowledges before it reads anything from storage: a stalled store delays the decision, not the ack', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const stalled =
      <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        await gate;
        return f(...args);
      };
    const { settings, ledger } = t.app;
    settings.get = stalled(settings.get.bind(settings));
    ledger.check = stalled(ledger.check.bind(ledger));
    ledger.admit = stalled(ledger.admit.bind(ledger));
    const handle = t.world.discord.video({ prompt: 'patience' }, { user: alice });
    const ack = await handle.callback();
    expect(ack.type).toBe(5);
    expect(Number((ack.body as { data?: { flags?: number } }).data?.flags) & 64).toBe(64);
    expect(handle.status()).toBeUndefined();
    expect(t.world.segmind.submissions).toHaveLength(0);
    release();
    await finalMessage(t.world.discord, handle);
    expect(t.world.segmind.submissions).toHaveLength(1);
  });

  it('draws a random seed when none is given (or -1), never sending -1', async () => {
    const { discord, segmind } = t.world;
    const a = discord.video({ prompt: 'waves', seed: -1 });
    const b = discord.video({ prompt: 'waves' }, { user: { id: '100000000000000077', username: 'zed' } });
    await finalMessage(discord, a);
    await finalMessage(discord, b);
    for (const s of segmind.submissions) {
      expect(Number.isInteger(s.seed)).toBe(true);
      expect(s.seed as number).toBeGreaterThanOrEqual(0);
      expect(s.seed as number).toBeLessThanOrEqual(999_999_999);
    }
  });

  it('sends reference images as image_urls in option order, and the video as video', async () => {
    const { discord, segmind } = t.world;
    const img = (n: number) => discord.attachment(`ref${n}.png`, png(1000 + n), 'image/png');
    const i3 = img(3);
    const i1 = img(1);
    const i14 = img(14);
    const clip = discord.attachment('motion.mp4', mp4(), 'video/mp4');
    const handle = discord.video({ prompt: 'mix them', image14: i14, image1: i1, image3: i3, video: clip });
    await finalMessage(discord, handle);
    const sent = segmind.submissions[0] as { image_urls: string[]; video: string };
    expect(sent.image_urls).toEqual([i1.url, i3.url, i14.url]);
    expect(sent.video).toBe(clip.url);
  });

  it('says in plain words when Segmind reports FAILED, and refunds', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({
      outcome: 'failed422',
      failReason: 'Output blocked by safety system',
      renderMs: 5_000,
    });
    const handle = discord.video({ prompt: 'something', duration: 10 }, { user: alice });
    const message = await finalMessage(discord, handle);
    expect(message.content).toContain('content filter');
    expect(message.content).toContain('10 credits were refunded');
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(discord.guild.id, alice.id)).balance).toBe(30);
  });

  it('fails clearly when the submit is refused, refunding and leaving the bot usable', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({ submitStatus: 500, submitBody: { error: 'boom' } });
    const handle = discord.video({ prompt: 'first' }, { user: alice });
    const message = await finalMessage(discord, handle);
    expect(message.content).toMatch(/Failed/);
    expect(message.content).toContain('refunded');
    const next = discord.video({ prompt: 'second' }, { user: alice });
    expect((await finalMessage(discord, next)).attachments).toHaveLength(1);
  });

  it('posts a link instead of the file when the clip is over the interaction’s upload limit', async () => {
    const { discord, segmind } = t.world;
    segmind.plans.push({ outputBytes: 3 * 1024 * 1024, renderMs: 5_000 });
    const handle = discord.video({ prompt: 'big one' }, { user: alice, attachmentSizeLimit: 1024 * 1024 });
    const message = await finalMessage(discord, handle);
    expect(message.attachments).toHaveLength(0);
    expect(message.content).toMatch(
      /larger than this server’s upload limit.*http:\/\/127\.0\.0\.1:\d+\/files\/.+\.mp4/s,
    );
    expect(customIds(message)).toHaveLength(4);
  });

  it.each([
    [{ prompt: '   ' }, /prompt is empty/],
    [{ prompt: 'ok\u0007bell' }, /control characters/],
    [{ prompt: 'x', seed: 1_000_000_000 }, /seed must be a whole number between -1 and 999999999/],
  ])('refuses bad options %j ephemerally, with no public message and no submit', async (options, message) => {
    const { discord, segmind } = t.world;
    const handle = discord.video(options as Record<string, string | number>);
    expect(await handle.ephemeralText()).toMatch(message);
    expect((await handle.callback()).type).toBe(4);
    expect(segmind.submissions).toHaveLength(0);
    expect(
      discord.messages.size === 0 || [...discord.messages.values()].every((m) => (m.flags & 64) !== 0),
    ).toBe(true);
  });

  it.each([
    [
      'a non-image attachment',
      () => t.world.discord.attachment('notes.txt', Buffer.from('hello'), 'text/plain'),
      /must be an image/,
    ],
    [
      'an image whose content type lies',
      () => t.world.discord.attachment('evil.png', Buffer.from('MZ'), 'application/x-msdownload'),
      /must be an image/,
    ],
    [
      'an oversized image',
      () => t.world.discord.attachment('huge.png', Buffer.alloc(21 * 1024 * 1024), 'image/png'),
      /too large/,
    ],
    [
      'an empty image',
      () => t.world.discord.attachment('empty.png', Buffer.alloc(0), 'image/png'),
      /is empty/,
    ],
  ])('refuses %s ephemerally and submits nothing', async (_name, make, message) => {
    const { discord, segmind } = t.world;
    const handle = discord.video({ prompt: 'ok', image1: make() });
    expect(await handle.ephemeralText()).toMatch(message);
    expect(segmind.submissions).toHaveLength(0);
    expect((await t.app.ledger.peek(discord.guild.id, alice.id)).balance).toBe(30);
  });

  it('refuses a reference video that is not a video', async () => {
    const { discord, segmind } = t.world;
    const handle = discord.video({ prompt: 'ok', video: discord.attachment('clip.png', png(), 'image/png') });
    expect(await handle.ephemeralText()).toMatch(/must be a video/);
    expect(segmind.submissions).toHaveLength(0);
  });

  it('registers commands at startup only when their definitions changed', async () => {
    const { discord } = t.world;
    const puts = () =>
      discord.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands')).length;
    expect(puts()).toBe(1);
    const global = discord.commands.get('global') as Array<{
      name: string;
      contexts: number[];
      options?: Array<{ name: string }>;
    }>;
    expect(global.map((c) => c.name)).toEqual([
      'video',
      'credits',
      'clips',
      'help',
      'clipcast',
      'Animate with clipcast',
    ]);
    const video = global[0];
    expect(video?.contexts).toEqual([0]);
    expect(video?.options?.map((o) => o.name)).toEqual([
      'prompt',
      'aspect_ratio',
      'duration',
      'seed',
      ...Array.from({ length: 14 }, (_, i) => `image${i + 1}`),
      'video',
    ]);
    await t.app.stop();
    t.app = await t.world.startBot();
    expect(puts()).toBe(1);
  });
});

describe('starting without credentials', () => {
  it('prints one clear error naming every missing variable and exits non-zero', () => {
    const result = spawnSyncMarked(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN is required');
    expect(result.stderr).toContain('SEGMIND_API_KEY is required');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('npm run sync-commands', () => {
  it('registers the commands in one server with --guild, through the real REST client', async () => {
    const w = await createWorld();
    try {
      const guildId = w.discord.guild.id;
      // Asynchronous: the fake Discord answering it lives in this process.
      const result = await execFileMarked(
        process.execPath,
        ['--import', 'tsx', 'src/discord/syncCommandsCli.ts', '--guild', guildId],
        {
          env: {
            PATH: process.env.PATH ?? '',
            DISCORD_TOKEN: w.discord.token,
            SEGMIND_API_KEY: 'unused-here',
            DISCORD_API_URL: w.discord.url,
            STORAGE_URL: 'memory://',
            LOG_LEVEL: 'silent',
          },

          timeout: 30_000,
        },
      );
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`commands synced in server ${guildId}`);
      expect((w.discord.commands.get(guildId) as Array<{ name: string }>).map((c) => c.name)).toEqual([
        'video',
        'credits',
        'clips',
        'help',
        'clipcast',
        'Animate with clipcast',
      ]);
      expect(w.discord.violations).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
