import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { parseResetAt, type SegmindClientOptions } from '../../src/segmind/client.ts';
import { classifyFailure } from '../../src/segmind/errors.ts';
import { nextPollDelay } from '../../src/segmind/pollSchedule.ts';
import type { FakeSegmind } from '../support/fakeSegmind.ts';
import type { TestClock } from '../support/testClock.ts';
import { CountingAgent, failure, makeClient, segmindTestbed } from './support.ts';

let fake: FakeSegmind;
let clock: TestClock;
let agent: Agent;

const input = { prompt: 'a cat', aspectRatio: '16:9' as const, duration: 5 as const, seed: 7, imageUrls: [] };

function client(overrides: Partial<SegmindClientOptions> = {}) {
  return makeClient(fake, clock, agent, overrides);
}

// Renders far longer than any test's real duration, so "not finished yet" holds under any load;
// tests that need a finished render say so and move the clock.
segmindTestbed(600_000, (bed) => {
  ({ fake, clock, agent } = bed);
});

describe('SegmindClient submit', () => {
  it('sends x-api-key, an explicit JSON content type and the documented body, and returns same-origin URLs', async () => {
    const result = await client().submit({
      ...input,
      imageUrls: ['https://cdn/a.png', 'https://cdn/b.png'],
      videoUrl: 'https://cdn/v.mp4',
    });
    const request = fake.requests.at(-1);
    expect(request?.headers['x-api-key']).toBe(fake.apiKey);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.parse(request?.body ?? '')).toEqual({
      prompt: 'a cat',
      aspect_ratio: '16:9',
      duration: 5,
      seed: 7,
      image_urls: ['https://cdn/a.png', 'https://cdn/b.png'],
      video: 'https://cdn/v.mp4',
    });
    expect(result.statusUrl).toBe(`${fake.url}/v2/requests/${result.requestId}/status`);
  });

  it('accepts 32-hex request ids as well as UUIDs', async () => {
    fake.idFormat = 'hex32';
    const result = await client().submit(input);
    fake.idFormat = 'uuid';
    expect(result.requestId).toMatch(/^[a-f0-9]{32}$/);
  });

  it.each([
    [401, { error: 'Invalid API key' }, 'auth'],
    [402, { error: 'Insufficient credits' }, 'credits'],
    [406, { error: 'Insufficient credits to run this model' }, 'credits'],
    [406, { error: 'Invalid content type' }, 'content_type'],
    [403, { error: 'Model not permitted' }, 'forbidden'],
    [406, { error: 'Daily spend limit of your team reached' }, 'configuration'],
    [410, { error: 'Model retired' }, 'model_unavailable'],
    [404, { error: 'Model not found' }, 'model_unavailable'],
    [404, { error: 'gemini-omni-flash does not exist' }, 'model_unavailable'],
    [404, { detail: 'Not Found' }, 'not_found'],
  ])(
    'classifies a %i on submit (%j) as %s, configuration problem, never accepted',
    async (status, body, kind) => {
      fake.plans.push({ submitStatus: status, submitBody: body });
      const error = await failure(client().submit(input));
      expect(error.kind).toBe(kind);
      expect(error.isConfiguration).toBe(true);
      expect(error.mightHaveBeenAccepted).toBe(false);
      expect(fake.submissions).toHaveLength(1);
    },
  );

  it('refuses to follow a status URL on another origin with the key', async () => {
    const error = await failure(client().status('https://evil.example/v2/requests/x/status'));
    expect(error.kind).toBe('origin');
    expect(fake.requests).toHaveLength(0);
  });

  it('retries a 429 on submit (it was not accepted) and succeeds', async () => {
    fake.plans.push({ submitStatus: 429, submitBody: { error: 'Too many requests' } });
    const result = await client().submit(input);
    expect(result.requestId).toBeTruthy();
    expect(fake.submissions).toHaveLength(2);
  });

  it('never repeats a submit whose connection dropped after sending (it may have been accepted)', async () => {
    fake.plans.push({ submitHangUp: true });
    const error = await failure(client().submit(input));
    expect(error.mightHaveBeenAccepted).toBe(true);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('treats a refused connection as not sent, and retries it a bounded number of times', async () => {
    const counting = new CountingAgent();
    try {
      const c = client({ baseUrl: 'http://127.0.0.1:1', dispatcher: counting });
      const error = await failure(c.submit(input));
      expect(error.kind).toBe('network');
      expect(error.mightHaveBeenAccepted).toBe(false);
      expect(counting.count).toBe(3);
    } finally {
      await counting.close();
    }
  });

  it('gets 405 HTML for a wrong method and classifies it without parsing JSON', async () => {
    const error = await failure(client().status(`${fake.url}/v2/${fake.model}`));
    expect(error.kind).toBe('method');
    expect(error.status).toBe(405);
  });
});

describe('SegmindClient polling and result', () => {
  it('walks QUEUED → PROCESSING → COMPLETED on the fake clock and reads output', async () => {
    const c = client();
    const { statusUrl, responseUrl } = await c.submit(input);
    const first = await c.status(statusUrl);
    expect(first.state).toBe('pending');
    clock.advance(601_000);
    expect((await c.status(statusUrl)).state).toBe('completed');
    const { outputUrl } = await c.result(responseUrl);
    expect(outputUrl).toMatch(/\/files\/.+\.mp4$/);
  });

  it('falls back to video.url when output is missing', async () => {
    fake.plans.push({ videoField: true, renderMs: 1_000 });
    const c = client();
    const { responseUrl } = await c.submit(input);
    clock.advance(2_000);
    expect((await c.result(responseUrl)).outputUrl).toMatch(/\/files\//);
  });

  it.each(['failed422', 'failed200'] as const)(
    'reports FAILED delivered as %s with its reason',
    async (outcome) => {
      fake.plans.push({ outcome, failReason: 'Content blocked by safety filter', renderMs: 1_000 });
      const c = client();
      const { statusUrl } = await c.submit(input);
      clock.advance(2_000);
      const status = await c.status(statusUrl);
      expect(status).toEqual({ state: 'failed', reason: 'Content blocked by safety filter' });
      expect(classifyFailure(status.state === 'failed' ? status.reason : '')).toBe('safety');
    },
  );

  it('reports late validation (200 on submit, then FAILED)', async () => {
    fake.plans.push({ renderMs: 1_000 });
    const c = client();
    const { statusUrl } = await c.submit({ ...input, prompt: '   ' });
    clock.advance(2_000);
    expect((await c.status(statusUrl)).state).toBe('failed');
  });

  it('reports expiry (404 one hour after submit)', async () => {
    const c = client();
    const { statusUrl } = await c.submit(input);
    clock.advance(3_601_000);
    expect((await failure(c.status(statusUrl))).kind).toBe('expired');
  });

  it('retries a one-off 502 while polling', async () => {
    const c = client();
    const { statusUrl } = await c.submit(input);
    fake.getFaults.push({ status: 502, body: '<html>Bad gateway</html>' });
    expect((await c.status(statusUrl)).state).toBe('pending');
    expect(fake.statusPolls()).toBe(2);
  });

  it('retries a 429 without Retry-After and slows every later request down', async () => {
    const c = client();
    const { statusUrl } = await c.submit(input);
    fake.getFaults.push({ status: 429, body: '{"error":"rate limited"}' });
    const before = clock.now();
    expect((await c.status(statusUrl)).state).toBe('pending');
    expect(clock.now() - before).toBeGreaterThanOrEqual(500);
  });

  it('honours x-rate-limit-reset-at-utc when it parses', async () => {
    const c = client();
    const { statusUrl } = await c.submit(input);
    const reset = new Date(Date.now() + 5_000).toISOString();
    fake.getFaults.push({
      status: 429,
      body: '{"error":"rate limited"}',
      headers: { 'x-rate-limit-reset-at-utc': reset },
    });
    const before = clock.now();
    await c.status(statusUrl);
    expect(clock.now() - before).toBeGreaterThanOrEqual(4_000);
  });

  it('retries a 200 with an HTML body, then gives up with malformed after bounded attempts', async () => {
    const c = client({ getAttempts: 3 });
    const { statusUrl } = await c.submit(input);
    for (let i = 0; i < 3; i++) fake.getFaults.push({ status: 200, body: '<html>oops</html>' });
    expect((await failure(c.status(statusUrl))).kind).toBe('malformed');
    expect(fake.statusPolls()).toBe(3);
  });

  it('rejects a status body that does not match the schema', async () => {
    fake.plans.push({ malformedStatus: true });
    const c = client({ getAttempts: 1 });
    const { statusUrl } = await c.submit(input);
    expect((await failure(c.status(statusUrl))).kind).toBe('malformed');
  });

  it('treats an unknown status value as not finished', async () => {
    const c = client();
    const { statusUrl } = await c.submit(input);
    fake.getFaults.push({ status: 200, body: '{"status":"WARMING_UP"}' });
    expect(await c.status(statusUrl)).toEqual({ state: 'pending', raw: 'UNKNOWN:WARMING_UP' });
  });

  it('401 on a poll is a configuration error, not retried', async () => {
    const c = client();
    const { statusUrl } = await c.submit(input);
    fake.getFaults.push({ status: 401, body: '{"error":"Invalid API key"}' });
    expect((await failure(c.status(statusUrl))).kind).toBe('auth');
    expect(fake.statusPolls()).toBe(1);
  });
});

describe('output URLs and downloads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clipcast-dl-'));

  it('accepts https public hosts and the API origin, refuses http, private addresses and hosts off the allow-list', () => {
    const c = client({ outputHosts: ['.segmind.com'] });
    expect(c.checkOutputUrl('https://files.segmind.com/x.mp4')).toBe('https://files.segmind.com/x.mp4');
    expect(c.checkOutputUrl(`${fake.url}/files/x.mp4`)).toBe(`${fake.url}/files/x.mp4`);
    for (const bad of [
      'http://files.segmind.com/x.mp4',
      'https://10.0.0.5/x.mp4',
      'https://localhost/x.mp4',
      'https://evil.example/x.mp4',
      'not a url',
    ]) {
      expect(() => c.checkOutputUrl(bad), bad).toThrow();
    }
  });

  it('streams the video to disk byte for byte', async () => {
    fake.plans.push({ renderMs: 1_000, outputBytes: 3 * 1024 * 1024 });
    const c = client();
    const { requestId, responseUrl } = await c.submit(input);
    clock.advance(2_000);
    const { outputUrl } = await c.result(responseUrl);
    const path = join(dir, 'ok.mp4');
    const { size } = await c.download(outputUrl, path, { maxBytes: 10 * 1024 * 1024 });
    expect(size).toBe(3 * 1024 * 1024);
    expect(Buffer.compare(readFileSync(path), fake.outputOf(requestId) as Buffer)).toBe(0);
  });

  it('fails a download that is cut short (a size mismatch is a failure, not a corrupt post)', async () => {
    fake.plans.push({ renderMs: 1_000, outputBytes: 2 * 1024 * 1024, cutShort: true });
    const c = client();
    const { responseUrl } = await c.submit(input);
    clock.advance(2_000);
    const { outputUrl } = await c.result(responseUrl);
    expect((await failure(c.download(outputUrl, join(dir, 'short.mp4'), { maxBytes: 1e9 }))).kind).toBe(
      'download',
    );
  });

  it('fails a download that stalls, after the stall timeout, and leaves no partial file', async () => {
    fake.plans.push({ renderMs: 1_000, outputBytes: 1024 * 1024, stall: true });
    const c = client();
    const { responseUrl } = await c.submit(input);
    clock.advance(2_000);
    const { outputUrl } = await c.result(responseUrl);
    const path = join(dir, 'stalled.mp4');
    const started = performance.now();
    expect((await failure(c.download(outputUrl, path, { maxBytes: 1e9, stallMs: 300 }))).kind).toBe(
      'download',
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a video larger than the limit', async () => {
    fake.plans.push({ renderMs: 1_000, outputBytes: 2 * 1024 * 1024 });
    const c = client();
    const { responseUrl } = await c.submit(input);
    clock.advance(2_000);
    const { outputUrl } = await c.result(responseUrl);
    expect((await failure(c.download(outputUrl, join(dir, 'big.mp4'), { maxBytes: 1024 * 1024 }))).kind).toBe(
      'download',
    );
  });
});

describe('poll schedule and reset header', () => {
  it('waits half the expected time, then polls every 1.5–3 s, then backs off to at most 10 s', () => {
    expect(nextPollDelay(0, 40_000)).toBe(20_000);
    expect(nextPollDelay(20_000, 40_000)).toBe(2_000);
    expect(nextPollDelay(59_000, 40_000)).toBe(2_000);
    expect(nextPollDelay(200_000, 40_000)).toBe(10_000);
  });

  it('uses far fewer requests than a fixed 1 s loop for 20–60 s renders', () => {
    for (const render of [20_000, 40_000, 60_000]) {
      let t = 0;
      let polls = 0;
      while (t < render) {
        t += nextPollDelay(t, 40_000);
        polls++;
      }
      expect(polls).toBeLessThanOrEqual(render / 1000 / 2);
      expect(t - render).toBeLessThan(3_000);
    }
  });

  it('parses ISO, epoch seconds and epoch milliseconds; ignores garbage and absurd values', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(parseResetAt('2026-11-24T12:00:30Z', now)).toBe(now + 30_000);
    expect(parseResetAt('2026-11-24 12:00:30', now)).toBe(now + 30_000);
    expect(parseResetAt(String(now / 1000 + 10), now)).toBe(now + 10_000);
    expect(parseResetAt(String(now + 10_000), now)).toBe(now + 10_000);
    expect(parseResetAt('soon', now)).toBeUndefined();
    expect(parseResetAt(String(now / 1000 + 86_400 * 30), now)).toBeUndefined();
  });
});
