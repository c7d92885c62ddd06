import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import type { SegmindClientOptions } from '../../src/segmind/client.ts';
import type { FakeSegmind, Plan } from '../support/fakeSegmind.ts';
import type { TestClock } from '../support/testClock.ts';
import { CountingAgent, failure, input, makeClient, segmindTestbed } from './support.ts';

let fake: FakeSegmind;
let clock: TestClock;
let agent: Agent;
const dir = mkdtempSync(join(tmpdir(), 'clipcast-segmind-'));

function client(overrides: Partial<SegmindClientOptions> = {}) {
  return makeClient(fake, clock, agent, overrides);
}

async function finished(plan: Plan = {}, c = client()) {
  fake.plans.push({ renderMs: 1_000, ...plan });
  const submitted = await c.submit(input);
  clock.advance(2_000);
  return submitted;
}

segmindTestbed(600_000, (bed) => {
  ({ fake, clock, agent } = bed);
});

describe('reading the result', () => {
  it.each(['server_error', 'not_json', 'truncated'] as const)(
    'retries result GETs that answer %s and delivers the URL once one is readable',
    async (resultFailure) => {
      const { requestId, responseUrl } = await finished({ resultFailures: 2, resultFailure });
      const { outputUrl } = await client().result(responseUrl);
      expect(outputUrl).toBe(`${fake.url}/files/${requestId}.mp4`);
      expect(fake.resultGets(requestId)).toBe(3);
    },
  );

  it('gives up after the bounded number of GET attempts with a transient malformed error', async () => {
    const { requestId, responseUrl } = await finished({ resultFailures: 5, resultFailure: 'not_json' });
    const error = await failure(client({ getAttempts: 3 }).result(responseUrl));
    expect(error.kind).toBe('malformed');
    expect(error.transient).toBe(true);
    expect(fake.resultGets(requestId)).toBe(3);
  });

  it('a result without any URL is a transient malformed error; asking again later succeeds', async () => {
    const { requestId, responseUrl } = await finished({ resultFailures: 1, resultFailure: 'no_output' });
    const error = await failure(client().result(responseUrl));
    expect(error.kind).toBe('malformed');
    expect(error.transient).toBe(true);
    expect((await client().result(responseUrl)).outputUrl).toContain(requestId);
  });

  it('falls back to video.url when output is on a refused host, and refuses when both are', async () => {
    const c = client({ outputHosts: ['images.segmind.com'] });
    const { responseUrl } = await finished({}, c);
    const ok = {
      status: 'COMPLETED',
      output: 'https://evil.example/x.mp4',
      video: { url: 'https://images.segmind.com/x.mp4' },
    };
    fake.getFaults.push({ status: 200, body: JSON.stringify(ok) });
    expect((await c.result(responseUrl)).outputUrl).toBe('https://images.segmind.com/x.mp4');
    const bad = {
      status: 'COMPLETED',
      output: 'https://evil.example/x.mp4',
      video: { url: 'http://x/y.mp4' },
    };
    fake.getFaults.push({ status: 200, body: JSON.stringify(bad) });
    expect((await failure(c.result(responseUrl))).kind).toBe('origin');
  });

  it('logs the names of informational fields it ignored, never their values', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const c = client({ logger });
    const { responseUrl } = await finished({}, c);
    const secretish = 'x'.repeat(2_000);
    const body = {
      status: 'COMPLETED',
      output: `${fake.url}/files/a.mp4`,
      seed: secretish,
      video: { file_size: { nested: secretish } },
      metrics: { cost: 'free', remaining_credits: '7.25' },
    };
    fake.getFaults.push({ status: 200, body: JSON.stringify(body) });
    const result = await c.result(responseUrl);
    expect(result.info).toMatchObject({ remainingCreditsUsd: 7.25 });
    expect(result.info.seed).toBeUndefined();
    const log = lines.find((l) => l.includes('ignored informational fields'));
    expect(log).toBeDefined();
    expect(JSON.parse(log ?? '{}').fields).toEqual(['seed', 'video.file_size', 'metrics.cost']);
    expect(lines.join('')).not.toContain('xxxxxxxxxx');
  });
});

describe('downloading the file', () => {
  async function download(plan: Plan) {
    const c = client();
    const { responseUrl } = await finished(plan, c);
    const { outputUrl } = await c.result(responseUrl);
    const path = join(dir, `${Math.random().toString(36).slice(2)}.bin`);
    return { c, outputUrl, path, run: () => c.download(outputUrl, path, { maxBytes: 10_000_000 }) };
  }

  it.each([
    ['an HTML page served as text/html', { outputFormat: 'html' }],
    ['an HTML page served as video/mp4', { outputFormat: 'html', outputContentType: 'video/mp4' }],
    ['random bytes served as video/mp4', { outputFormat: 'garbage' }],
    ['random bytes without a content type', { outputFormat: 'garbage', outputContentType: null }],
    ['an MP4 served as application/json', { outputContentType: 'application/json' }],
  ] satisfies Array<[string, Plan]>)(
    'refuses %s as a download error and keeps no file',
    async (_name, plan) => {
      const { run, path } = await download(plan);
      const error = await failure(run());
      expect(error.kind).toBe('download');
      expect(error.message).toMatch(/not a video/);
      expect(existsSync(path)).toBe(false);
    },
  );

  it.each([
    ['a 502', { downloadFailure: 'server_error' }],
    ['a 429', { downloadFailure: 'rate_limited' }],
    ['a body cut short', { downloadFailure: 'cut_short' }],
    ['a dropped connection', { downloadFailure: 'reset' }],
  ] satisfies Array<[string, Plan]>)(
    'marks %s as transient (worth trying again later)',
    async (_name, plan) => {
      const { run, path } = await download({ downloadFailures: 1, outputBytes: 64 * 1024, ...plan });
      const error = await failure(run());
      expect([error.kind, error.transient]).toEqual(['download', true]);
      expect(existsSync(path)).toBe(false);
      expect((await run()).size).toBe(64 * 1024);
    },
  );

  it.each([
    ['not a video', { outputFormat: 'html' }, 10_000_000],
    ['larger than the limit', { outputBytes: 2 * 1024 * 1024 }, 1024 * 1024],
  ] satisfies Array<[string, Plan, number]>)(
    'does not mark a file %s as transient',
    async (_n, plan, maxBytes) => {
      const { c, outputUrl, path } = await download(plan);
      const error = await failure(c.download(outputUrl, path, { maxBytes }));
      expect([error.kind, error.transient]).toEqual(['download', false]);
    },
  );

  it.each([
    ['an MP4 as video/mp4', {}],
    ['a WebM as video/webm', { outputFormat: 'webm' }],
    ['an MP4 as application/octet-stream', { outputContentType: 'application/octet-stream' }],
    ['an MP4 without a content type', { outputContentType: null }],
  ] satisfies Array<[string, Plan]>)('accepts %s', async (_name, plan) => {
    const { run, path } = await download(plan);
    const { size } = await run();
    expect(size).toBe(256 * 1024);
    expect(readFileSync(path).length).toBe(size);
  });
});

describe('account balance', () => {
  it('reads numbers and numeric strings, and a missing field as zero', async () => {
    fake.balance = { credits: 3, freeCredits: '0.5' };
    expect(await client().accountBalance()).toEqual({ creditsUsd: 3, freeCreditsUsd: 0.5, totalUsd: 3.5 });
    fake.balance = { credits: '4.25', freeCredits: undefined };
    expect(await client().accountBalance()).toEqual({ creditsUsd: 4.25, freeCreditsUsd: 0, totalUsd: 4.25 });
  });

  it('a body with neither field is malformed', async () => {
    fake.balance = { credits: 'lots', freeCredits: null };
    expect((await failure(client({ getAttempts: 1 }).accountBalance())).kind).toBe('malformed');
  });

  it.each([
    ['error-401-bad-key', 'auth'],
    ['error-403-forbidden', 'forbidden'],
  ] as const)('%s is %s, asked once', async (fixture, kind) => {
    fake.balanceFixture = fixture;
    const error = await failure(client().accountBalance());
    expect(error.kind).toBe(kind);
    expect(error.isConfiguration).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a 502 like any GET', async () => {
    fake.getFaults.push({ status: 502, body: '<html>Bad gateway</html>', path: /get-user-credits/ });
    expect((await client().accountBalance()).totalUsd).toBe(100);
    expect(fake.requests).toHaveLength(2);
  });

  it('a refused connection is a network error after the bounded GET attempts', async () => {
    const counting = new CountingAgent();
    try {
      const c = client({ baseUrl: 'http://127.0.0.1:1', dispatcher: counting, getAttempts: 3 });
      expect((await failure(c.accountBalance())).kind).toBe('network');
      expect(counting.count).toBe(3);
    } finally {
      await counting.close();
    }
  });
});
