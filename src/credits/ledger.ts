import type Keyv from 'keyv';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';
import {
  type Account,
  grant,
  MAX_MEMBER_ROLES,
  openAccount,
  type Period,
  refill,
  refund,
  reserve,
  resetAccount,
  setBalance,
  settle,
} from './account.ts';
import {
  type Admission,
  jobCost,
  localRefusal,
  type MemberRoles,
  periodOf,
  type Refusal,
} from './admission.ts';
import type { Budgets } from './budgets.ts';
import { type ActiveJob, CreditStore } from './creditStore.ts';
import type { Journal, JournalKind } from './journal.ts';
import { MoneyBooks } from './moneyBooks.ts';
import { type MemberPolicy, memberPolicy } from './roles.ts';
import type { GuildSettings, SettingsStore } from './settings.ts';

export type { ActiveJob };

interface LedgerEvents {
  onChange?: (event: { kind: 'reserve' | 'settle' | 'refund'; amount: number }) => void;
}

interface LedgerDeps {
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
  readonly #store: CreditStore;
  readonly #money: MoneyBooks;

  constructor(deps: LedgerDeps) {
    this.#deps = deps;
    this.#store = new CreditStore(deps.accounts, deps.guilds, deps.logger);
    this.#money = new MoneyBooks(deps.budgets, deps.journal);
  }

  /** The money budgets and the server journals, when kept (stats, exports). */
  get money(): MoneyBooks {
    return this.#money;
  }

  /** Runs `task` with exclusive access to the guild's credit state. */
  withGuild<T>(guildId: string, task: () => Promise<T>): Promise<T> {
    return this.#mutex.run(guildId, task);
  }

  /** The account as it stands now (refilled if a period has passed); not saved. */
  async peek(guildId: string, userId: string, roles?: readonly string[]): Promise<Account> {
    const settings = await this.#deps.settings.get(guildId);
    return this.#load(guildId, userId, settings, roles);
  }

  /** The member's effective allowance, job cap and access from their roles (or those last seen). */
  async policy(guildId: string, userId: string, member: MemberRoles = {}): Promise<MemberPolicy> {
    const settings = await this.#deps.settings.get(guildId);
    const roles = member.roles ?? (await this.#load(guildId, userId, settings)).roles;
    return memberPolicy(settings, guildId, roles, member.moderator);
  }

  /** Unfinished jobs of the guild. */
  activeJobs(guildId: string): Promise<Record<string, ActiveJob>> {
    return this.#store.active(guildId);
  }

  /**
   * The job keeps its reservation but stops counting against the job caps: its render is done and
   * only its download waits (for hours, perhaps). Idempotent; a job no longer open is left alone.
   */
  park(guildId: string, jobId: string): Promise<void> {
    return this.withGuild(guildId, async () => {
      const active = await this.#store.active(guildId);
      const job = active[jobId];
      if (!job || job.parked) return;
      await this.#store.saveActive(guildId, { ...active, [jobId]: { ...job, parked: true } });
    });
  }

  /**
   * Checks the user's limits and reserves the job's cost in one serialised step:
   * concurrent requests can never spend more than the balance or exceed a cap.
   */
  admit(
    input: { guildId: string; userId: string; jobId: string; duration: number } & MemberRoles,
  ): Promise<Admission> {
    return this.withGuild(input.guildId, async () => {
      const now = this.#deps.clock.now();
      const state = await this.#evaluate(input, now);
      if (!state.ok) return state;
      const next = reserve(state.account, input.jobId, state.cost, now);
      await this.#store.saveActive(input.guildId, {
        ...state.active,
        [input.jobId]: { userId: input.userId, since: now },
      });
      const job = { id: input.jobId, userId: input.userId, credits: state.cost, duration: input.duration };
      try {
        const refused = await this.#money.reserve(input.guildId, state.settings, job, now);
        if (refused) {
          await this.#store.saveActive(input.guildId, state.active);
          return { ok: false, refusal: refused };
        }
        await this.#save(input.guildId, input.userId, next);
      } catch (error) {
        // Undo what may have been written; if even that fails, reconcile() does it via the active entry.
        const undo = { ...input, kind: 'refund', reason: 'admission failed', cost: 'refund' } as const;
        await this.#closeNow(undo).catch(() => {});
        throw error;
      }
      await this.#money.reserved(input.guildId, job, now);
      this.#deps.events?.onChange?.({ kind: 'reserve', amount: state.cost });
      return { ok: true, account: next, cost: state.cost };
    });
  }

  /**
   * The same checks as {@link admit} without reserving anything: cheap and local, so a request that
   * would be refused is refused before any network work (reference checks). `admit` decides.
   */
  async check(
    input: { guildId: string; userId: string; duration: number } & MemberRoles,
  ): Promise<Admission> {
    const state = await this.#evaluate(input, this.#deps.clock.now());
    return state.ok ? { ok: true, account: state.account, cost: state.cost } : state;
  }

  async #evaluate(
    input: { guildId: string; userId: string; duration: number } & MemberRoles,
    now: number,
  ): Promise<
    | { ok: true; account: Account; cost: number; active: Record<string, ActiveJob>; settings: GuildSettings }
    | { ok: false; refusal: Refusal }
  > {
    const { guildId } = input;
    const settings = await this.#deps.settings.get(guildId);
    const account = await this.#load(guildId, input.userId, settings, input.roles);
    const policy = memberPolicy(settings, guildId, account.roles, input.moderator);
    const active = await this.activeJobs(guildId);
    const cost = jobCost(input.duration, settings);
    const refusal = localRefusal({ account, settings, policy, active, cost, now });
    if (refusal) return { ok: false, refusal };
    const over = await this.#money.check(guildId, settings, input.duration, now);
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
    return this.#modify(guildId, userId, (a, now, period) => resetAccount(a, now, period, by), 'reset');
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
    return this.withGuild(guildId, () => this.#closeNow({ guildId, userId, jobId, kind, reason, cost }));
  }

  /** {@link #close} inside the guild's serialised step. */
  async #closeNow(close: {
    guildId: string;
    userId: string;
    jobId: string;
    kind: 'settle' | 'refund';
    reason?: string | undefined;
    cost: number | null | 'refund';
  }): Promise<void> {
    const { guildId, userId, jobId, kind, reason, cost } = close;
    const now = this.#deps.clock.now();
    const active = await this.activeJobs(guildId);
    const spent = await this.#money.close(guildId, jobId, active[jobId]?.since, cost);
    const account = await this.#load(guildId, userId, await this.#deps.settings.get(guildId));
    const amount = account.reserved[jobId];
    if (amount !== undefined) {
      await this.#save(
        guildId,
        userId,
        kind === 'settle' ? settle(account, jobId, now) : refund(account, jobId, now, reason),
      );
      await this.#money.closed(guildId, { at: now, kind, userId, jobId, credits: amount, reason }, spent);
      this.#deps.events?.onChange?.({ kind, amount });
    }
    if (active[jobId]) {
      const { [jobId]: _, ...rest } = active;
      await this.#store.saveActive(guildId, rest);
    }
  }

  #modify(
    guildId: string,
    userId: string,
    change: (account: Account, now: number, period: Period) => Account,
    journal?: JournalKind,
  ): Promise<Account> {
    return this.withGuild(guildId, async () => {
      const settings = await this.#deps.settings.get(guildId);
      const account = await this.#load(guildId, userId, settings);
      const now = this.#deps.clock.now();
      const next = change(account, now, this.#period(settings, guildId, account.roles));
      await this.#save(guildId, userId, next);
      await this.#money.moderated(guildId, userId, journal, next, now);
      return next;
    });
  }

  /** The member's refill period: the allowance follows their roles. */
  #period(settings: GuildSettings, guildId: string, roles: readonly string[]): Period {
    return periodOf(settings, memberPolicy(settings, guildId, roles).allowance);
  }

  /**
   * The account, refilled to the allowance the member's roles give: `roles` as their interaction
   * reports them now (kept on the account when it is next saved), else as last seen.
   */
  async #load(
    guildId: string,
    userId: string,
    settings: GuildSettings,
    roles?: readonly string[],
  ): Promise<Account> {
    const now = this.#deps.clock.now();
    const account = await this.#store.account(guildId, userId);
    const seen = roles ? [...new Set(roles)].slice(0, MAX_MEMBER_ROLES) : (account?.roles ?? []);
    const period = this.#period(settings, guildId, seen);
    const opened = account ?? { ...openAccount(now, period), roles: seen };
    const current = refill(opened, now, period);
    return sameRoles(current.roles, seen) ? current : { ...current, roles: seen };
  }

  #save(guildId: string, userId: string, account: Account): Promise<void> {
    return this.#store.saveAccount(guildId, userId, account);
  }
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
