import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/credits/budget.ts';
import { CSV_HEADER, csvRow, dollars, exportCsv, textCell } from '../../src/credits/csv.ts';
import { CHUNK_SIZE, JOURNAL_RETENTION_DAYS, Journal } from '../../src/credits/journal.ts';
import { spendReport } from '../../src/credits/stats.ts';
import { createStorage, type Storage } from '../../src/storage/index.ts';

const day0 = Date.UTC(2026, 0, 10, 9);

describe('CSV cells', () => {
  it('neutralises formulas in text cells and quotes what needs quoting', () => {
    expect(textCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(textCell('+1')).toBe("'+1");
    expect(textCell('-2+3')).toBe("'-2+3");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\tcmd')).toBe("'\tcmd");
    expect(textCell('contest, round 2')).toBe('"contest, round 2"');
    expect(textCell('two\nlines')).toBe('"two\nlines"');
    expect(textCell(' padded ')).toBe('" padded "');
    expect(textCell('plain reason')).toBe('plain reason');
    expect(textCell(null)).toBe('');
  });

  it('writes dollars from micro-dollars exactly', () => {
    expect(dollars(500_000)).toBe('0.50');
    expect(dollars(12_340)).toBe('0.01234');
    expect(dollars(0)).toBe('0.00');
    expect(dollars(123_456_789)).toBe('123.456789');
    expect(dollars(-250_000)).toBe('-0.25');
  });

  it('a row has every column, in order, with negative numbers left as numbers', () => {
    const row = csvRow({
      at: day0,
      kind: 'grant',
      userId: '100000000000000001',
      jobId: null,
      credits: -5,
      usd: null,
      usdSource: null,
      by: '100000000000000003',
      reason: '=1+1',
    });
    expect(row.split(',')).toHaveLength(CSV_HEADER.length);
    expect(row).toBe(
      `${new Date(day0).toISOString()},grant,100000000000000001,,-5,,,100000000000000003,'=1+1`,
    );
  });
});

describe('the journal', () => {
  let storage: Storage;
  let journal: Journal;
  beforeAll(async () => {
    storage = await createStorage(
      `sqlite://${join(mkdtempSync(join(tmpdir(), 'clipcast-journal-')), 'j.sqlite')}`,
    );
    journal = new Journal(storage.kv.guilds);
  });
  afterAll(async () => storage.close());

  const settle = (at: number, userId: string, credits: number, usd: number | null) => ({
    at,
    kind: 'settle' as const,
    userId,
    jobId: `job-${at}`,
    credits,
    usd,
    usdSource: usd === null ? null : ('segmind' as const),
    by: null,
    reason: null,
  });

  it('keeps a busy day in bounded chunks and reads it back in order', async () => {
    const count = CHUNK_SIZE * 2 + 17;
    for (let i = 0; i < count; i++) await journal.append('busy', settle(day0 + i, 'u', 1, 100_000));
    const day = await journal.day('busy', Math.floor(day0 / DAY_MS));
    expect(day).toHaveLength(count);
    expect(day.map((e) => e.at)).toEqual(Array.from({ length: count }, (_, i) => day0 + i));
    const stored = await storage.kv.guilds.get(`journal:busy:${Math.floor(day0 / DAY_MS)}:0`);
    expect((stored as { entries: unknown[] }).entries).toHaveLength(CHUNK_SIZE);
  });

  it(`forgets days older than ${JOURNAL_RETENTION_DAYS} days`, async () => {
    await journal.append('old', settle(day0, 'u', 1, null));
    await journal.append('old', settle(day0 + 30 * DAY_MS, 'u', 1, null));
    await journal.append('old', settle(day0 + JOURNAL_RETENTION_DAYS * DAY_MS, 'u', 1, null));
    const first = Math.floor(day0 / DAY_MS);
    expect(await journal.days('old', 0, first + 1000)).toEqual([first + 30, first + JOURNAL_RETENTION_DAYS]);
    expect(await storage.kv.guilds.get(`journal:old:${first}:0`)).toBeUndefined();
  });

  it('reports today’s and the period’s spend, with the top members', async () => {
    const now = day0 + 40 * DAY_MS;
    await journal.append('g', settle(now - 31 * DAY_MS, 'ancient', 100, 10_000_000)); // outside 30 days
    await journal.append('g', settle(now - 3 * DAY_MS, 'alice', 10, 1_000_000));
    await journal.append('g', settle(now - 3 * DAY_MS, 'bob', 5, 420_000));
    // A refund Segmind did not bill costs nothing; one it billed (cancelled mid-render) costs its price.
    await journal.append('g', {
      ...settle(now - 3 * DAY_MS, 'bob', 5, 0),
      kind: 'refund',
      usdSource: 'unbilled',
    });
    await journal.append('g', { ...settle(now - 2 * DAY_MS, 'carol', 10, 1_000_000), kind: 'refund' });
    await journal.append('g', settle(now - 1000, 'bob', 3, null));
    await journal.append('g', settle(now, 'carol', 5, 500_000));
    const report = await spendReport(journal, 'g', now, { days: 30, top: 2 });
    expect(report.today.total).toEqual({ clips: 2, credits: 8, usd: 500_000 });
    expect(report.today.top).toEqual([
      { userId: 'carol', clips: 1, credits: 5, usd: 500_000 },
      { userId: 'bob', clips: 1, credits: 3, usd: 0 },
    ]);
    expect(report.period.total).toEqual({ clips: 4, credits: 23, usd: 2_920_000 });
    expect(report.period.top).toEqual([
      { userId: 'alice', clips: 1, credits: 10, usd: 1_000_000 },
      { userId: 'bob', clips: 2, credits: 8, usd: 420_000 },
    ]);
  });

  it('exports within a byte limit by leaving out the oldest entries', async () => {
    const now = day0 + 200 * DAY_MS;
    for (let d = 5; d >= 0; d--)
      for (let i = 0; i < 10; i++)
        await journal.append('x', settle(now - d * DAY_MS + i, `u${d}`, 1, 50_000));
    const all = await exportCsv(journal, 'x', now, { days: 90, maxBytes: 1_000_000 });
    expect(all.rows).toBe(60);
    expect(all.truncated).toBe(false);
    expect(all.from).toBe(Math.floor((now - 5 * DAY_MS) / DAY_MS) * DAY_MS);
    expect(all.text.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
    const rowBytes = Buffer.byteLength(`${csvRow(settle(now, 'u0', 1, 50_000))}\r\n`);
    const limit = Buffer.byteLength(`${CSV_HEADER.join(',')}\r\n`) + rowBytes * 25;
    const bounded = await exportCsv(journal, 'x', now, { days: 90, maxBytes: limit });
    expect(Buffer.byteLength(bounded.text)).toBeLessThanOrEqual(limit);
    expect(bounded.truncated).toBe(true);
    expect(bounded.rows).toBe(25);
    const users = bounded.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[2]);
    // The newest 25: days 0 and 1 whole, five from day 2 (its latest), oldest first.
    expect(users).toEqual([...Array(5).fill('u2'), ...Array(10).fill('u1'), ...Array(10).fill('u0')]);
    expect((await exportCsv(journal, 'x', now, { days: 2, maxBytes: 1_000_000 })).rows).toBe(20);
  });
});
