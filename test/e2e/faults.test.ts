import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { isConserved } from '../../src/credits/account.ts';
import type { Plan } from '../support/fakeSegmind.ts';
import { createWorld, type World } from '../support/harness.ts';
import { alice, bob, finalMessage, shownTexts } from '../support/helpers.ts';

let world: World;
let app: App;

beforeEach(async () => {
  world = await createWorld();
  app = await world.startBot({ LOG_LEVEL: 'trace' });
  await app.settings.update(world.discord.guild.id, { logChannelId: world.discord.guild.logChannelId });
});

afterEach(async (ctx) => {
  await world.close();
  if (ctx.task.result?.state === 'fail') writeFileSync('/tmp/clipcast-failed.log', world.logs.join(''));
  expect(world.discord.violations).toEqual([]);
  // Whatever happened, no secret reached a log line.
  const logs = world.logs.join('');
  expect(logs).not.toContain(world.discord.token);
  expect(logs).not.toContain(world.segmind.apiKey);
  for (const i of world.discord.interactions.values()) expect(logs).not.toContain(i.token);
});

const g = () => world.discord.guild.id;

/** The bot still takes and finishes the next /video, and the requester's credits are conserved. */
async function stillServes(user = bob): Promise<void> {
  world.segmind.plans.length = 0;
  world.segmind.getFaults.length = 0;
  world.discord.faults.length = 0;
  const handle = world.discord.video({ prompt: 'are you still there?', duration: 3 }, { user });
  const message = await finalMessage(world.discord, handle, 20_000);
  expect(message.attachments).toHaveLength(1);
  await app.runner.idle();
  expect(isConserved(await app.ledger.peek(g(), user.id))).toBe(true);
}

async function balance(user = alice) {
  await app.runner.idle();
  const account = await app.ledger.peek(g(), user.id);
  expect(isConserved(account)).toBe(true);
  return account.balance;
}

describe('Segmind faults', () => {
  it('a burst of 429s while polling slows the job down but does not fail it', async () => {
    world.segmind.plans.push({ renderMs: 10_000 });
    for (let i = 0; i < 10; i++)
      world.segmind.getFaults.push({ status: 429, body: '{"error":"Too many requests"}', path: /status$/ });
    const message = await finalMessage(
      world.discord,
      world.discord.video({ prompt: 'patience', duration: 5 }, { user: alice }),
      30_000,
    );
    expect(message.attachments).toHaveLength(1);
    expect(await balance()).toBe(25);
    await stillServes();
  });

  it('429s on submit are waited out and the job still runs (a 429 was never accepted)', async () => {
    for (let i = 0; i < 3; i++)
      world.segmind.plans.push({ submitStatus: 429, submitBody: { error: 'rate limited' } });
    const message = await finalMessage(
      world.discord,
      world.discord.video({ prompt: 'later', duration: 3 }, { user: alice }),
      30_000,
    );
    expect(message.attachments).toHaveLength(1);
    expect(world.segmind.submissions).toHaveLength(4);
  });

  it('502s and HTML bodies while polling are retried with backoff', async () => {
    world.segmind.plans.push({ renderMs: 10_000 });
    for (let i = 0; i < 4; i++)
      world.segmind.getFaults.push({ status: 502, body: '<html>Bad Gateway</html>' });
    for (let i = 0; i < 8; i++)
      world.segmind.getFaults.push({ status: 200, body: '<html>maintenance</html>' });
    const message = await finalMessage(
      world.discord,
      world.discord.video({ prompt: 'flaky', duration: 3 }, { user: alice }),
      30_000,
    );
    expect(message.attachments).toHaveLength(1);
  });

  it.each([
    ['401 (bad key)', 401, { error: 'Invalid API key' }],
    ['403 (model not permitted)', 403, { error: 'forbidden' }],
    ['402 (operator out of credits)', 402, { error: 'Insufficient credits' }],
    ['406 (operator out of credits)', 406, { error: 'Not enough credits' }],
  ])(
    '%s: misconfiguration is refunded, shown plainly, health says so, moderators are told, and new jobs are refused free until it works',
    async (_name, status, body) => {
      world.segmind.plans.push({ submitStatus: status, submitBody: body });
      const message = await finalMessage(
        world.discord,
        world.discord.video({ prompt: 'x', duration: 5 }, { user: alice }),
      );
      expect(message.content).toMatch(
        /misconfigured right now; this server’s log channel has been told.*5 credits were refunded/s,
      );
      expect(await balance()).toBe(30);
      expect(await app.healthProblem()).toMatch(/segmind is misconfigured/);
      const log = await world.discord.waitFor(() =>
        world.discord
          .messagesIn(world.discord.guild.logChannelId)
          .find((m) => m.content.includes('misconfigured')),
      );
      expect(log.content).toContain('(refunded)');
      expect(world.logs.join('')).toMatch(/SEGMIND IS MISCONFIGURED/);
      const refused = world.discord.video({ prompt: 'y' }, { user: bob });
      expect(await refused.ephemeralText()).toMatch(/misconfigured right now.*Nothing was charged/s);
      expect(world.segmind.submissions).toHaveLength(1);
      // After the probe interval one request goes through; once it works, everything does.
      world.clock.advance(301_000);
      await stillServes();
      expect(await app.healthProblem()).toBeNull();
    },
  );

  it('a circuit breaker stops submitting while Segmind fails everything, and tells users instead', async () => {
    await app.settings.update(g(), { maxJobsPerUser: 10 });
    for (let i = 0; i < 5; i++)
      world.segmind.plans.push({ submitStatus: 500, submitBody: { error: 'down' } });
    for (let i = 0; i < 5; i++) {
      const m = await finalMessage(
        world.discord,
        world.discord.video({ prompt: `try ${i}`, duration: 3 }, { user: alice }),
      );
      expect(m.content).toMatch(/Failed/);
    }
    const refused = world.discord.video({ prompt: 'again' }, { user: alice });
    expect(await refused.ephemeralText()).toMatch(/video service is failing right now. Try again <t:\d+:R>/);
    expect(world.segmind.submissions).toHaveLength(5);
    expect(await balance()).toBe(30);
    world.clock.advance(61_000);
    await stillServes();
  });

  it('a result without an output URL is read again until shortly before Segmind forgets it, then refunded and logged loudly', async () => {
    world.segmind.plans.push({ renderMs: 5_000, outputUrl: '' });
    const handle = world.discord.video({ prompt: 'x', duration: 5 }, { user: alice });
    const resultReads = () =>
      world.segmind.requests.filter((r) => r.method === 'GET' && /\/v2\/requests\/[^/]+$/.test(r.path))
        .length;
    await world.discord.waitFor(() => resultReads() >= 2 || undefined);
    expect(handle.status()?.content ?? '').not.toMatch(/Failed/);
    world.clock.advance(56 * 60_000);
    const message = await finalMessage(world.discord, handle);
    expect(message.content).toMatch(/could not be read in time.*5 credits were refunded/s);
    expect(await balance()).toBe(30);
    const requestId = [...world.segmind.jobs.keys()][0] as string;
    expect(world.logs.join('')).toMatch(
      new RegExp(`GAVE UP reading the result.*${requestId}|${requestId}.*GAVE UP reading the result`),
    );
    await stillServes();
  });

  it.each([
    ['not https', 'http://cdn.example.com/video.mp4'],
    ['a private address', 'https://192.168.1.10/video.mp4'],
    ['not a URL', 'javascript:alert(1)'],
  ])('an output URL that is %s is never downloaded; the job fails with a refund', async (_n, outputUrl) => {
    world.segmind.plans.push({ renderMs: 5_000, outputUrl });
    const message = await finalMessage(world.discord, world.discord.video({ prompt: 'x' }, { user: alice }));
    expect(message.content).toMatch(/could not be downloaded or posted/);
    expect(await balance()).toBe(30);
  });

  it('a download cut short is never posted: it is tried again later and the whole clip delivered', async () => {
    world.segmind.plans.push({
      renderMs: 5_000,
      outputBytes: 1024 * 1024,
      downloadFailures: 2,
      downloadFailure: 'cut_short',
    });
    const handle = world.discord.video({ prompt: 'x' }, { user: alice });
    const message = await finalMessage(world.discord, handle, 30_000);
    expect(message.attachments).toHaveLength(1);
    const requestId = [...world.segmind.jobs.keys()][0] as string;
    expect(world.segmind.fileGets(requestId)).toBe(3);
    expect(shownTexts(world.discord, handle).some((t) => /Your clip is ready.*Trying again/.test(t))).toBe(
      true,
    );
    expect(await balance()).toBe(25);
    await stillServes();
  });

  it('transient download failures (502, 429, dropped connections) are retried until the clip is delivered and charged', async () => {
    const plan: Plan = { renderMs: 5_000, downloadFailures: 4, downloadFailure: 'server_error' };
    world.segmind.plans.push(plan);
    const handle = world.discord.video({ prompt: 'x' }, { user: alice });
    await world.discord.waitFor(() => {
      const requestId = [...world.segmind.jobs.keys()][0] ?? '';
      return world.segmind.fileGets(requestId) >= 2 || undefined;
    });
    plan.downloadFailure = 'rate_limited';
    await world.discord.waitFor(() => {
      const requestId = [...world.segmind.jobs.keys()][0] ?? '';
      return world.segmind.fileGets(requestId) >= 3 || undefined;
    });
    plan.downloadFailure = 'reset';
    const message = await finalMessage(world.discord, handle, 30_000);
    expect(message.attachments).toHaveLength(1);
    expect(world.segmind.fileGets([...world.segmind.jobs.keys()][0] as string)).toBe(5);
    expect(world.segmind.submissions).toHaveLength(1);
    expect(await balance()).toBe(25);
  });

  it('a download that keeps failing is retried for days, then refunded and logged loudly with the request id and output URL', async () => {
    world.segmind.plans.push({ renderMs: 5_000, downloadFailures: 1e9 });
    const handle = world.discord.video({ prompt: 'x', duration: 5 }, { user: alice });
    const requestId = await world.discord.waitFor(() => {
      const id = [...world.segmind.jobs.keys()][0];
      return id && world.segmind.fileGets(id) >= 2 ? id : undefined;
    });
    // Between attempts the status says so (during an attempt it reads "Uploading" again).
    await world.discord.waitFor(() =>
      /Your clip is ready.*Trying again <t:\d+:R>/s.test(handle.status()?.content ?? '') ? true : undefined,
    );
    // Two days on it is still being retried, and nothing was refunded.
    world.clock.advance(2 * 24 * 3_600_000);
    await world.discord.waitFor(() => world.segmind.fileGets(requestId) >= 4 || undefined);
    expect(handle.status()?.content).not.toMatch(/Failed/);
    const waiting = await app.ledger.peek(g(), alice.id);
    expect(Object.values(waiting.reserved)).toEqual([5]);
    expect(waiting.log.filter((e) => e.kind === 'refund')).toEqual([]);
    world.clock.advance(24 * 3_600_000);
    const message = await finalMessage(world.discord, handle);
    expect(message.content).toMatch(/could not be downloaded or posted.*5 credits were refunded/s);
    await app.runner.idle();
    const after = await app.ledger.peek(g(), alice.id);
    expect(after.reserved).toEqual({});
    expect(after.log.filter((e) => e.kind === 'refund').map((e) => e.delta)).toEqual([5]);
    expect(isConserved(after)).toBe(true);
    const gaveUp = world.logs
      .flatMap((l) => l.split('\n'))
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => /GAVE UP downloading/.test(String(l.msg)));
    expect(gaveUp).toMatchObject({
      level: 50,
      requestId,
      outputUrl: `${world.segmind.url}/files/${requestId}.mp4`,
    });
    await stillServes();
  });

  it('late validation (accepted, then FAILED) is refunded', async () => {
    world.segmind.plans.push({
      renderMs: 5_000,
      outcome: 'failed200',
      failReason: 'Invalid image_urls: could not fetch',
    });
    const message = await finalMessage(world.discord, world.discord.video({ prompt: 'x' }, { user: alice }));
    expect(message.content).toMatch(/could not use one of the reference files|could not make this video/);
    expect(await balance()).toBe(30);
  });
});

describe('Discord faults', () => {
  it('5xx on status edits are retried by discord.js and survived by the job', async () => {
    world.segmind.plans.push({ renderMs: 20_000 });
    world.discord.fault((r) => r.method === 'PATCH' && !r.files.length, 500, { message: 'oops', code: 0 }, 6);
    const message = await finalMessage(
      world.discord,
      world.discord.video({ prompt: 'x', duration: 3 }, { user: alice }),
      30_000,
    );
    expect(message.attachments).toHaveLength(1);
    await stillServes();
  });

  it('403/50013 on the channel after the token died: refunded, logged, no retry loop', async () => {
    world.segmind.plans.push({ renderMs: 600_000 });
    const handle = world.discord.video({ prompt: 'x', duration: 3 }, { user: alice, appPermissions: '0' });
    await handle.callback();
    // The requester is warned privately at once.
    expect(await handle.ephemeralText()).toMatch(/Heads-up: I lack View Channel, Send Messages/);
    world.discord.fault(
      (r) => r.path.includes(handle.token),
      401,
      { message: 'Invalid Webhook Token', code: 50027 },
      1000,
    );
    world.discord.fault(
      (r) => r.path.startsWith('/channels/'),
      403,
      { message: 'Missing Permissions', code: 50013 },
      1000,
    );
    await world.discord.waitFor(() => world.logs.join('').includes('"code":"delivery"') || undefined, 20_000);
    expect(await balance()).toBe(30);
    const channelCalls = world.discord.requests.filter((r) =>
      r.path.startsWith(`/channels/${world.discord.guild.channelId}`),
    );
    expect(channelCalls.length).toBeLessThan(12);
    await stillServes();
  });

  it('a 200 reply without a message id to the public status post: the job is not started, refunded, and the member told', async () => {
    const handle = world.discord.video({ prompt: 'x', duration: 3 }, { user: alice });
    world.discord.fault(
      (r) => r.method === 'POST' && r.path.includes(handle.token) && !r.path.includes('/callback'),
      200,
      { content: 'no id here' },
    );
    expect(await handle.ephemeralText()).toMatch(/Something went wrong/);
    expect(world.segmind.submissions).toHaveLength(0);
    expect(await balance()).toBe(30);
    await stillServes();
  });

  it('gateway disconnects and resumes while a job renders: the job keeps running and the next command works', async () => {
    world.segmind.plans.push({ renderMs: 60_000 });
    const handle = world.discord.video({ prompt: 'through the storm', duration: 3 }, { user: alice });
    await handle.callback();
    world.discord.dropConnections();
    const message = await finalMessage(world.discord, handle, 30_000);
    expect(message.attachments).toHaveLength(1);
    await world.discord.waitFor(() => world.discord.sockets.size > 0 || undefined, 20_000);
    await stillServes();
  });
});
