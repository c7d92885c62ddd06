import { dayOf } from './budget.ts';
import type { Journal, JournalEntry } from './journal.ts';

/** Spend: delivered clips, their credits, and what jobs cost in micro-dollars where known. */
interface Spend {
  clips: number;
  credits: number;
  usd: number;
}

export interface SpendPeriod {
  total: Spend;
  /** The biggest spenders, most credits first (then most dollars). */
  top: Array<Spend & { userId: string }>;
}

export interface SpendReport {
  days: number;
  today: SpendPeriod;
  period: SpendPeriod;
}

const none = (): Spend => ({ clips: 0, credits: 0, usd: 0 });

class Tally {
  readonly total = none();
  readonly #members = new Map<string, Spend>();

  add(entry: JournalEntry): void {
    const delivered = entry.kind === 'settle';
    const member = this.#members.get(entry.userId) ?? none();
    for (const spend of [this.total, member]) {
      if (delivered) spend.clips++;
      if (delivered) spend.credits += entry.credits;
      spend.usd += entry.usd ?? 0;
    }
    this.#members.set(entry.userId, member);
  }

  period(top: number): SpendPeriod {
    const members = [...this.#members].map(([userId, spend]) => ({ userId, ...spend }));
    members.sort((a, b) => b.credits - a.credits || b.usd - a.usd || a.userId.localeCompare(b.userId));
    return { total: { ...this.total }, top: members.slice(0, top) };
  }
}

/**
 * What the server spent today (UTC) and over the last `days` days including today, from its
 * journal: clips and credits of delivered jobs, and dollars of every job that cost the operator
 * something (delivered, or billed by Segmind although it failed here).
 */
export async function spendReport(
  journal: Journal,
  guildId: string,
  now: number,
  options: { days?: number; top?: number } = {},
): Promise<SpendReport> {
  const days = options.days ?? 30;
  const top = options.top ?? 5;
  const today = new Tally();
  const period = new Tally();
  const todayIndex = dayOf(now);
  for await (const entries of journal.recent(guildId, now, days)) {
    for (const entry of entries) {
      if (entry.kind !== 'settle' && !(entry.kind === 'refund' && entry.usd)) continue;
      period.add(entry);
      if (dayOf(entry.at) === todayIndex) today.add(entry);
    }
  }
  return { days, today: today.period(top), period: period.period(top) };
}
