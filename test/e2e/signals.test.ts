import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIsFresh } from '../../scripts/build.js';
import { SHUTDOWN_DEADLINE_MS } from '../../src/runtime.ts';
import { type BotProcess, spawnBot } from '../support/botProcess.ts';
import { FakeDiscord } from '../support/fakeDiscord.ts';
import { FakeSegmind } from '../support/fakeSegmind.ts';
import { groupMembers, waitUntilGone } from '../support/processTree.ts';

// Real time: `npm start` exactly as an operator or a process manager runs it, against the fakes.
let discord: FakeDiscord;
let segmind: FakeSegmind;
let npm: BotProcess | undefined;
const dir = mkdtempSync(join(tmpdir(), 'clipcast-signals-'));

beforeAll(async () => {
  discord = await FakeDiscord.start();
  segmind = await FakeSegmind.start();
});

afterEach(async () => {
  await npm?.killTree();
});

afterAll(async () => {
  await discord.close();
  await segmind.close();
});

function parentOf(pid: number): number {
  return Number(/\) \S (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1]);
}

/** `npm start` until the bot is connected; the bot's pid comes from its own log line. */
async function npmStart(extraEnv: Record<string, string> = {}): Promise<{ npm: BotProcess; botPid: number }> {
  npm = spawnBot({
    discord,
    segmind,
    command: ['npm', 'start'],
    env: {
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      TEMP_DIR: join(dir, 'tmp'),
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
  });
  const started = npm;
  // A first start may compile dist/ (about a second, more on a busy machine).
  const line = await discord.waitFor(
    () => started.output().match(/^\{.*"connected to Discord".*$/m)?.[0],
    60_000,
    'npm start to connect',
  );
  return { npm: started, botPid: (JSON.parse(line) as { pid: number }).pid };
}

describe('npm start', () => {
  it('runs the compiled bot directly under npm (no shell, no second node between them)', async () => {
    const { npm, botPid } = await npmStart();
    expect(parentOf(botPid)).toBe(npm.child.pid);
    expect(groupMembers(npm.child.pid ?? -1).sort()).toEqual([npm.child.pid, botPid].sort());
    expect(npm.output()).not.toContain('type stripping');
    expect(buildIsFresh()).toBe(true);
  }, 90_000);

  it('runs shard processes on the compiled code too', async () => {
    const { npm } = await npmStart({ STORAGE_URL: 'memory://', SHARD_COUNT: '2' });
    const started = npm;
    const shardPids = await discord.waitFor(
      () => {
        const pids = started
          .output()
          .split('\n')
          .filter((line) => line.includes('connected to Discord'))
          .map((line) => (JSON.parse(line) as { pid: number }).pid);
        return new Set(pids).size === 2 ? [...new Set(pids)] : undefined;
      },
      60_000,
      'both shard processes to connect',
    );
    for (const pid of shardPids) {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      expect(argv.some((a) => a.endsWith('dist/src/index.js'))).toBe(true);
      expect(argv.join(' ')).not.toMatch(/tsx|\.ts\b/);
    }
  }, 90_000);

  for (const [target, signal] of [
    ['npm', 'SIGTERM'],
    ['npm', 'SIGINT'],
    ['bot', 'SIGTERM'],
  ] as const) {
    it(`stops the whole process tree cleanly when ${signal} goes to ${target === 'npm' ? "npm's pid" : "the bot's pid"}`, async () => {
      const { npm, botPid } = await npmStart();
      const tree = groupMembers(npm.child.pid ?? -1);
      expect(tree).toContain(botPid);
      const exited = new Promise<number | null>((resolve) => npm.child.once('exit', resolve));
      const sentAt = performance.now();
      process.kill(target === 'npm' ? (npm.child.pid ?? -1) : botPid, signal);
      await waitUntilGone(tree, SHUTDOWN_DEADLINE_MS);
      expect(performance.now() - sentAt).toBeLessThan(SHUTDOWN_DEADLINE_MS);
      expect(await exited).toBe(0);
      expect(npm.output()).toContain(`"signal":"${signal}"`);
      expect(npm.output()).toContain('shutting down: no new work');
      expect(npm.output()).not.toContain('shutdown took too long');
    }, 90_000);
  }
});
