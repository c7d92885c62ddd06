import { type Account, nextRefillAt, type Period } from './account.ts';
import type { BudgetRefusal } from './budgets.ts';
import type { ActiveJob } from './creditStore.ts';
import type { MemberPolicy } from './roles.ts';
import type { GuildSettings } from './settings.ts';

/** Why a request is refused: a server or role rule, the member's limits, or a money budget. */
export type Refusal =
  | BudgetRefusal
  | { reason: 'blocked' }
  | { reason: 'role_denied' }
  | { reason: 'role_required'; roles: string[] }
  | { reason: 'cooldown'; retryAt: number }
  | { reason: 'user_jobs'; limit: number }
  | { reason: 'guild_jobs'; limit: number }
  | { reason: 'balance'; cost: number; balance: number; retryAt: number };

export type Admission = { ok: true; account: Account; cost: number } | { ok: false; refusal: Refusal };

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

/**
 * The credit rules a request must pass, in the order members are told about them: blocked, role
 * access, cooldown, the member's and the server's job caps, the balance. Null when it passes (the
 * money budgets are checked after, by the ledger).
 */
export function localRefusal(s: {
  account: Account;
  settings: GuildSettings;
  policy: MemberPolicy;
  active: Record<string, ActiveJob>;
  cost: number;
  now: number;
}): Refusal | null {
  const { account, settings, policy, cost } = s;
  if (account.blocked) return { reason: 'blocked' };
  if (policy.access.kind === 'denied') return { reason: 'role_denied' };
  if (policy.access.kind === 'not_allowed')
    return { reason: 'role_required', roles: policy.access.allowRoles };
  if (settings.cooldownSeconds > 0 && account.lastSubmitAt !== null) {
    const retryAt = account.lastSubmitAt + settings.cooldownSeconds * 1000;
    if (s.now < retryAt) return { reason: 'cooldown', retryAt };
  }
  // A parked job (rendered, waiting to retry its download) holds credits, not a place.
  const counted = (jobId: string) => s.active[jobId]?.parked !== true;
  if (Object.keys(account.reserved).filter(counted).length >= policy.maxJobs)
    return { reason: 'user_jobs', limit: policy.maxJobs };
  if (Object.keys(s.active).filter(counted).length >= settings.maxJobsPerGuild)
    return { reason: 'guild_jobs', limit: settings.maxJobsPerGuild };
  if (account.balance < cost) {
    const retryAt = nextRefillAt(account, periodOf(settings, policy.allowance));
    return { reason: 'balance', cost, balance: account.balance, retryAt };
  }
  return null;
}
