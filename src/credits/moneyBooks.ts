import type { Account, LedgerEntry } from './account.ts';
import type { BudgetRefusal, Budgets } from './budgets.ts';
import type { Journal, JournalKind } from './journal.ts';
import type { GuildSettings } from './settings.ts';

/**
 * What the ledger writes besides a member's account, in the same per-server serialised step: a
 * job's reservations against the money budgets, and the server's journal. Either may be absent
 * (credits only).
 */
export class MoneyBooks {
  readonly budgets: Budgets | undefined;
  readonly journal: Journal | undefined;

  constructor(budgets: Budgets | undefined, journal: Journal | undefined) {
    this.budgets = budgets;
    this.journal = journal;
  }

  check(
    guildId: string,
    settings: GuildSettings,
    duration: number,
    now: number,
  ): Promise<BudgetRefusal | null> {
    return this.budgets?.check(guildId, settings, duration, now) ?? Promise.resolve(null);
  }

  reserve(
    guildId: string,
    settings: GuildSettings,
    job: { id: string; duration: number },
    now: number,
  ): Promise<BudgetRefusal | null> {
    return this.budgets?.reserve(guildId, settings, job.id, job.duration, now) ?? Promise.resolve(null);
  }

  /** Journals a reservation the account now holds. */
  reserved(
    guildId: string,
    job: { id: string; userId: string; credits: number; duration: number },
    now: number,
  ) {
    const usd = this.budgets ? this.budgets.estimate(job.duration) : null;
    return this.journal?.record(guildId, {
      at: now,
      kind: 'reserve',
      userId: job.userId,
      jobId: job.id,
      credits: job.credits,
      usd,
      usdSource: usd === null ? null : 'estimate',
    });
  }

  /** Closes the job's budget reservations made at `since` (none: no active entry, nothing to close). */
  close(guildId: string, jobId: string, since: number | undefined, cost: number | null | 'refund') {
    return since === undefined
      ? Promise.resolve(null)
      : (this.budgets?.close(guildId, jobId, since, cost) ?? Promise.resolve(null));
  }

  /** Journals a settled or refunded reservation with what the job cost (from {@link close}). */
  closed(
    guildId: string,
    entry: {
      at: number;
      kind: 'settle' | 'refund';
      userId: string;
      jobId: string;
      credits: number;
      reason?: string | undefined;
    },
    spent: Awaited<ReturnType<MoneyBooks['close']>>,
  ) {
    return this.journal?.record(guildId, { ...entry, reason: entry.reason ?? null, ...(spent ?? {}) });
  }

  /** Journals a moderator's change, from the account's newest log entry. */
  moderated(guildId: string, userId: string, kind: JournalKind | undefined, account: Account, now: number) {
    const entry: LedgerEntry | undefined = account.log[0];
    if (!kind || !entry) return Promise.resolve();
    return this.journal?.record(guildId, {
      at: now,
      kind,
      userId,
      credits: entry.delta,
      by: entry.by ?? null,
      reason: entry.reason ?? null,
    });
  }
}
