import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHUTDOWN_DEADLINE_MS } from '../../src/runtime.ts';
import { type BotProcess, spawnBot } from '../support/botProcess.ts';
import { FakeDiscord } from '../support/fakeDiscord.ts';
import { FakeSegmind } from '../support/fakeSegmind.ts';
import { groupMembers, isAlive, waitUntilGone } from '../support/processTree.ts';

// Real time: the manager and its shards are real processes, as under `SHARD_COUNT=2 npm start`.
let discord: FakeDiscord;
let segmind: FakeSegmind;
let bot: BotProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'clipcast-orphans-'));

beforeAll(async () => {
  discord = await FakeDiscord.start({ shardCount: 2 });
  segmind = await FakeSegmind.start();
});

afterEach(async () => {
  await bot?.killTree();
});

afterAll(async () => {
  await discord.close();
  await segmind.close();
});

/** Starts a manager with two shard processes; resolves with the shards' pids once both are connected. */
async function startSharded(): Promise<{ manager: BotProcess; shardPids: number[] }> {
  bot = spawnBot({
    discord,
    segmind,
    env: { STORAGE_URL: 'memory://', SHARD_COUNT: '2', TEMP_DIR: join(dir, 'tmp'), LOG_LEVEL: 'info' },
  });
  const manager = bot;
  const connected = () =>
    manager
      .output()
      .split('\n')
      .filter((line) => line.includes('connected to Discord'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
  const shardPids = await discord.waitFor(
    () => (connected().length === 2 ? connected() : undefined),
    60_000,
    'both shard processes to connect',
  );
  expect(shardPids).not.toContain(manager.child.pid);
  return { manager, shardPids };
}

describe('shard processes and their manager', () => {
  it('each shard stops gracefully on its own when the manager dies, even by SIGKILL', async () => {
    const { manager, shardPids } = await startSharded();
    manager.child.kill('SIGKILL');
    const killedAt = performance.now();
    await waitUntilGone(shardPids, SHUTDOWN_DEADLINE_MS);
    expect(performance.now() - killedAt).toBeLessThan(SHUTDOWN_DEADLINE_MS);
    // Gracefully: through the bot's own stop (jobs left resumable), not killed by anyone.
    expect(manager.output().match(/the shard manager is gone: shutting down/g)).toHaveLength(2);
    expect(manager.output()).not.toContain('shutdown took too long');
  }, 90_000);

  it('SIGTERM to the manager stops every shard (none is respawned) and the manager exits 0', async () => {
    const { manager, shardPids } = await startSharded();
    const group = groupMembers(manager.child.pid ?? -1);
    expect(group).toEqual(expect.arrayContaining(shardPids));
    const exited = new Promise<number | null>((resolve) => manager.child.once('exit', resolve));
    manager.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(shardPids.filter(isAlive)).toEqual([]);
    expect(groupMembers(manager.child.pid ?? -1)).toEqual([]);
    expect(manager.output().match(/shutting down: no new work/g)).toHaveLength(2);
    // Two starts in all: neither stopped shard was respawned.
    expect(manager.output().match(/shard process started/g)).toHaveLength(2);
  }, 90_000);
});
