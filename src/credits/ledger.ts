import type Keyv from 'keyv';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';
import {
  type Account,
  grant,
  nextRefillAt,
  openAccount,
  type Period,
  parseAccount,
  refill,
  refund,
  reserve,
  resetAccount,
  setBalance,
  settle,
} from './account.ts';
import { type MemberPolicy, memberPolicy } from './roles.ts';
import type { GuildSettings, SettingsStore } from './settings.ts';

export type Refusal =
  | { reason: 'blocked' }
  | { reason: 'role_denied' }
  | { reason: 'role_required'; roles: string[] }
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

/** The refill period; `allowance` is the member's own when their roles give one. */
export function periodOf(settings: GuildSettings, allowance = settings.allowance): Period {
  return { allowance, periodMs: settings.refillHours * 3_600_000 };
}

/**
 * Who is asking, as their interaction says: their role ids (`interaction.member.roles`) and whether
 * they are a moderator. Absent roles mean "as last seen" (stored with the account).
 */
export interface MemberRoles {
  roles?: readonly string[] | undefined;
  moderator?: boolean | undefined;
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
 * render cap, lives in the scheduler, which uses Redis's own atomic operations.
 */
export class Ledger {
  readonly #mutex = new KeyedMutex();

  readonly #deps: LedgerDeps;

  constructor(deps: LedgerDeps) {
    this.#deps = deps;
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
  async activeJobs(guildId: string): Promise<Record<string, ActiveJob>> {
    const raw: unknown = await this.#deps.guilds.get(`active:${guildId}`);
    if (raw === undefined || raw === null) return {};
    const parsed = activeJobsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Only an index of the reservations the accounts still hold; each is closed when its job ends.
    this.#deps.logger?.error(
      { guildId, problem: parsed.error.issues[0]?.message },
      'the stored list of open jobs is damaged; ignoring it',
    );
    return {};
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
      await this.#save(input.guildId, input.userId, next);
      await this.#deps.guilds.set(`active:${input.guildId}`, {
        ...state.active,
        [input.jobId]: { userId: input.userId, since: now },
      });
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
    | { ok: true; account: Account; cost: number; active: Record<string, ActiveJob> }
    | { ok: false; refusal: Refusal }
  > {
    const { guildId } = input;
    const settings = await this.#deps.settings.get(guildId);
    const account = await this.#load(guildId, input.userId, settings, input.roles);
    const policy = memberPolicy(settings, guildId, account.roles, input.moderator);
    const active = await this.activeJobs(guildId);
    const cost = jobCost(input.duration, settings);
    if (account.blocked) return { ok: false, refusal: { reason: 'blocked' } };
    if (policy.access.kind === 'denied') return { ok: false, refusal: { reason: 'role_denied' } };
    if (policy.access.kind === 'not_allowed')
      return { ok: false, refusal: { reason: 'role_required', roles: policy.access.allowRoles } };
    if (settings.cooldownSeconds > 0 && account.lastSubmitAt !== null) {
      const retryAt = account.lastSubmitAt + settings.cooldownSeconds * 1000;
      if (now < retryAt) return { ok: false, refusal: { reason: 'cooldown', retryAt } };
    }
    if (Object.keys(account.reserved).length >= policy.maxJobs)
      return { ok: false, refusal: { reason: 'user_jobs', limit: policy.maxJobs } };
    if (Object.keys(active).length >= settings.maxJobsPerGuild)
      return { ok: false, refusal: { reason: 'guild_jobs', limit: settings.maxJobsPerGuild } };
    if (account.balance < cost) {
      const retryAt = nextRefillAt(account, periodOf(settings, policy.allowance));
      return { ok: false, refusal: { reason: 'balance', cost, balance: account.balance, retryAt } };
    }
    return { ok: true, account, cost, active };
  }

  /** The job delivered: its reservation is spent. Idempotent. */
  settle(guildId: string, userId: string, jobId: string): Promise<void> {
    return this.#close(guildId, userId, jobId, 'settle');
  }

  /** The job failed or was cancelled: its reservation goes back to the balance. Idempotent. */
  refund(guildId: string, userId: string, jobId: string, reason?: string): Promise<void> {
    return this.#close(guildId, userId, jobId, 'refund', reason);
  }

  async grant(
    guildId: string,
    userId: string,
    amount: number,
    by: string,
    reason?: string,
  ): Promise<Account> {
    return this.#modify(guildId, userId, (a, now) => grant(a, amount, now, by, reason));
  }

  async setBalance(
    guildId: string,
    userId: string,
    balance: number,
    by: string,
    reason?: string,
  ): Promise<Account> {
    return this.#modify(guildId, userId, (a, now) => setBalance(a, balance, now, by, reason));
  }

  async reset(guildId: string, userId: string, by: string): Promise<Account> {
    return this.#modify(guildId, userId, (a, now, period) => resetAccount(a, now, period, by));
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
  ): Promise<void> {
    return this.withGuild(guildId, async () => {
      const settings = await this.#deps.settings.get(guildId);
      const account = await this.#load(guildId, userId, settings);
      const amount = account.reserved[jobId];
      if (amount !== undefined) {
        const now = this.#deps.clock.now();
        await this.#save(
          guildId,
          userId,
          kind === 'settle' ? settle(account, jobId, now) : refund(account, jobId, now, reason),
        );
        this.#deps.events?.onChange?.({ kind, amount });
      }
      const active = await this.activeJobs(guildId);
      if (active[jobId]) {
        const { [jobId]: _, ...rest } = active;
        await this.#deps.guilds.set(`active:${guildId}`, rest);
      }
    });
  }

  #modify(
    guildId: string,
    userId: string,
    change: (account: Account, now: number, period: Period) => Account,
  ): Promise<Account> {
    return this.withGuild(guildId, async () => {
      const settings = await this.#deps.settings.get(guildId);
      const account = await this.#load(guildId, userId, settings);
      const next = change(account, this.#deps.clock.now(), this.#period(settings, guildId, account.roles));
      await this.#save(guildId, userId, next);
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
    const key = `${guildId}:${userId}`;
    const raw: unknown = await this.#deps.accounts.get(key);
    let account: Account | undefined;
    if (raw !== undefined && raw !== null) {
      const parsed = parseAccount(raw);
      if (parsed.ok) account = parsed.account;
      else await this.#quarantine(key, raw, parsed.problem);
    }
    const seen = roles ? [...new Set(roles)].slice(0, 250) : (account?.roles ?? []);
    const period = this.#period(settings, guildId, seen);
    const opened = account ?? { ...openAccount(now, period), roles: seen };
    const current = refill(opened, now, period);
    return sameRoles(current.roles, seen) ? current : { ...current, roles: seen };
  }

  /**
   * A damaged account is kept aside for the operator (`quarantine:<guild>:<user>`) and replaced by a
   * fresh one: the member can go on, and nothing is read from data the bot cannot trust.
   */
  async #quarantine(key: string, raw: unknown, problem: string): Promise<void> {
    this.#deps.logger?.error(
      { account: key, problem },
      'a stored account is damaged; quarantined and opened afresh',
    );
    await this.#deps.accounts.set(`quarantine:${key}`, { problem, raw });
    await this.#deps.accounts.delete(key);
  }

  async #save(guildId: string, userId: string, account: Account): Promise<void> {
    await this.#deps.accounts.set(`${guildId}:${userId}`, account);
  }
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
