import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { createWorld, type World } from '../support/harness.ts';

let world: World;
let app: App;

beforeEach(async () => {
  world = await createWorld();
  app = await world.startBot();
});

afterEach(async (ctx) => {
  await world.close();
  if (ctx.task.result?.state === 'fail')
    (await import('node:fs')).writeFileSync('/tmp/clipcast-failed.log', world.logs.join(''));
  expect(world.discord.violations).toEqual([]);
});

const alice = { id: '100000000000000001', username: 'alice' };

describe('/video end to end with the real discord.js client', () => {
  it('acknowledges at once, submits, keeps one status message current and posts the mp4 with its metadata', async () => {
    const { discord, segmind } = world;
    const handle = discord.video(
      { prompt: 'a red fox running through snow', duration: 5, aspect_ratio: '9:16', seed: 1234 },
      { user: alice },
    );
    const ack = await handle.callback();
    expect(ack.type).toBe(5);
    expect(ack.ms).toBeLessThan(3_000);
    const original = await discord.waitFor(
      () => {
        const m = handle.original();
        return m?.attachments.length ? m : undefined;
      },
      15_000,
      'the clip',
    );
    expect(segmind.submissions).toHaveLength(1);
    expect(segmind.submissions[0]).toEqual({
      prompt: 'a red fox running through snow',
      aspect_ratio: '9:16',
      duration: 5,
      seed: 1234,
    });
    const requestId = [...segmind.jobs.keys()][0] as string;
    const served = segmind.outputOf(requestId);
    expect(served).not.toBeNull();
    expect(original.attachments).toHaveLength(1);
    expect(Buffer.compare(original.attachments[0]?.data as Buffer, served as Buffer)).toBe(0);
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
    const buttons = (original.components[0] as { components: Array<{ custom_id: string }> }).components.map(
      (c) => c.custom_id,
    );
    expect(buttons.map((b) => b.split(':')[1])).toEqual(['reroll', 'same', 'edit', 'delete']);
    // Status edits went to the same message and moved through the named states.
    const edits = discord.requests.filter(
      (r) => r.method === 'PATCH' && r.path.includes('/messages/@original'),
    );
    const texts = edits.map((r) => String((r.body as { content?: string }).content ?? ''));
    expect(texts.some((t) => t.includes('Rendering'))).toBe(true);
    expect(texts.some((t) => t.includes('Uploading'))).toBe(true);
    // The requester is pinged once, with mentions limited to them.
    const ping = await discord.waitFor(() =>
      handle.followUps().find((m) => m.content.includes('your clip is ready')),
    );
    expect(ping.allowed_mentions).toEqual({ parse: [], users: [alice.id] });
    await app.runner.idle();
    const job = await app.jobs.get(
      original.attachments[0]?.filename.split('-')[2]?.replace('.mp4', '') as string,
    );
    expect(job?.state).toBe('done');
  });
});
