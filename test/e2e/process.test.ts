import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, spawnBot } from '../support/botProcess.ts';
import { FakeDiscord } from '../support/fakeDiscord.ts';
import { FakeSegmind } from '../support/fakeSegmind.ts';
import { alice, finalMessage } from '../support/helpers.ts';

let discord: FakeDiscord;
let segmind: FakeSegmind;
const dir = mkdtempSync(join(tmpdir(), 'clipcast-proc-'));
const bots: BotProcess[] = [];

beforeAll(async () => {
  // Real time here: the bot runs as its own process, as `npm start` would.
  discord = await FakeDiscord.start();
  segmind = await FakeSegmind.start();
  segmind.renderMs = 4_000;
});

afterAll(async () => {
  for (const bot of bots) await bot.killTree();
  await discord.close();
  await segmind.close();
});

function startBot() {
  const bot = spawnBot({
    discord,
    segmind,
    env: {
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      TEMP_DIR: join(dir, 'tmp'),
      EXPECTED_RENDER_SECONDS: '2',
      LOG_LEVEL: 'debug',
    },
  });
  bots.push(bot);
  return bot;
}

describe('the bot as a process', () => {
  it('SIGTERM during a render exits within 10 s; the next start delivers the clip to the original message', async () => {
    const first = startBot();
    await discord.waitFor(
      () => first.output().includes('connected to Discord') || undefined,
      30_000,
      'the bot to connect',
    );
    const handle = discord.video({ prompt: 'survive SIGTERM', duration: 3 }, { user: alice });
    await discord.waitFor(() => segmind.submissions.length === 1 || undefined, 10_000, 'the submit');
    const stoppedAt = performance.now();
    const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)));
    first.child.kill('SIGTERM');
    const code = await exited;
    expect(performance.now() - stoppedAt).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(first.output()).toContain('shutting down');
    expect(handle.status()?.attachments ?? []).toHaveLength(0);

    const second = startBot();
    const message = await finalMessage(discord, handle, 60_000).catch((error) => {
      writeFileSync('/tmp/clipcast-process.log', `${first.output()}\n----\n${second.output()}`);
      throw error;
    });
    expect(message.attachments).toHaveLength(1);
    expect(segmind.submissions).toHaveLength(1);
    for (const out of [first.output(), second.output()]) {
      expect(out).not.toContain(discord.token);
      expect(out).not.toContain(segmind.apiKey);
      expect(out).not.toContain(handle.token);
    }
    second.child.kill('SIGTERM');
    expect(await new Promise((resolve) => second.child.once('exit', resolve))).toBe(0);
    expect(discord.violations).toEqual([]);
  }, 120_000);
});

describe('the bot as a process, refusing to start', () => {
  it('exits 1 with one sentence naming SEGMIND_API_KEY when Segmind rejects the key, before connecting to Discord', async () => {
    const rejecting = await FakeSegmind.start();
    rejecting.balanceFixture = 'error-401-bad-key';
    const identifies = discord.identifies.length;
    try {
      const bot = spawnBot({
        discord,
        segmind: rejecting,
        env: { STORAGE_URL: `sqlite://${join(dir, 'rejected.sqlite')}`, TEMP_DIR: join(dir, 'tmp') },
      });
      bots.push(bot);
      const code = await new Promise<number | null>((resolve) => bot.child.once('exit', (c) => resolve(c)));
      expect(code).toBe(1);
      expect(bot.output()).toMatch(/Segmind rejected SEGMIND_API_KEY \(401\)/);
      expect(bot.output()).not.toContain(rejecting.apiKey);
      expect(bot.output()).not.toMatch(/\n\s+at /);
      expect(discord.identifies.length).toBe(identifies);
    } finally {
      await rejecting.close();
    }
  });
});
