import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { App, type AppOverrides } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { FakeDiscord, type FakeDiscordOptions } from './fakeDiscord.ts';
import { fakeEnv } from './fakeEnv.ts';
import { FakeSegmind } from './fakeSegmind.ts';
import { TestClock } from './testClock.ts';

export interface World {
  clock: TestClock;
  discord: FakeDiscord;
  segmind: FakeSegmind;
  dir: string;
  logs: string[];
  /** Starts a bot instance (several over one storage file simulate restarts). */
  startBot(env?: Record<string, string>, overrides?: AppOverrides): Promise<App>;
  close(): Promise<void>;
}

/** Fake Discord + fake Segmind on 127.0.0.1, a simulated clock, and bots started against them. */
export async function createWorld(
  options: { clockFactor?: number; discord?: FakeDiscordOptions } = {},
): Promise<World> {
  const clock = new TestClock(options.clockFactor ?? 200);
  const discord = await FakeDiscord.start({ now: () => clock.now(), ...options.discord });
  const segmind = await FakeSegmind.start({ now: () => clock.now() });
  const dir = mkdtempSync(join(tmpdir(), 'clipcast-test-'));
  const logs: string[] = [];
  const apps = new Set<App>();
  return {
    clock,
    discord,
    segmind,
    dir,
    logs,
    async startBot(env = {}, overrides = {}) {
      const config = parseConfig({
        ...fakeEnv(discord, segmind),
        STORAGE_URL: `sqlite://${join(dir, 'clipcast.sqlite')}`,
        LOG_LEVEL: 'debug',
        TEMP_DIR: join(dir, 'tmp'),
        ...env,
      });
      const destination = new Writable({
        write(chunk, _enc, done) {
          logs.push(String(chunk));
          done();
        },
      });
      const app = new App(config, { clock, logDestination: destination as never, ...overrides });
      apps.add(app);
      await app.start();
      return app;
    },
    async close() {
      for (const app of apps) await app.stop().catch(() => {});
      await discord.close();
      await segmind.close();
    },
  };
}
