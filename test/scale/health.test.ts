import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { createWorld, type World } from '../support/harness.ts';
import { alice, finalMessage } from '../support/helpers.ts';
import { freePort, type RedisServer, redisAvailable, startRedis } from '../support/redis.ts';

/** Checks the Prometheus text exposition format line by line and returns the samples. */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const m =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})?) (-?[0-9.e+-]+|NaN|[+-]Inf)$/.exec(
        line,
      );
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    samples.set(m[1] as string, Number(m[2]));
  }
  return samples;
}

const sum = (samples: Map<string, number>, prefix: string) =>
  [...samples].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);

describe.skipIf(!redisAvailable)('/healthz and /metrics', () => {
  let world: World;
  let app: App;
  let redis: RedisServer;
  let base: string;

  beforeAll(async () => {
    redis = await startRedis();
    world = await createWorld();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = await world.startBot({ STORAGE_URL: redis.url, HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1' });
  });

  afterAll(async () => {
    await world?.close();
    await redis?.stop();
  });

  it('/metrics parses as Prometheus text and its counters move with a job', async () => {
    const before = parsePrometheus(await (await fetch(`${base}/metrics`)).text());
    await finalMessage(
      world.discord,
      world.discord.video({ prompt: 'count me', duration: 5 }, { user: alice }),
    );
    await app.runner.idle();
    const after = parsePrometheus(await (await fetch(`${base}/metrics`)).text());
    expect(
      sum(after, 'clipcast_job_transitions_total{state="done"}') -
        sum(before, 'clipcast_job_transitions_total{state="done"}'),
    ).toBe(1);
    expect(after.get('clipcast_credits_total{kind="reserve"}')).toBe(5);
    expect(after.get('clipcast_credits_total{kind="settle"}')).toBe(5);
    expect(sum(after, 'clipcast_segmind_request_seconds_count{op="status"}')).toBeGreaterThan(0);
    expect(sum(after, 'clipcast_interaction_ack_seconds_count')).toBe(1);
  });

  it('/healthz is 200 when connected, 503 with the reason when Redis stops, and 200 again when it is back', async () => {
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    await redis.stop();
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unhealthy', reason: 'storage is not answering' });
    await redis.restart();
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await fetch(`${base}/healthz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });

  it('answers 404 for other paths and 405 for other methods', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
