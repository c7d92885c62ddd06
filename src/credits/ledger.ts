import type Keyv from 'keyv';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';
import {
  type Account,
  grant,
  nextRefillAt,
  type Period,
  refund,
  reserve,
  resetAccount,
  setBalance,
  settle,
} from './account.ts';
import { AccountStore } from './accountStore.ts';
import type { BudgetRefusal, Budgets } from './budgets.ts';
import type { Journal, JournalKind } from './journal.ts';
import type { GuildSettings, SettingsStore } from './settings.ts';

export type Refusal =
  | BudgetRefusal
  | { reason: 'blocked' }
  | { reason: 'cooldown'; retryAt: number }
  | { reason: 'user_jobs'; limit: number }
  | { reason: 'guild_jobs'; limit: number }
  | { reason: 'balance'; cost: number; balance: number; retryAt: number };

export type Admission = { ok: true; account: Account; cost: number } | { ok: false; refusal: Refusal };

const activeJobsSchema = z.record(z.string(), z.object({ userId: z.string(), since: z.number() }));
export type ActiveJob = z.output<typeof activeJobsSchema>[string];

export function jobCost(duration: number, settings: Pick<GuildSettings, 'costPerSecond'>): number {
  return duration * settings.costPerSecond;
}

export function periodOf(settings: GuildSettings): Period {
  return { allowance: settings.allowance, periodMs: settings.refillHours * 3_600_000 };
}

export interface LedgerEvents {
  onChange?: (event: { kind: 'reserve' | 'settle' | 'refund'; amount: number }) => void;
}

export interface LedgerDeps {
  accounts: Keyv;
  guilds: Keyv;
  settings: SettingsStore;
  clock: Clock;
  events?: LedgerEvents;
  logger?: Logger;
  /** Daily money budgets, reserved and closed with the credits (none: credits only). */
  budgets?: Budgets;
  /** The server's durable history of changes (none: accounts' last 50 entries only). */
  journal?: Journal;
}

/**
 * Credits per (server, user), over Keyv, with the guild's set of unfinished jobs.
 *
 * **Why this is atomic.** Keyv has no compare-and-set, so every read-modify-write here runs inside
 * {@link KeyedMutex} keyed by the guild id: within one process, changes to one server's accounts and
 * its active-job set happen one after another, never interleaved. That is enough across several
 * shard processes sharing Redis because Discord delivers every event of a guild — interactions,
 * button presses, modal submits — to exactly one shard, `(guild_id >> 22) % shard_count`, and
 * clipcast resumes a job only in the process of its guild's shard. So each guild's keys have a
 * single writing process, and the mutex serialises the writers inside it. (Serialising per guild
 * rather than per user also makes the per-server job cap exact.) The one global quantity, the
 * render cap, lives in the scheduler, which uses Redis's own atomic operations; so does the other,
 * the bot-wide money budget (see `RedisBudgetBook`).
 *
 * A job's books open in this order: the guild's active-job entry, the budgets, the account; they
 * close as budgets, account, active entry. Whatever step a crash interrupts, the active entry is
 * still there, and reconcile() closes the rest of the job's books through it (each close is
 * idempotent).
 */
export class Ledger {
  readonly #mutex = new KeyedMutex();

  readonly #deps: LedgerDeps;
  readonly #accounts: AccountStore;

  constructor(deps: LedgerDeps) {
    this.#deps = deps;
    this.#accounts = new AccountStore(deps.accounts, deps.logger);
  }

  /** Runs `task` with exclusive access to the guild's credit state. */
  withGuild<T>(guildId: string, task: () => Promise<T>): Promise<T> {
    return this.#mutex.run(guildId, task);
  }

  /** The account as it stands now (refilled if a period has passed); not saved. */
  async peek(guildId: string, userId: string): Promise<Account> {
    const settings = await this.#deps.settings.get(guildId);
    return this.#load(guildId, userId, settings);
  }

  /** Unfinished jobs of the guild. */
  async activeJobs(guildId: string): Promise<Record<string, ActiveJob>> {
    return (
      ((await this.#deps.guilds.get(`active:${guildId}`)) as Record<string, ActiveJob> | undefined) ?? {}
    );
  }

  /**
   * Checks the user's limits and reserves the job's cost in one serialised step:
   * concurrent requests can never spend more than the balance or exceed a cap.
   */
  admit(input: { guildId: string; userId: string; jobId: string; duration: number }): Promise<Admission> {
    return this.withGuild(input.guildId, async () => {
      const now = this.#deps.clock.now();
      const state = await this.#evaluate(input.guildId, input.userId, input.duration, now);
      if (!state.ok) return state;
      const next = reserve(state.account, input.jobId, state.cost, now);
      const key = `active:${input.guildId}`;
      await this.#deps.guilds.set(key, {
        ...state.active,
        [input.jobId]: { userId: input.userId, since: now },
      });
      const budgets = this.#deps.budgets;
      try {
        const refused = await budgets?.reserve(
          input.guildId,
          state.settings,
          input.jobId,
          input.duration,
          now,
        );
        if (refused) {
          await this.#deps.guilds.set(key, state.active);
          return { ok: false, refusal: refused };
        }
        await this.#save(input.guildId, input.userId, next);
      } catch (error) {
        // Undo what may have been written; if even that fails, reconcile() does it via the active entry.
        await this.#closeNow(
          input.guildId,
          input.userId,
          input.jobId,
          'refund',
          'admission failed',
          'refund',
        ).catch(() => {});
        throw error;
      }
      const usd = budgets ? budgets.estimate(input.duration) : null;
      await this.#deps.journal?.record(input.guildId, {
        at: now,
        kind: 'reserve',
        userId: input.userId,
        jobId: input.jobId,
        credits: state.cost,
        usd,
        usdSource: usd === null ? null : 'estimate',
      });
      this.#deps.events?.onChange?.({ kind: 'reserve', amount: state.cost });
      return { ok: true, account: next, cost: state.cost };
    });
  }

  /**
   * The same checks as {@link admit} without reserving anything: cheap and local, so a request that
   * would be refused is refused before any network work (reference checks). `admit` decides.
   */
  async check(input: { guildId: string; userId: string; duration: number }): Promise<Admission> {
    const state = await this.#evaluate(input.guildId, input.userId, input.duration, this.#deps.clock.now());
    return state.ok ? { ok: true, account: state.account, cost: state.cost } : state;
  }

  async #evaluate(
    guildId: string,
    userId: string,
    duration: number,
    now: number,
  ): Promise<
    | {
        ok: true;
        account: Account;
        cost: number;
        active: Record<string, ActiveJob>;
        settings: GuildSettings;
      }
    | { ok: false; refusal: Refusal }
  > {
    const settings = await this.#deps.settings.get(guildId);
    const account = await this.#load(guildId, userId, settings);
    const active = await this.activeJobs(guildId);
    const cost = jobCost(duration, settings);
    if (account.blocked) return { ok: false, refusal: { reason: 'blocked' } };
    if (settings.cooldownSeconds > 0 && account.lastSubmitAt !== null) {
      const retryAt = account.lastSubmitAt + settings.cooldownSeconds * 1000;
      if (now < retryAt) return { ok: false, refusal: { reason: 'cooldown', retryAt } };
    }
    if (Object.keys(account.reserved).length >= settings.maxJobsPerUser)
      return { ok: false, refusal: { reason: 'user_jobs', limit: settings.maxJobsPerUser } };
    if (Object.keys(active).length >= settings.maxJobsPerGuild)
      return { ok: false, refusal: { reason: 'guild_jobs', limit: settings.maxJobsPerGuild } };
    if (account.balance < cost) {
      const retryAt = nextRefillAt(account, periodOf(settings));
      return { ok: false, refusal: { reason: 'balance', cost, balance: account.balance, retryAt } };
    }
    const over = await this.#deps.budgets?.check(guildId, settings, duration, now);
    if (over) return { ok: false, refusal: over };
    return { ok: true, account, cost, active, settings };
  }

  /**
   * The job delivered: its reservation is spent, and its budget reservations settled with `costUsd`
   * (what Segmind reported; null or absent = the estimate). Idempotent.
   */
  settle(guildId: string, userId: string, jobId: string, costUsd?: number | null): Promise<void> {
    return this.#close(guildId, userId, jobId, 'settle', undefined, costUsd ?? null);
  }

  /**
   * The job failed or was cancelled: its reservation goes back to the balance. Its budget
   * reservations are released too, unless `billed` says Segmind charged for the render anyway:
   * then the budgets count it as spent (at `costUsd`, or the estimate). Idempotent.
   */
  refund(
    guildId: string,
    userId: string,
    jobId: string,
    reason?: string,
    billed?: { costUsd: number | null },
  ): Promise<void> {
    return this.#close(guildId, userId, jobId, 'refund', reason, billed ? billed.costUsd : 'refund');
  }

  async grant(
    guildId: string,
    userId: string,
    amount: number,
    by: string,
    reason?: string,
  ): Promise<Account> {
    return this.#modify(guildId, userId, (a, now) => grant(a, amount, now, by, reason), 'grant');
  }

  async setBalance(
    guildId: string,
    userId: string,
    balance: number,
    by: string,
    reason?: string,
  ): Promise<Account> {
    return this.#modify(guildId, userId, (a, now) => setBalance(a, balance, now, by, reason), 'set');
  }

  async reset(guildId: string, userId: string, by: string): Promise<Account> {
    return this.#modify(guildId, userId, (a, now, s) => resetAccount(a, now, periodOf(s), by), 'reset');
  }

  /** The server's durable history, when kept. */
  get journal(): Journal | undefined {
    return this.#deps.journal;
  }

  /** The money budgets, when kept. */
  get budgets(): Budgets | undefined {
    return this.#deps.budgets;
  }

  async setBlocked(guildId: string, userId: string, blocked: boolean): Promise<Account> {
    return this.#modify(guildId, userId, (a) => ({ ...a, blocked }));
  }

  #close(
    guildId: string,
    userId: string,
    jobId: string,
    kind: 'settle' | 'refund',
    reason?: string,
    cost: number | null | 'refund' = null,
  ): Promise<void> {
    return this.withGuild(guildId, () => this.#closeNow(guildId, userId, jobId, kind, reason, cost));
  }

  /** {@link #close} inside the guild's serialised step. */
  async #closeNow(
    guildId: string,
    userId: string,
    jobId: string,
    kind: 'settle' | 'refund',
    reason: string | undefined,
    cost: number | null | 'refund',
  ): Promise<void> {
    const now = this.#deps.clock.now();
    const active = await this.activeJobs(guildId);
    const since = active[jobId]?.since;
    const money = since === undefined ? null : await this.#deps.budgets?.close(guildId, jobId, since, cost);
    const account = await this.#load(guildId, userId, await this.#deps.settings.get(guildId));
    const amount = account.reserved[jobId];
    if (amount !== undefined) {
      await this.#save(
        guildId,
        userId,
        kind === 'settle' ? settle(account, jobId, now) : refund(account, jobId, now, reason),
      );
      const spent = money ?? { usd: null, usdSource: null };
      const entry = { at: now, kind, userId, jobId, credits: amount, reason: reason ?? null };
      await this.#deps.journal?.record(guildId, { ...entry, ...spent });
      this.#deps.events?.onChange?.({ kind, amount });
    }
    if (active[jobId]) {
      const { [jobId]: _, ...rest } = active;
      await this.#deps.guilds.set(`active:${guildId}`, rest);
    }
  }

  #modify(
    guildId: string,
    userId: string,
    change: (account: Account, now: number, settings: GuildSettings) => Account,
    journal?: JournalKind,
  ): Promise<Account> {
    return this.withGuild(guildId, async () => {
      const settings = await this.#deps.settings.get(guildId);
      const now = this.#deps.clock.now();
      const next = change(await this.#load(guildId, userId, settings), now, settings);
      await this.#save(guildId, userId, next);
      const entry = next.log[0];
      if (journal && entry)
        await this.#deps.journal?.record(guildId, {
          at: now,
          kind: journal,
          userId,
          credits: entry.delta,
          by: entry.by ?? null,
          reason: entry.reason ?? null,
        });
      return next;
    });
  }

  #load(guildId: string, userId: string, settings: GuildSettings): Promise<Account> {
    return this.#accounts.load(guildId, userId, periodOf(settings), this.#deps.clock.now());
  }

  #save(guildId: string, userId: string, account: Account): Promise<void> {
    return this.#accounts.save(guildId, userId, account);
  }
}
