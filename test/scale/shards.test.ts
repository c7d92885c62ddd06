import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConserved } from '../../src/credits/account.ts';
import { Ledger } from '../../src/credits/ledger.ts';
import { SettingsStore } from '../../src/credits/settings.ts';
import { createStorage } from '../../src/storage/index.ts';
import { spawnBot } from '../support/botProcess.ts';
import { FakeDiscord, type InteractionHandle } from '../support/fakeDiscord.ts';
import { FakeSegmind } from '../support/fakeSegmind.ts';
import { admitted, finalMessage } from '../support/helpers.ts';
import { groupMembers, signalGroup, waitUntilGone } from '../support/processTree.ts';
import { type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';
import { TestClock } from '../support/testClock.ts';

let discord: FakeDiscord;
let segmind: FakeSegmind;
let redis: RedisServer;
let manager: ChildProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'clipcast-shards-'));

describe.skipIf(!redisAvailable)('two shard processes on a real redis-server', () => {
  beforeAll(async () => {
    redis = await startRedis();
    discord = await FakeDiscord.start({ shardCount: 2, guilds: 0 });
    // Guild ids are snowflakes: keep adding guilds until each shard owns one.
    while (new Set(discord.guilds.map((g) => discord.shardOf(g.id))).size < 2 || discord.guilds.length < 2) {
      discord.addGuild(`Guild ${discord.guilds.length + 1}`);
      await new Promise((r) => setTimeout(r, 3));
    }
    segmind = await FakeSegmind.start();
    segmind.renderMs = 3_000;
  });

  afterAll(async () => {
    // The whole group: the manager and its shard processes (spawnBot makes the manager a group leader).
    if (manager?.pid !== undefined) {
      const members = groupMembers(manager.pid);
      signalGroup(manager.pid, 'SIGKILL');
      await waitUntilGone(members, 5_000);
    }
    await discord?.close();
    await segmind?.close();
    await redis?.stop();
  });

  it('serves guilds on both shards, holds the global render cap across processes, resumes only its own jobs after a kill, and conserves credits', async () => {
    const bot = spawnBot({
      discord,
      segmind,
      env: {
        STORAGE_URL: redis.url,
        SHARD_COUNT: '2',
        MAX_RENDERING: '2',
        EXPECTED_RENDER_SECONDS: '2',
        TEMP_DIR: join(dir, 'tmp'),
        LOG_LEVEL: 'info',
      },
    });
    manager = bot.child;
    const output = () => bot.output();
    await discord.waitFor(
      () => (output().match(/connected to Discord/g)?.length ?? 0) >= 2 || undefined,
      60_000,
      'both shards',
    );
    expect(discord.identifies.map((i) => i.shard?.join('/')).sort()).toEqual(['0/2', '1/2']);

    const byShard = [0, 1].map(
      (s) => discord.guilds.find((g) => discord.shardOf(g.id) === s) as (typeof discord.guilds)[number],
    );
    const handles: Array<{ shard: number; handle: InteractionHandle }> = [];
    for (let i = 0; i < 3; i++) {
      for (const [shard, guild] of byShard.entries()) {
        const user = { id: `10000000000000020${i}`, username: `u${i}` };
        handles.push({
          shard,
          handle: discord.video(
            { prompt: `shard ${shard} job ${i}`, duration: 3 },
            { user, guildId: guild.id },
          ),
        });
      }
    }
    for (const { handle } of handles) expect(await admitted(discord, handle)).toBe(true);

    // Kill shard 1's process once its first job renders; the manager respawns it.
    // Its first status poll means the job's Segmind ids are persisted (state: rendering).
    await discord.waitFor(
      () =>
        [...segmind.jobs.values()].some(
          (j) => String(j.body.prompt).startsWith('shard 1') && segmind.statusPolls(j.id) > 0,
        ) || undefined,
      30_000,
    );
    const lines = output()
      .split('\n')
      .filter((l) => l.includes('connected to Discord'));
    const shard1 = lines
      .map((l) => JSON.parse(l) as { pid: number; shards: number[] })
      .find((l) => l.shards.includes(1));
    expect(shard1).toBeDefined();
    process.kill(shard1?.pid as number, 'SIGKILL');

    for (const { handle } of handles)
      expect((await finalMessage(discord, handle, 90_000)).attachments).toHaveLength(1);
    expect(segmind.submissions).toHaveLength(6);
    expect(new Set(segmind.submissions.map((s) => s.prompt)).size).toBe(6);
    expect(segmind.maxConcurrent()).toBeLessThanOrEqual(2);
    // Only the respawned shard 1 resumed anything, and only its own guild's jobs.
    const resumed = output()
      .split('\n')
      .filter((l) => l.includes('resuming job'))
      .map((l) => JSON.parse(l) as { pid: number; guildId: string });
    expect(resumed.length).toBeGreaterThan(0);
    for (const r of resumed) {
      expect(r.guildId).toBe(byShard[1]?.id);
      expect(r.pid).not.toBe(shard1?.pid);
    }
    const storage = await createStorage(redis.url);
    const ledger = new Ledger({
      accounts: storage.kv.accounts,
      guilds: storage.kv.guilds,
      settings: new SettingsStore(storage.kv.settings),
      clock: new TestClock(1),
    });
    // The clip is posted a moment before its credits are settled: wait for the books to close.
    const settled = async () => {
      for (const guild of byShard)
        if (Object.keys(await ledger.activeJobs(guild.id)).length > 0) return false;
      return true;
    };
    for (let i = 0; i < 200 && !(await settled()); i++) await new Promise((r) => setTimeout(r, 50));
    for (const guild of byShard) {
      for (let i = 0; i < 3; i++) {
        const account = await ledger.peek(guild.id, `10000000000000020${i}`);
        expect(isConserved(account)).toBe(true);
        expect(account.settled).toBe(3);
      }
      expect(await ledger.activeJobs(guild.id)).toEqual({});
    }
    await storage.close();
    expect(discord.violations).toEqual([]);
  }, 120_000);
});
