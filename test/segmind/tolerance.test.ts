import fc from 'fast-check';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmindClient } from '../../src/segmind/client.ts';
import { FakeSegmind } from '../support/fakeSegmind.ts';
import { TestClock } from '../support/testClock.ts';
import { failure, input, makeClient } from './support.ts';

/*
 * Segmind's result bodies are typed loosely and change (segmind-v2.md, "Result"): only the output URL
 * is essential. These properties serve generated bodies through the fake and read them with the real
 * client: whatever the other fields hold, a valid URL is found, and without one the error says so.
 */

let fake: FakeSegmind;
let agent: Agent;
let client: SegmindClient;
let responseUrl: string;

beforeAll(async () => {
  const clock = new TestClock(200);
  fake = await FakeSegmind.start({ now: () => clock.now() });
  fake.renderMs = 6_000_000;
  agent = new Agent();
  client = makeClient(fake, clock, agent, { outputHosts: ['images.segmind.com'] });
  ({ responseUrl } = await client.submit(input));
});
afterAll(async () => {
  await fake.close();
  await agent.close();
});

async function serve(body: unknown) {
  fake.getFaults.push({ status: 200, body: JSON.stringify(body) });
  return client.result(responseUrl);
}

const validUrl = fc
  .stringMatching(/^[a-z0-9_-]{1,24}$/)
  .map((name) => `https://images.segmind.com/outputs/${name}.mp4`);
const anything = fc.jsonValue({ maxDepth: 3 });
/** Anything but a status that says FAILED (which, with 422, is the one status that decides). */
const status = anything.filter((v) => typeof v !== 'string' || v.trim().toUpperCase() !== 'FAILED');
const essential = new Set(['output', 'video', 'status']);
const unknownKeys = fc.dictionary(
  fc.string().filter((k) => !essential.has(k)),
  anything,
  { maxKeys: 6 },
);
const videoInfo = fc.record(
  { content_type: anything, file_name: anything, file_size: anything, last_frame_url: anything },
  { requiredKeys: [] },
);
const metrics = fc.oneof(
  anything,
  fc.record(
    {
      inference_time: anything,
      queue_time: anything,
      total_time: anything,
      cost: anything,
      remaining_credits: anything,
      retry_count: anything,
    },
    { requiredKeys: [] },
  ),
);
/** Not a string, or an empty one: no URL at all. */
const noUrl = anything.filter((v) => typeof v !== 'string' || v.trim() === '');

const body = (output: fc.Arbitrary<unknown>, video: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      unknownKeys,
      fc.record({ status, seed: anything, metrics, output, video }, { requiredKeys: ['output', 'video'] }),
    )
    .map(([extra, known]) => ({ ...extra, ...known }));

describe('result bodies of any shape', () => {
  it('returns the URL whenever a valid one is in output, in video.url or in both', async () => {
    const placed = fc.oneof(
      fc.tuple(validUrl, videoInfo, anything).chain(([url, info, otherUrl]) =>
        body(fc.constant(url), fc.oneof(anything, fc.constant({ ...info, url: otherUrl }))).map((b) => ({
          b,
          url,
        })),
      ),
      fc.tuple(validUrl, videoInfo).chain(([url, info]) =>
        body(fc.oneof(anything, fc.constant(undefined)), fc.constant({ ...info, url })).map((b) => ({
          b,
          url,
        })),
      ),
      fc
        .tuple(validUrl, videoInfo)
        .chain(([url, info]) =>
          body(fc.constant(url), fc.constant({ ...info, url })).map((b) => ({ b, url })),
        ),
    );
    await fc.assert(
      fc.asyncProperty(placed, async ({ b, url }) => {
        const result = await serve(b);
        expect(result.outputUrl).toBe(url);
        const { seed, fileSize, contentType, inferenceSeconds, costUsd, remainingCreditsUsd } = result.info;
        if (seed !== undefined) expect(Number.isSafeInteger(seed)).toBe(true);
        for (const n of [fileSize, inferenceSeconds, costUsd])
          if (n !== undefined) expect(n).toBeGreaterThanOrEqual(0);
        if (remainingCreditsUsd !== undefined) expect(Number.isFinite(remainingCreditsUsd)).toBe(true);
        if (contentType !== undefined) expect(typeof contentType).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('fails with a malformed error, never anything else, when neither output nor video.url holds a URL', async () => {
    const video = fc.oneof(
      noUrl,
      videoInfo.chain((info) => noUrl.map((url) => ({ ...info, url }))),
    );
    await fc.assert(
      fc.asyncProperty(body(fc.oneof(noUrl, fc.constant(undefined)), video), async (b) => {
        const error = await failure(serve(b));
        expect(error.kind).toBe('malformed');
        expect(error.message).toMatch(/no output URL/);
      }),
      { numRuns: 100 },
    );
  });

  it('reads numbers given as numbers or as numeric strings alike', async () => {
    const shown = (n: number) => fc.constantFrom(n, String(n), ` ${n} `);
    const numbers = fc.record({
      seed: fc.integer({ min: 0, max: 999_999_999 }),
      size: fc.integer({ min: 0, max: 50_000_000 }),
      cents: fc.integer({ min: 0, max: 100_000 }),
      balance: fc.integer({ min: -100_000, max: 10_000_000 }),
    });
    const generated = numbers.chain((n) =>
      fc
        .record({
          seed: shown(n.seed),
          size: shown(n.size),
          cost: shown(n.cents / 100),
          balance: shown(n.balance / 100),
          time: shown(n.cents / 1000),
        })
        .map((shownAs) => ({ n, shownAs })),
    );
    await fc.assert(
      fc.asyncProperty(generated, async ({ n, shownAs }) => {
        const result = await serve({
          status: 'COMPLETED',
          output: 'https://images.segmind.com/outputs/a.mp4',
          seed: shownAs.seed,
          video: { file_size: shownAs.size, content_type: 'video/mp4' },
          metrics: { cost: shownAs.cost, remaining_credits: shownAs.balance, inference_time: shownAs.time },
        });
        expect(result.info).toEqual({
          seed: n.seed,
          fileSize: n.size,
          contentType: 'video/mp4',
          inferenceSeconds: n.cents / 1000,
          costUsd: n.cents / 100,
          remainingCreditsUsd: n.balance / 100,
        });
      }),
      { numRuns: 100 },
    );
  });
});
