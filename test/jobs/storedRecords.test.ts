import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/jobs/reconcile.ts';
import { JOB_RECORD_VERSION, parseJobRecord } from '../../src/jobs/record.ts';
import { LocalScheduler } from '../../src/jobs/scheduler.ts';
import { JobStore } from '../../src/jobs/store.ts';
import { capturingLogger, sampleJob } from './fakes.ts';

/** A job as version 1 stored it: no `v`, the render time at the top level, no later fields. */
function v1Record(id = '0123456789abcdef') {
  const {
    v: _v,
    render: _render,
    source: _source,
    locale: _locale,
    resultRead: _read,
    ...rest
  } = sampleJob(id);
  return { ...rest, state: 'rendering', renderSeconds: 31 };
}

describe('parseJobRecord', () => {
  it('migrates a version 1 record: versioned, the render time moved under render, later fields defaulted', () => {
    const parsed = parseJobRecord(v1Record());
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.migrated).toBe(true);
    expect(parsed.job.v).toBe(JOB_RECORD_VERSION);
    expect(parsed.job.state).toBe('rendering');
    expect(parsed.job.render).toEqual({ seconds: 31, costUsd: null });
    expect(parsed.job).not.toHaveProperty('renderSeconds');
    expect(parsed.job.locale).toBe('en-US');
    expect(parsed.job.source).toBeNull();
    expect(parsed.job.resultRead).toBeNull();
  });

  it('reads a current record as it is', () => {
    const job = sampleJob();
    expect(parseJobRecord(job)).toEqual({ ok: true, job, migrated: false });
  });

  it.each([
    ['not an object', 'garbage'],
    ['null', null],
    ['an unknown state', { ...sampleJob(), state: 'exploded' }],
    ['a future version', { ...sampleJob(), v: JOB_RECORD_VERSION + 1 }],
    ['a missing field', (({ guildId: _g, ...rest }) => rest)(sampleJob())],
  ])('refuses %s, naming the problem', (_name, raw) => {
    const parsed = parseJobRecord(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.length).toBeGreaterThan(0);
  });
});

/** The ledger's open reservations, in memory, recording what reconcile closes. */
function reservations(active: Record<string, Record<string, { userId: string }>>) {
  const closed: string[] = [];
  return {
    closed,
    activeJobs: async (guildId: string) => active[guildId] ?? {},
    settle: async (_g: string, _u: string, jobId: string) => void closed.push(`settle:${jobId}`),
    refund: async (_g: string, _u: string, jobId: string, reason?: string) =>
      void closed.push(`refund:${jobId}:${reason}`),
  };
}

describe('reconcile at startup, over stored records', () => {
  const guildId = sampleJob().guildId;
  const userId = sampleJob().userId;

  it('resumes a job whose record an older version wrote, migrated', async () => {
    const kv = new Keyv();
    const store = new JobStore(kv);
    await kv.set('aaaaaaaaaaaaaaaa', v1Record('aaaaaaaaaaaaaaaa'));
    const books = reservations({ [guildId]: { aaaaaaaaaaaaaaaa: { userId } } });
    const resumed = await reconcile({
      guildIds: [guildId],
      reservations: books,
      store,
      scheduler: new LocalScheduler(new Keyv(), () => 5),
      logger: capturingLogger().logger,
    });
    expect(resumed.map((j) => [j.id, j.v, j.render.seconds])).toEqual([['aaaaaaaaaaaaaaaa', 2, 31]]);
    expect(books.closed).toEqual([]);
  });

  it('quarantines a damaged record (never trusted), refunds its credits, drops its slot and says so loudly', async () => {
    const kv = new Keyv();
    const store = new JobStore(kv);
    const scheduler = new LocalScheduler(new Keyv(), () => 5);
    const damaged = { ...sampleJob('bbbbbbbbbbbbbbbb'), state: 'rendering', cost: 'lots' };
    await kv.set('bbbbbbbbbbbbbbbb', damaged);
    await scheduler.hold('bbbbbbbbbbbbbbbb');
    const books = reservations({ [guildId]: { bbbbbbbbbbbbbbbb: { userId } } });
    const log = capturingLogger();
    const resumed = await reconcile({
      guildIds: [guildId],
      reservations: books,
      store,
      scheduler,
      logger: log.logger,
    });
    expect(resumed).toEqual([]);
    expect(books.closed).toEqual(['refund:bbbbbbbbbbbbbbbb:damaged']);
    expect(await kv.get('bbbbbbbbbbbbbbbb')).toBeUndefined();
    expect(await kv.get('quarantine:bbbbbbbbbbbbbbbb')).toEqual({
      raw: damaged,
      problem: expect.stringContaining('cost'),
    });
    expect(await scheduler.entries()).toEqual([]);
    const errors = log.lines.filter((l) => l.level === 'error');
    expect(errors).toMatchObject([
      { msg: 'quarantined a damaged job record; refunded', jobId: 'bbbbbbbbbbbbbbbb', guildId, userId },
    ]);
  });
});
