import { DAY_MS, dayOf } from './budget.ts';
import type { Journal, JournalEntry } from './journal.ts';

/**
 * The server's journal as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed),
 * safe to open in a spreadsheet: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'`, so a reason such as `=HYPERLINK(…)` shows as text instead
 * of running as a formula (OWASP, "CSV Injection"). Numbers are formatted here from numbers, so
 * they are written as numbers (a negative credit change stays `-5`).
 */
export const CSV_HEADER = [
  'time',
  'event',
  'user_id',
  'job_id',
  'credits',
  'usd',
  'usd_source',
  'moderator_id',
  'reason',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One text cell: neutralised against formulas, quoted when it holds a comma, quote or line break. */
export function textCell(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Micro-dollars as a decimal number of dollars with at least two decimals (`0.50`, `0.0123`). */
export function dollars(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(micros));
  const fraction = String(abs % 1_000_000)
    .padStart(6, '0')
    .replace(/0{1,4}$/, '');
  return `${sign}${Math.floor(abs / 1_000_000)}.${fraction.padEnd(2, '0')}`;
}

export function csvRow(entry: JournalEntry): string {
  return [
    new Date(entry.at).toISOString(),
    entry.kind,
    textCell(entry.userId),
    textCell(entry.jobId),
    String(entry.credits),
    entry.usd === null ? '' : dollars(entry.usd),
    entry.usdSource ?? '',
    textCell(entry.by),
    textCell(entry.reason),
  ].join(',');
}

interface CsvExport {
  /** The file, header included. */
  text: string;
  rows: number;
  /** First and last UTC day included (start-of-day ms), or null when there is nothing. */
  from: number | null;
  to: number | null;
  /** Whether older entries were left out to stay within `maxBytes`. */
  truncated: boolean;
}

/**
 * The last `days` UTC days of the server's journal as one CSV of at most `maxBytes` (an upload
 * limit), oldest first. Days are read newest first, one at a time, and reading stops once the
 * limit is reached: memory stays bounded by `maxBytes` whatever the journal holds, and what is left
 * out is the oldest part.
 */
export async function exportCsv(
  journal: Journal,
  guildId: string,
  now: number,
  options: { days: number; maxBytes: number },
): Promise<CsvExport> {
  const header = `${CSV_HEADER.join(',')}\r\n`;
  let budget = options.maxBytes - Buffer.byteLength(header);
  const today = dayOf(now);
  const days = await journal.days(guildId, today - options.days + 1, today);
  const blocks: string[][] = [];
  let truncated = false;
  let rows = 0;
  let from: number | null = null;
  let to: number | null = null;
  for (const day of days.reverse()) {
    const lines = (await journal.day(guildId, day)).map((e) => `${csvRow(e)}\r\n`);
    const kept: string[] = [];
    for (let i = lines.length - 1; i >= 0; i--) {
      const size = Buffer.byteLength(lines[i] as string);
      if (size > budget) {
        truncated = true;
        break;
      }
      budget -= size;
      kept.unshift(lines[i] as string);
    }
    if (kept.length) {
      blocks.unshift(kept);
      rows += kept.length;
      from = day * DAY_MS;
      to ??= day * DAY_MS;
    }
    if (truncated) break;
  }
  return { text: header + blocks.flat().join(''), rows, from, to, truncated };
}
