import { readdirSync } from 'node:fs';
import type { Agent } from 'undici';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SegmindClient } from '../../src/segmind/client.ts';
import type { FakeSegmind } from '../support/fakeSegmind.ts';
import { FIXTURE_NAMES, type FixtureName, rawFixture } from '../support/segmind-fixtures/load.ts';
import type { TestClock } from '../support/testClock.ts';
import { failure, input, makeClient, segmindTestbed } from './support.ts';

/*
 * One test per documented Segmind response (test/support/segmind-fixtures), served by the fake and
 * read by the real client. The table is typed by fixture name, so a fixture without a test does not
 * compile.
 */

let fake: FakeSegmind;
let clock: TestClock;
let agent: Agent;
let client: SegmindClient;

segmindTestbed(6_000_000, (bed) => {
  ({ fake, clock, agent } = bed);
});
beforeEach(() => {
  client = makeClient(fake, clock, agent);
});

async function finished(plan: Parameters<FakeSegmind['plans']['push']>[0] = {}) {
  fake.plans.push({ renderMs: 1_000, ...plan });
  const submitted = await client.submit(input);
  clock.advance(2_000);
  return submitted;
}

async function refusedSubmit(name: FixtureName) {
  fake.plans.push({ submitFixture: name });
  const error = await failure(client.submit(input));
  expect(error.mightHaveBeenAccepted).toBe(false);
  expect(fake.submissions).toHaveLength(1);
  fake.requests.length = 0;
  return error;
}

const cases: Record<FixtureName, { does: string; run: () => Promise<void> }> = {
  'submit-200-uuid': {
    does: 'yields the UUID request id and follows the same-origin status and response URLs',
    async run() {
      const r = await client.submit(input);
      expect(r.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(r.statusUrl).toBe(`${fake.url}/v2/requests/${r.requestId}/status`);
      expect(r.responseUrl).toBe(`${fake.url}/v2/requests/${r.requestId}`);
    },
  },
  'submit-200-hex32': {
    does: 'yields a 32-hex request id',
    async run() {
      fake.idFormat = 'hex32';
      const r = await client.submit(input);
      expect(r.requestId).toMatch(/^[0-9a-f]{32}$/);
      expect(r.statusUrl).toBe(`${fake.url}/v2/requests/${r.requestId}/status`);
    },
  },
  'status-200-queued': {
    does: 'is pending (QUEUED)',
    async run() {
      const { statusUrl } = await client.submit(input);
      expect(await client.status(statusUrl)).toEqual({ state: 'pending', raw: 'QUEUED' });
    },
  },
  'status-200-processing': {
    does: 'is pending (PROCESSING)',
    async run() {
      const { statusUrl } = await client.submit(input);
      clock.advance(700_000);
      expect(await client.status(statusUrl)).toEqual({ state: 'pending', raw: 'PROCESSING' });
    },
  },
  'status-200-completed': {
    does: 'is completed, with the inference time',
    async run() {
      const { statusUrl } = await finished({ renderMs: 1_500 });
      const status = await client.status(statusUrl);
      expect(status).toMatchObject({
        state: 'completed',
        inferenceSeconds: 1.5,
        info: { inferenceSeconds: 1.5 },
      });
    },
  },
  'status-422-failed': {
    does: 'is failed with the reason',
    async run() {
      const { statusUrl } = await finished({
        outcome: 'failed422',
        failReason: 'Prompt blocked by RAI filter',
      });
      expect(await client.status(statusUrl)).toEqual({
        state: 'failed',
        reason: 'Prompt blocked by RAI filter',
      });
    },
  },
  'status-200-failed': {
    does: 'is failed with the reason although the HTTP status is 200',
    async run() {
      const { statusUrl } = await finished({ outcome: 'failed200', failReason: 'invalid duration' });
      expect(await client.status(statusUrl)).toEqual({ state: 'failed', reason: 'invalid duration' });
    },
  },
  'result-200-completed': {
    does: 'yields the output URL and reads string file_size and seed as numbers, with cost and balance',
    async run() {
      const body = rawFixture('result-200-completed').body;
      expect(body).toMatchObject({ video: { file_size: '{{file_size}}' }, seed: '{{seed}}' });
      const { requestId, responseUrl } = await finished({ outputBytes: 262_144 });
      const result = await client.result(responseUrl);
      expect(result.outputUrl).toBe(`${fake.url}/files/${requestId}.mp4`);
      expect(result.info).toEqual({
        seed: 394657773,
        fileSize: 262_144,
        contentType: 'video/mp4',
        inferenceSeconds: 1,
        costUsd: 0.5,
        remainingCreditsUsd: 99.5,
      });
    },
  },
  'result-422-failed': {
    does: 'is a failed error with the reason',
    async run() {
      const { responseUrl } = await finished({
        outcome: 'failed422',
        failReason: 'Output blocked by safety system',
      });
      const error = await failure(client.result(responseUrl));
      expect(error.kind).toBe('failed');
      expect(error.reason).toBe('Output blocked by safety system');
    },
  },
  'request-404-expired': {
    does: 'is expired on status and result, not retried',
    async run() {
      const { statusUrl, responseUrl } = await client.submit(input);
      clock.advance(3_601_000);
      expect((await failure(client.status(statusUrl))).kind).toBe('expired');
      expect((await failure(client.result(responseUrl))).kind).toBe('expired');
      expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
    },
  },
  'error-401-bad-key': {
    does: 'is an auth error on submit, status and balance, never retried',
    async run() {
      const { statusUrl } = await client.submit(input);
      fake.requests.length = 0;
      const wrong = makeClient(fake, clock, agent, { apiKey: 'sg_wrong' });
      for (const call of [wrong.submit(input), wrong.status(statusUrl), wrong.accountBalance()]) {
        const error = await failure(call);
        expect(error.kind).toBe('auth');
        expect(error.isConfiguration).toBe(true);
      }
      expect(fake.requests).toHaveLength(3);
    },
  },
  'error-403-forbidden': {
    does: 'is forbidden, a configuration problem',
    async run() {
      const error = await refusedSubmit('error-403-forbidden');
      expect(error.kind).toBe('forbidden');
      expect(error.isConfiguration).toBe(true);
    },
  },
  'error-404-route': {
    does: 'on submit to a wrong API URL is not_found, not a missing model',
    async run() {
      const wrong = makeClient(fake, clock, agent, { baseUrl: `${fake.url}/api` });
      const error = await failure(wrong.submit(input));
      expect(error.kind).toBe('not_found');
      expect(error.isConfiguration).toBe(true);
    },
  },
  'error-405-html': {
    does: 'is a method error read without parsing JSON',
    async run() {
      const error = await failure(client.status(`${fake.url}/v2/${fake.model}`));
      expect(error.kind).toBe('method');
      expect(error.status).toBe(405);
      expect(error.reason).toMatch(/405 Method Not Allowed/);
    },
  },
  'error-429-rate-limited': {
    does: 'is waited out until x-rate-limit-reset-at-utc, then the poll succeeds',
    async run() {
      const { statusUrl } = await client.submit(input);
      const reset = new Date(Date.now() + 20_000).toISOString();
      fake.getFaults.push({ fixture: 'error-429-rate-limited', vars: { reset_at: reset } });
      const before = clock.now();
      expect((await client.status(statusUrl)).state).toBe('pending');
      expect(clock.now() - before).toBeGreaterThanOrEqual(15_000);
      expect(fake.statusPolls()).toBe(2);
    },
  },
  'submit-402-credits': {
    does: 'is credits',
    async run() {
      expect((await refusedSubmit('submit-402-credits')).kind).toBe('credits');
    },
  },
  'submit-406-credits': {
    does: 'is credits because its message mentions credits',
    async run() {
      expect((await refusedSubmit('submit-406-credits')).kind).toBe('credits');
    },
  },
  'submit-406-content-type': {
    does: 'is content_type, not credits',
    async run() {
      expect((await refusedSubmit('submit-406-content-type')).kind).toBe('content_type');
    },
  },
  'submit-406-other': {
    does: 'is a configuration problem, neither credits nor the prompt',
    async run() {
      const error = await refusedSubmit('submit-406-other');
      expect(error.kind).toBe('configuration');
      expect(error.isConfiguration).toBe(true);
      expect(error.reason).toBe('Team spend limit reached');
    },
  },
  'submit-410-retired': {
    does: 'is model_unavailable',
    async run() {
      const error = await refusedSubmit('submit-410-retired');
      expect(error.kind).toBe('model_unavailable');
      expect(error.isConfiguration).toBe(true);
    },
  },
  'submit-404-model': {
    does: 'naming the model is model_unavailable, both as planned and for a slug the fake does not know',
    async run() {
      expect((await refusedSubmit('submit-404-model')).kind).toBe('model_unavailable');
      const other = makeClient(fake, clock, agent, { model: 'gemini-omni-flash-1-1' });
      const error = await failure(other.submit(input));
      expect(error.kind).toBe('model_unavailable');
      expect(error.reason).toContain('gemini-omni-flash-1-1');
    },
  },
  'balance-200': {
    does: 'is read as documented, and as set on the fake (numeric strings included)',
    async run() {
      fake.balance = undefined;
      expect(await client.accountBalance()).toEqual({
        creditsUsd: 0,
        freeCreditsUsd: 0.0184,
        totalUsd: 0.0184,
      });
      fake.balance = { credits: '12.5', freeCredits: 1 };
      expect(await client.accountBalance()).toEqual({ creditsUsd: 12.5, freeCreditsUsd: 1, totalUsd: 13.5 });
      const request = fake.requests.at(-1);
      expect(request?.path).toBe('/v1/get-user-credits');
      expect(request?.headers['x-api-key']).toBe(fake.apiKey);
    },
  },
};

describe('Segmind documented responses', () => {
  it('has one fixture name per JSON file', () => {
    const files = readdirSync(new URL('../support/segmind-fixtures/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect([...files].sort()).toEqual([...FIXTURE_NAMES].sort());
  });

  for (const [name, { does, run }] of Object.entries(cases)) {
    it(`${name} ${does}`, async () => {
      fake.requests.length = 0;
      await run();
    });
  }
});
