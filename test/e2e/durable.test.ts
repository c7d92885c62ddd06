import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConserved } from '../../src/credits/account.ts';
import type { JobRecord } from '../../src/jobs/record.ts';
import { JobStore } from '../../src/jobs/store.ts';
import { createStorage } from '../../src/storage/index.ts';
import type { FakeMessage, InteractionHandle } from '../support/fakeDiscord.ts';
import type { Plan } from '../support/fakeSegmind.ts';
import type { World } from '../support/harness.ts';
import { alice, bob, customIds, finalMessage, mod, png, shownTexts } from '../support/helpers.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

const g = () => t.world.discord.guild.id;

async function jobOf(handle: InteractionHandle): Promise<JobRecord> {
  const messageId = await t.world.discord.waitFor(() => handle.status()?.id);
  return findJob((j) => j.statusMessageId === messageId);
}

async function findJob(predicate: (j: JobRecord) => boolean): Promise<JobRecord> {
  for (let i = 0; i < 400; i++) {
    const ids = Object.keys(await t.app.ledger.activeJobs(g()));
    for (const job of await t.app.jobs.getMany(ids)) if (predicate(job)) return job;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('job not found');
}

/** Changes a job record while the bot is stopped, as a crash at that point would have left it. */
async function editStored(id: string, change: (job: JobRecord) => JobRecord): Promise<void> {
  const storage = await createStorage(`sqlite://${join(t.world.dir, 'clipcast.sqlite')}`);
  const jobs = new JobStore(storage.kv.jobs);
  await jobs.put(change((await jobs.get(id)) as JobRecord));
  await storage.close();
}

async function waitState(id: string, state: JobRecord['state']): Promise<JobRecord> {
  for (let i = 0; i < 2000; i++) {
    const job = await t.app.jobs.get(id);
    if (job?.state === state) return job;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`job ${id} never reached ${state}`);
}

describe('restarts', () => {
  it('a restart mid-render delivers the clip to the original message, with exactly one submit, settled once', async () => {
    t.world.segmind.renderMs = 120_000;
    const handle = t.world.discord.video({ prompt: 'survive a restart', duration: 5 }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    await t.app.stop();
    t.app = await t.world.startBot();
    const message = await finalMessage(t.world.discord, handle);
    expect(message.attachments).toHaveLength(1);
    expect(t.world.segmind.submissions).toHaveLength(1);
    await t.app.runner.idle();
    const account = await t.app.ledger.peek(g(), alice.id);
    expect(account.settled).toBe(5);
    expect(account.log.filter((e) => e.kind === 'settle')).toHaveLength(1);
    expect(isConserved(account)).toBe(true);
  });

  it('a restart while queued keeps the queue order and runs both jobs', async () => {
    await t.app.stop();
    t.app = await t.world.startBot({ MAX_RENDERING: '1' });
    t.world.segmind.renderMs = 600_000;
    const first = t.world.discord.video({ prompt: 'first in line' }, { user: alice });
    const firstJob = await jobOf(first);
    await waitState(firstJob.id, 'rendering');
    const second = t.world.discord.video({ prompt: 'second in line' }, { user: bob });
    const secondJob = await jobOf(second);
    await t.world.discord.waitFor(
      () => shownTexts(t.world.discord, second).some((t) => t.includes('position **1**')) || undefined,
    );
    await t.app.stop();
    t.world.segmind.renderMs = 30_000;
    t.app = await t.world.startBot({ MAX_RENDERING: '1' });
    await finalMessage(t.world.discord, first);
    await finalMessage(t.world.discord, second);
    expect(t.world.segmind.submissions.map((s) => s.prompt)).toEqual(['first in line', 'second in line']);
    await waitState(secondJob.id, 'done');
  });

  it('a restart while delivering downloads and posts the clip without submitting again', async () => {
    t.world.segmind.renderMs = 300_000;
    const handle = t.world.discord.video({ prompt: 'deliver me' }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    await t.app.stop();
    // The render finished while the bot was down, and the bot had recorded the transition.
    t.world.clock.advance(300_000);
    await editStored(job.id, (stored) => ({ ...stored, state: 'delivering' }));
    t.app = await t.world.startBot();
    const message = await finalMessage(t.world.discord, handle);
    expect(message.attachments).toHaveLength(1);
    expect(t.world.segmind.submissions).toHaveLength(1);
  });

  it('a restart while a failed download waits for its next attempt resumes the retry: delivered, one submit, one result read', async () => {
    const plan: Plan = { renderMs: 5_000, downloadFailures: 1e9 };
    t.world.segmind.plans.push(plan);
    const handle = t.world.discord.video({ prompt: 'retry me later' }, { user: alice });
    const job = await jobOf(handle);
    await t.world.discord.waitFor(async () =>
      ((await t.app.jobs.get(job.id))?.download?.attempts ?? 0) >= 2 ? true : undefined,
    );
    await t.app.stop();
    const requestId = [...t.world.segmind.jobs.keys()][0] as string;
    const triedBefore = t.world.segmind.fileGets(requestId);
    plan.downloadFailures = 0;
    t.app = await t.world.startBot();
    const message = await finalMessage(t.world.discord, handle);
    expect(message.attachments).toHaveLength(1);
    expect(t.world.segmind.fileGets(requestId)).toBe(triedBefore + 1);
    expect(t.world.segmind.submissions).toHaveLength(1);
    expect(t.world.segmind.resultGets(requestId)).toBe(1);
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(g(), alice.id)).settled).toBe(5);
  });

  it('a clip waiting to retry its download does not hold the member’s place: their next /video is admitted', async () => {
    await t.app.settings.update(g(), { maxJobsPerUser: 1 });
    const plan: Plan = { renderMs: 5_000, downloadFailures: 1e9 };
    t.world.segmind.plans.push(plan);
    const waiting = t.world.discord.video({ prompt: 'slow to fetch' }, { user: alice });
    const job = await jobOf(waiting);
    await t.world.discord.waitFor(async () => ((await t.app.jobs.get(job.id))?.download ? true : undefined));
    const next = t.world.discord.video({ prompt: 'meanwhile' }, { user: alice });
    expect((await finalMessage(t.world.discord, next)).attachments).toHaveLength(1);
    // The waiting job still holds its credits, and gets its clip once the file can be fetched.
    const reserved = async () => Object.keys((await t.app.ledger.peek(g(), alice.id)).reserved);
    await t.world.discord.waitFor(async () => ((await reserved()).length === 1 ? true : undefined));
    expect(await reserved()).toEqual([job.id]);
    plan.downloadFailures = 0;
    const retryAt = (await t.app.jobs.get(job.id))?.download?.retryAt ?? 0;
    t.world.clock.advance(Math.max(0, retryAt - t.world.clock.now()));
    expect((await finalMessage(t.world.discord, waiting)).attachments).toHaveLength(1);
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(g(), alice.id)).settled).toBe(10);
  });

  it('a restart between the intent to submit and Segmind’s answer: no second submit, a refund, a clear message', async () => {
    t.world.segmind.renderMs = 300_000;
    const handle = t.world.discord.video({ prompt: 'uncertain', duration: 10 }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    await t.app.stop();
    await editStored(job.id, (stored) => ({
      ...stored,
      state: 'submitting',
      segmind: null,
      submitIntentAt: stored.createdAt,
    }));
    const before = t.world.segmind.submissions.length;
    t.app = await t.world.startBot();
    const message = await finalMessage(t.world.discord, handle);
    expect(message.content).toMatch(/restarted while sending your request.*10 credits were refunded/s);
    expect(t.world.segmind.submissions).toHaveLength(before);
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(g(), alice.id)).balance).toBe(30);
  });

  it('a request that expired at Segmind while the bot was down fails with a refund', async () => {
    t.world.segmind.renderMs = 600_000;
    const handle = t.world.discord.video({ prompt: 'too late' }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    await t.app.stop();
    t.world.clock.advance(3_700_000);
    t.app = await t.world.startBot();
    const message = await finalMessage(t.world.discord, handle);
    expect(message.content).toMatch(/no longer has this request.*refunded/s);
  });
});

describe('the 15-minute token handoff', () => {
  it('switches to the bot token on 401/50027 and still delivers to the original message, mentioning the requester', async () => {
    t.world.segmind.renderMs = 600_000;
    const handle = t.world.discord.video({ prompt: 'handoff' }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    t.world.discord.fault(
      (r) => r.path.includes(handle.token),
      401,
      { message: 'Invalid Webhook Token', code: 50027 },
      1000,
    );
    const message = await finalMessage(t.world.discord, handle);
    expect(message.id).toBe(job.statusMessageId);
    expect(message.attachments).toHaveLength(1);
    const botEdits = t.world.discord.requests.filter(
      (r) => r.method === 'PATCH' && r.path === `/channels/${message.channel_id}/messages/${message.id}`,
    );
    expect(botEdits.length).toBeGreaterThan(0);
    expect(botEdits.every((r) => r.auth?.startsWith('Bot '))).toBe(true);
    const ping = await t.world.discord.waitFor(() =>
      t.world.discord
        .messagesIn(message.channel_id)
        .find((m) => m.id !== message.id && m.content.startsWith(`<@${alice.id}> your clip is ready`)),
    );
    expect(ping.message_reference).toMatchObject({ message_id: message.id });
    expect(ping.allowed_mentions).toEqual({ parse: [], users: [alice.id] });
    // 401s on the token are not retried in a loop.
    expect(
      t.world.discord.requests.filter(
        (r) =>
          r.method === 'PATCH' && r.path.includes(handle.token) && r.path.endsWith(`/messages/${message.id}`),
      ).length,
    ).toBeLessThan(4);
  });

  it('stops using the token after 14 minutes of the clock, without waiting for a 401', async () => {
    t.world.segmind.renderMs = 16 * 60_000;
    const handle = t.world.discord.video({ prompt: 'long render' }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    t.world.clock.advance(14 * 60_000 + 1_000);
    // Requests already in flight at the jump may still land; judge those sent after it.
    await new Promise((r) => setTimeout(r, 100));
    const cutoff = t.world.clock.now();
    const message = await finalMessage(t.world.discord, handle, 30_000);
    expect(message.attachments).toHaveLength(1);
    const late = t.world.discord.requests.filter((r) => r.at > cutoff);
    expect(late.some((r) => r.path.includes(handle.token))).toBe(false);
    expect(late.some((r) => r.path.startsWith('/channels/') && r.auth?.startsWith('Bot '))).toBe(true);
  });

  it('posts the clip as a new channel message mentioning the requester when the status message was deleted', async () => {
    t.world.segmind.renderMs = 600_000;
    const handle = t.world.discord.video({ prompt: 'deleted status' }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    const original = handle.status() as FakeMessage;
    original.deleted = true;
    const posted = await t.world.discord.waitFor(() =>
      t.world.discord.messagesIn(original.channel_id).find((m) => m.attachments.length > 0),
    );
    expect(posted.content).toContain(`<@${alice.id}>`);
    expect(posted.allowed_mentions).toEqual({ parse: [], users: [alice.id] });
  });

  it('posts a refused prompt as a new message when the status was deleted, and its Edit button works there', async () => {
    t.world.segmind.plans.push({
      outcome: 'failed422',
      failReason: 'Blocked by the safety filter',
      renderMs: 600_000,
    });
    const handle = t.world.discord.video({ prompt: 'a duel' }, { user: alice });
    const job = await jobOf(handle);
    await waitState(job.id, 'rendering');
    const status = handle.status() as FakeMessage;
    status.deleted = true;
    t.world.clock.advance(600_000);
    const notice = await t.world.discord.waitFor(() =>
      t.world.discord
        .messagesIn(status.channel_id)
        .find((m) => m.id !== status.id && /Failed/.test(m.content)),
    );
    const edit = customIds(notice)[0] as string;
    expect(edit).toMatch(/^clip:edit:/);
    // The job now points at the notice (until then its buttons would be refused as foreign).
    await t.world.discord.waitFor(async () => (await t.app.jobs.get(job.id))?.statusMessageId === notice.id);
    const cb = await t.world.discord.button(edit, notice, { user: alice }).callback();
    expect(cb.type).toBe(9);
  });
});

describe('the queue', () => {
  /** Five members' jobs against a render cap of 2, renders held until the test lets them finish. */
  async function queueOfFive() {
    await t.app.stop();
    t.app = await t.world.startBot({ MAX_RENDERING: '2', RENDER_TIMEOUT_SECONDS: '86400' });
    t.world.segmind.renderMs = 3_000_000;
    const users = Array.from({ length: 5 }, (_, i) => ({ id: `10000000000000010${i}`, username: `u${i}` }));
    const handles: InteractionHandle[] = [];
    for (const [i, user] of users.entries()) {
      handles.push(t.world.discord.video({ prompt: `job ${i}`, duration: 3 }, { user }));
      await jobOf(handles[i] as never);
    }
    const at = (i: number) => handles[i] as InteractionHandle;
    const showsPosition = (i: number, position: number) =>
      t.world.discord.waitFor(
        () =>
          shownTexts(t.world.discord, at(i)).some((s) => s.includes(`position **${position}**`)) || undefined,
        30_000,
      );
    const finishAll = async () => {
      t.world.segmind.renderMs = 30_000;
      for (const h of handles) await finalMessage(t.world.discord, h, 20_000);
    };
    return { users, at, showsPosition, finishAll };
  }

  it('holds the render cap: two render, the other three wait with their place in line', {
    timeout: 90_000,
  }, async () => {
    const q = await queueOfFive();
    await q.showsPosition(4, 3);
    await q.showsPosition(3, 2);
    await q.showsPosition(2, 1);
    expect(t.world.segmind.submissions).toHaveLength(2);
    expect(customIds(q.at(3).status() as FakeMessage)[0]).toMatch(/^clip:cancel:/);
  });

  it('lets only the requester (or a moderator) cancel a queued job, refunding at once', {
    timeout: 90_000,
  }, async () => {
    const q = await queueOfFive();
    await q.showsPosition(4, 3);
    const status = q.at(3).status() as FakeMessage;
    const cancelId = customIds(status)[0] as string;
    const denied = t.world.discord.button(cancelId, status, { user: q.users[0] as never });
    expect(await denied.ephemeralText()).toMatch(/Only the requester or a moderator/);
    const cancel = t.world.discord.button(cancelId, status, { user: q.users[3] as never });
    expect(await cancel.ephemeralText()).toMatch(/Cancelled\. 3 credits refunded/);
    expect((await t.app.ledger.peek(g(), q.users[3]?.id as string)).balance).toBe(30);
    await t.world.discord.waitFor(() => /Cancelled/.test(q.at(3).status()?.content ?? '') || undefined);
  });

  it('moves the jobs behind a cancelled one up in line', { timeout: 90_000 }, async () => {
    const q = await queueOfFive();
    await q.showsPosition(4, 3);
    const status = q.at(3).status() as FakeMessage;
    await t.world.discord
      .button(customIds(status)[0] as string, status, { user: q.users[3] as never })
      .ephemeralText();
    await q.showsPosition(4, 2);
    expect(t.world.segmind.submissions).toHaveLength(2);
  });

  it('starts queued jobs in the order they were made, skipping the cancelled one', {
    timeout: 90_000,
  }, async () => {
    const q = await queueOfFive();
    await q.showsPosition(4, 3);
    const status = q.at(3).status() as FakeMessage;
    await t.world.discord
      .button(customIds(status)[0] as string, status, { user: q.users[3] as never })
      .ephemeralText();
    await q.finishAll();
    expect(t.world.segmind.submissions.map((s) => s.prompt)).toEqual(['job 0', 'job 1', 'job 2', 'job 4']);
    expect(q.at(2).status()?.attachments).toHaveLength(1);
  });
});

describe('result buttons', () => {
  async function delivered(
    options: Record<string, string | number | ReturnType<World['discord']['attachment']>> = {
      prompt: 'a glass city',
      seed: 777,
    },
  ) {
    const handle = t.world.discord.video(options, { user: alice });
    const message = await finalMessage(t.world.discord, handle);
    await t.app.runner.idle();
    return { handle, message, ids: customIds(message) };
  }

  it('Re-roll after a restart, pressed by someone else: same settings, a new seed, charged to the presser, linked to its parent', async () => {
    const { message, ids } = await delivered({
      prompt: 'a glass city',
      seed: 777,
      duration: 3,
      aspect_ratio: '9:16',
    });
    await t.app.stop();
    t.app = await t.world.startBot();
    const press = t.world.discord.button(ids[0] as string, message, { user: bob });
    const next = await finalMessage(t.world.discord, press);
    const sent = t.world.segmind.submissions[1] as Record<string, unknown>;
    expect(sent).toMatchObject({ prompt: 'a glass city', duration: 3, aspect_ratio: '9:16' });
    expect(sent.seed).not.toBe(777);
    expect(next.content).toContain(`<@${bob.id}>`);
    expect(JSON.stringify(next.embeds)).toContain('from ');
    await t.app.runner.idle();
    expect((await t.app.ledger.peek(g(), bob.id)).settled).toBe(3);
    expect((await t.app.ledger.peek(g(), alice.id)).settled).toBe(3);
  });

  it('Same seed runs the same settings and seed again', async () => {
    const { message, ids } = await delivered();
    await finalMessage(t.world.discord, t.world.discord.button(ids[1] as string, message, { user: alice }));
    expect(t.world.segmind.submissions[1]).toEqual(t.world.segmind.submissions[0]);
  });

  it('Edit opens a modal prefilled with prompt and seed; a changed prompt with the kept seed runs as a new job', async () => {
    const { message, ids } = await delivered();
    await t.app.stop();
    t.app = await t.world.startBot();
    const press = t.world.discord.button(ids[2] as string, message, { user: bob });
    const cb = await press.callback();
    expect(cb.type).toBe(9);
    const modal = cb.body.data as {
      custom_id: string;
      components: Array<{ components: Array<{ custom_id: string; value: string }> }>;
    };
    const values = Object.fromEntries(
      modal.components.map((r) => [r.components[0]?.custom_id, r.components[0]?.value]),
    );
    expect(values).toEqual({ prompt: 'a glass city', seed: '777' });
    const submit = t.world.discord.modal(
      modal.custom_id,
      { prompt: 'a glass city at dawn', seed: '777' },
      { user: bob },
    );
    await finalMessage(t.world.discord, submit);
    expect(t.world.segmind.submissions[1]).toMatchObject({ prompt: 'a glass city at dawn', seed: 777 });
  });

  it('Edit modal values are validated: an over-range seed or empty prompt is refused ephemerally', async () => {
    const { message, ids } = await delivered();
    const cb = await t.world.discord.button(ids[2] as string, message, { user: alice }).callback();
    const customId = (cb.body.data as { custom_id: string }).custom_id;
    expect(
      await t.world.discord.modal(customId, { prompt: 'ok', seed: '1000000000' }).ephemeralText(),
    ).toMatch(/seed must be a whole number between/);
    expect(await t.world.discord.modal(customId, { prompt: '   ', seed: '' }).ephemeralText()).toMatch(
      /prompt is empty/,
    );
    expect(t.world.segmind.submissions).toHaveLength(1);
  });

  it('Delete works for the requester or a moderator only', async () => {
    const { message, ids } = await delivered();
    await t.app.stop();
    t.app = await t.world.startBot();
    expect(await t.world.discord.button(ids[3] as string, message, { user: bob }).ephemeralText()).toMatch(
      /Only the requester or a moderator can delete this/,
    );
    expect(message.deleted).toBe(false);
    expect(await t.world.discord.button(ids[3] as string, message, { user: mod }).ephemeralText()).toMatch(
      /Deleted/,
    );
    expect(message.deleted).toBe(true);
  });

  it('a re-roll whose reference files have expired on Discord is refused clearly, charging nothing', async () => {
    const image = t.world.discord.attachment('ref.png', png(), 'image/png');
    const { message, ids } = await delivered({ prompt: 'with a reference', image1: image });
    t.world.discord.deleteCdnFile(image.url);
    const press = t.world.discord.button(ids[0] as string, message, { user: alice });
    expect(await press.ephemeralText()).toMatch(/no longer available on Discord/);
    expect(t.world.segmind.submissions).toHaveLength(1);
    expect((await t.app.ledger.peek(g(), alice.id)).balance).toBe(25);
  });

  it('a reference whose signed URL says it expired is refused without even asking the CDN', async () => {
    const image = t.world.discord.attachment('old.png', png(), 'image/png', {
      expiresAt: Date.now() + 60_000,
    });
    const { message, ids } = await delivered({ prompt: 'old ref', image1: image });
    t.world.clock.advance(3_600_000);
    const cdnHits = t.world.discord.cdnRequests.length;
    expect(await t.world.discord.button(ids[1] as string, message, { user: alice }).ephemeralText()).toMatch(
      /no longer available/,
    );
    expect(t.world.discord.cdnRequests.length).toBe(cdnHits);
  });

  it('malformed or foreign custom ids get a clear ephemeral answer', async () => {
    const { message } = await delivered();
    expect(await t.world.discord.button('clip:reroll:../../etc', message).ephemeralText()).toMatch(
      /not recognised/,
    );
    expect(await t.world.discord.button('clip:explode:0123456789abcdef', message).ephemeralText()).toMatch(
      /not recognised/,
    );
    expect(await t.world.discord.button('clip:reroll:0123456789abcdef', message).ephemeralText()).toMatch(
      /no longer exists/,
    );
    // A button pressed in another server that points at this server's job is refused.
    const other = t.world.discord.addGuild('Other');
    const [reroll] = customIds(message);
    const foreign = t.world.discord.button(
      reroll as string,
      { ...message, channel_id: other.channelId },
      { guildId: other.id },
    );
    expect(await foreign.ephemeralText()).toMatch(/belongs to a job from another server/);
    expect(t.world.segmind.submissions).toHaveLength(1);
  });
});

describe('large videos', () => {
  it('delivers a 40 MB clip byte-exact under a 50 MiB limit', async () => {
    t.world.segmind.plans.push({ outputBytes: 40 * 1000 * 1000, renderMs: 5_000 });
    const handle = t.world.discord.video(
      { prompt: 'big' },
      { user: alice, attachmentSizeLimit: 50 * 1024 * 1024 },
    );
    const message = await finalMessage(t.world.discord, handle, 60_000);
    const requestId = [...t.world.segmind.jobs.keys()][0] as string;
    expect(message.attachments[0]?.size).toBe(40 * 1000 * 1000);
    expect(
      Buffer.compare(message.attachments[0]?.data as Buffer, t.world.segmind.outputOf(requestId) as Buffer),
    ).toBe(0);
  });

  it('turns a 30 MB clip into a link under a 10 MiB limit', async () => {
    t.world.segmind.plans.push({ outputBytes: 30 * 1000 * 1000, renderMs: 5_000 });
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'bigger' }, { user: alice }),
      60_000,
    );
    expect(message.attachments).toHaveLength(0);
    expect(message.content).toMatch(/here is a link/);
  });

  it('falls back to a link once when Discord answers 413 to the upload (no retry loop)', async () => {
    t.world.segmind.plans.push({ outputBytes: 2 * 1024 * 1024, renderMs: 5_000 });
    t.world.discord.fault(
      (r) => r.files.length > 0,
      413,
      { message: 'Request entity too large', code: 40005 },
      100,
    );
    const message = await finalMessage(
      t.world.discord,
      t.world.discord.video({ prompt: 'refused upload' }, { user: alice }),
      30_000,
    );
    expect(message.content).toMatch(/here is a link/);
    expect(t.world.discord.requests.filter((r) => r.files.length > 0)).toHaveLength(1);
  });
});
