import { describe, expect, it } from 'vitest';
import { nextDayAt } from '../../src/credits/budget.ts';
import { CSV_HEADER } from '../../src/credits/csv.ts';
import { alice, bob, finalMessage, mod } from '../support/helpers.ts';
import { embedFields, moderate } from '../support/moderate.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();
const carol = { id: '100000000000000055', username: 'carol' };
const user = (id: string) => ({ name: 'user', type: 6, value: id });

async function clip(options: Record<string, string | number>, who: typeof alice) {
  const message = await finalMessage(t.world.discord, t.world.discord.video(options, { user: who }));
  await t.app.runner.idle();
  return message;
}

/** A day's activity: three clips delivered (one priced by Segmind below the estimate, one unpriced), one failed, three moderator changes. */
async function busyDay(): Promise<void> {
  const now = t.world.clock.now();
  t.world.clock.advance(nextDayAt(now) + 3_600_000 - now);
  const { segmind, discord } = t.world;
  segmind.plans.push({ cost: 0.37 });
  await clip({ prompt: 'one', duration: 5 }, alice);
  await clip({ prompt: 'two', duration: 3 }, alice);
  segmind.plans.push({ outcome: 'failed200', failReason: 'internal error', renderMs: 4_000 });
  await clip({ prompt: 'three', duration: 10 }, bob);
  segmind.plans.push({ cost: null });
  await clip({ prompt: 'four', duration: 3 }, carol);
  const amount = (value: number) => ({ name: 'amount', type: 4, value });
  const reason = (value: string) => ({ name: 'reason', type: 3, value });
  await moderate(
    discord,
    ['credits', 'grant'],
    [user(alice.id), amount(5), reason('=HYPERLINK("http://evil.example","win")')],
  ).ephemeralText();
  await moderate(
    discord,
    ['credits', 'set'],
    [user(bob.id), amount(12), reason('contest, round 2')],
  ).ephemeralText();
  await moderate(discord, ['credits', 'reset'], [user(carol.id)]).ephemeralText();
}

describe('/clipcast stats', () => {
  it('shows today’s and the last 30 days’ spend in credits and dollars, with the top members, pinging nobody', async () => {
    await busyDay();
    const handle = moderate(t.world.discord, ['stats']);
    const fields = await embedFields(handle);
    expect(fields).toEqual({
      'Today (UTC)': '**3** clips · 11 credits · $0.97',
      'Last 30 days': '**3** clips · 11 credits · $0.97',
      'Top members today': `1. <@${alice.id}> — 2 clips · 8 credits · $0.67\n2. <@${carol.id}> — 1 clip · 3 credits · $0.30`,
      'Top members, last 30 days': `1. <@${alice.id}> — 2 clips · 8 credits · $0.67\n2. <@${carol.id}> — 1 clip · 3 credits · $0.30`,
      'Server budget today': '$0.97 spent · $0.00 reserved · no daily cap (`/clipcast settings budget`)',
    });
    const body = (await handle.callback()).body as { data?: { flags?: number; allowed_mentions?: unknown } };
    expect((body.data?.flags ?? 0) & 64).toBe(64);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });

    t.world.clock.advance(86_400_000);
    expect(await embedFields(moderate(t.world.discord, ['stats']))).toMatchObject({
      'Today (UTC)': '**0** clips · 0 credits · $0.00',
      'Top members today': 'No clips delivered.',
      'Last 30 days': '**3** clips · 11 credits · $0.97',
    });
  });

  it('is for moderators only', async () => {
    const attempt = moderate(t.world.discord, ['stats'], [], bob);
    expect(await attempt.ephemeralText()).toMatch(/moderator command/);
  });
});

describe('/clipcast export', () => {
  it('attaches every reserve, settle, refund, grant, set and reset as formula-safe CSV', async () => {
    await busyDay();
    const handle = moderate(t.world.discord, ['export']);
    const text = await handle.ephemeralText();
    const today = new Date(t.world.clock.now()).toISOString().slice(0, 10);
    expect(text).toBe(`📄 This server’s ledger from ${today} to ${today} (UTC days): 11 entries.`);
    const file = await t.world.discord.waitFor(() => handle.original()?.attachments[0]);
    expect(file.filename).toBe(`clipcast-ledger-${t.world.discord.guild.id}-${today}.csv`);
    expect(file.content_type).toMatch(/^text\/csv/);
    const csv = file.data.toString('utf8');
    const [header, ...rows] = csv.split('\r\n');
    expect(header).toBe(CSV_HEADER.join(','));
    expect(rows.pop()).toBe('');
    const times = rows.map((r) => r.slice(0, 24));
    expect(times.every((s) => new Date(s).toISOString() === s && s.startsWith(today))).toBe(true);
    expect([...times].sort()).toEqual(times);
    const jobs = rows.map((r) => r.split(',')[3] ?? '');
    const shapes = rows.map((r) => r.slice(25).replace(/,[0-9a-f]{16},/, ',JOB,'));
    expect(shapes).toEqual([
      `reserve,${alice.id},JOB,5,0.50,estimate,,`,
      `settle,${alice.id},JOB,5,0.37,segmind,,`,
      `reserve,${alice.id},JOB,3,0.30,estimate,,`,
      `settle,${alice.id},JOB,3,0.30,segmind,,`,
      `reserve,${bob.id},JOB,10,1.00,estimate,,`,
      `refund,${bob.id},JOB,10,0.00,unbilled,,render_failed`,
      `reserve,${carol.id},JOB,3,0.30,estimate,,`,
      `settle,${carol.id},JOB,3,0.30,estimate,,`,
      `grant,${alice.id},,5,,,${mod.id},"'=HYPERLINK(""http://evil.example"",""win"")"`,
      `set,${bob.id},,-18,,,${mod.id},"contest, round 2"`,
      `reset,${carol.id},,3,,,${mod.id},`,
    ]);
    // Each job's reservation and its settlement or refund name the same job.
    expect([jobs[0] === jobs[1], jobs[2] === jobs[3], jobs[4] === jobs[5], jobs[6] === jobs[7]]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(new Set(jobs.slice(0, 8)).size).toBe(4);
  });

  it('says so when nothing was recorded', async () => {
    const handle = moderate(t.world.discord, ['export'], [{ name: 'days', type: 4, value: 7 }]);
    expect(await handle.ephemeralText()).toBe('Nothing was recorded in this server in the last 7 days.');
    expect(handle.original()?.attachments ?? []).toEqual([]);
  });

  it('keeps within the server’s upload limit by leaving out the oldest entries', async () => {
    await busyDay();
    t.world.clock.advance(86_400_000);
    await clip({ prompt: 'next day', duration: 3 }, bob);
    const limit = 700; // far below Discord's real limits: room for the header and a few rows
    const handle = moderate(t.world.discord, ['export'], [], mod, { attachmentSizeLimit: limit });
    const text = await handle.ephemeralText();
    const [from, to] = /ledger from (\S+) to (\S+) /.exec(text)?.slice(1) ?? [];
    expect(to).toBe(new Date(t.world.clock.now()).toISOString().slice(0, 10));
    expect(text).toContain(
      `Older entries did not fit in one file within this server’s upload limit, so it starts on ${from}.`,
    );
    const file = await t.world.discord.waitFor(() => handle.original()?.attachments[0]);
    const csv = file.data.toString('utf8');
    expect(Buffer.byteLength(csv)).toBeLessThanOrEqual(limit);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(text).toContain(`: ${rows.length} entries.`);
    // The newest entries are in, the oldest (the day's first reservation) is not.
    expect(rows.at(-1)).toMatch(new RegExp(`,settle,${bob.id},[0-9a-f]{16},3,0.30,segmind,,$`));
    expect(csv).not.toContain(',0.50,estimate');
  });
});
