import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import type { App } from '../../src/app.ts';
import { createWorld, type World } from './harness.ts';

/**
 * A fresh world (fake Discord, fake Segmind, simulated clock) and a started bot for each test;
 * afterwards everything is closed, the bot's log is kept when the test failed, and any request
 * that broke Discord's OpenAPI spec fails the test.
 */
export function useWorld(env: Record<string, string> = {}): { world: World; app: App } {
  const t = {} as { world: World; app: App };
  beforeEach(async () => {
    t.world = await createWorld();
    t.app = await t.world.startBot(env);
  });
  afterEach(async (ctx) => {
    await t.world.close();
    if (ctx.task.result?.state === 'fail')
      writeFileSync(join(tmpdir(), 'clipcast-failed.log'), t.world.logs.join(''));
    expect(t.world.discord.violations).toEqual([]);
  });
  return t;
}
