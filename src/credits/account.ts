import { z } from 'zod';

/**
 * A user's credits in one server, and the pure arithmetic over it. Every change keeps
 * `issued + granted = balance + settled + reserved` and `balance >= 0`; the ledger only
 * loads, applies and saves.
 */
export const ACCOUNT_VERSION = 1;

/** The most role ids kept for a member (a Discord server has at most 250 roles). */
export const MAX_MEMBER_ROLES = 250;

const LEDGER_KINDS = ['open', 'refill', 'reserve', 'settle', 'refund', 'grant', 'set', 'reset'] as const;

const int = z.number().int();

const ledgerEntrySchema = z.object({
  at: z.number(),
  kind: z.enum(LEDGER_KINDS),
  /** Change to the balance. */
  delta: int,
  balance: int,
  jobId: z.string().optional(),
  by: z.string().optional(),
  reason: z.string().optional(),
});
export type LedgerEntry = z.output<typeof ledgerEntrySchema>;

/** Stored accounts carry `v`; version 0 (no `v`) had the same fields and is read as version 1. */
const accountSchema = z.object({
  v: z.literal(ACCOUNT_VERSION).default(ACCOUNT_VERSION),
  balance: int.min(0),
  /** Credits held for unfinished jobs, by job id. */
  reserved: z.record(z.string(), int.min(0)),
  /** Allowance handed out (first use and every refill). */
  issued: int,
  /** Signed total of moderator grants, sets and resets. */
  granted: int,
  /** Credits spent on delivered videos. */
  settled: int,
  /** Start of the current allowance period (ms). */
  periodStart: z.number(),
  lastSubmitAt: z.number().nullable(),
  blocked: z.boolean(),
  /** Most recent job ids, newest first. */
  recentJobs: z.array(z.string()),
  log: z.array(ledgerEntrySchema),
  /**
   * The member's role ids as last seen in one of their interactions: refills that happen outside
   * an interaction (a job settling) still follow the allowance their roles give.
   */
  roles: z.array(z.string()).max(MAX_MEMBER_ROLES).default([]),
});
export type Account = z.output<typeof accountSchema>;

/** The stored value as an account, or why it is not one. */
export function parseAccount(raw: unknown): { ok: true; account: Account } | { ok: false; problem: string } {
  const parsed = accountSchema.safeParse(raw);
  if (parsed.success) return { ok: true, account: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${issue?.path.join('.') || 'account'}: ${issue?.message ?? 'invalid'}` };
}

const LOG_LIMIT = 50;
const RECENT_JOBS_LIMIT = 10;

export interface Period {
  allowance: number;
  periodMs: number;
}

export function openAccount(now: number, period: Period): Account {
  const account: Account = {
    v: ACCOUNT_VERSION,
    balance: period.allowance,
    reserved: {},
    issued: period.allowance,
    granted: 0,
    settled: 0,
    periodStart: now,
    lastSubmitAt: null,
    blocked: false,
    recentJobs: [],
    log: [],
    roles: [],
  };
  return record(account, { at: now, kind: 'open', delta: period.allowance });
}

export function reservedTotal(account: Account): number {
  return Object.values(account.reserved).reduce((sum, n) => sum + n, 0);
}

/** The identity every operation preserves. */
export function isConserved(account: Account): boolean {
  return (
    account.balance >= 0 &&
    account.issued + account.granted === account.balance + account.settled + reservedTotal(account)
  );
}

export function nextRefillAt(account: Account, period: Period): number {
  return account.periodStart + period.periodMs;
}

/** Tops the balance up to the allowance once per elapsed period (a balance above it is kept). */
export function refill(account: Account, now: number, period: Period): Account {
  if (now < account.periodStart + period.periodMs) return account;
  const periods = Math.floor((now - account.periodStart) / period.periodMs);
  const topUp = Math.max(0, period.allowance - account.balance);
  const next: Account = {
    ...account,
    periodStart: account.periodStart + periods * period.periodMs,
    balance: account.balance + topUp,
    issued: account.issued + topUp,
  };
  return topUp > 0 ? record(next, { at: now, kind: 'refill', delta: topUp }) : next;
}

export function reserve(account: Account, jobId: string, cost: number, now: number): Account {
  if (!Number.isInteger(cost) || cost < 0) throw new RangeError('cost must be a non-negative integer');
  if (account.reserved[jobId] !== undefined) return account;
  if (account.balance < cost) throw new RangeError('insufficient balance');
  const next: Account = {
    ...account,
    balance: account.balance - cost,
    reserved: { ...account.reserved, [jobId]: cost },
    lastSubmitAt: now,
    recentJobs: [jobId, ...account.recentJobs.filter((id) => id !== jobId)].slice(0, RECENT_JOBS_LIMIT),
  };
  return record(next, { at: now, kind: 'reserve', delta: -cost, jobId });
}

/** Spends a reservation on a delivered video. Idempotent. */
export function settle(account: Account, jobId: string, now: number): Account {
  const amount = account.reserved[jobId];
  if (amount === undefined) return account;
  const { [jobId]: _, ...rest } = account.reserved;
  const next: Account = { ...account, reserved: rest, settled: account.settled + amount };
  return record(next, { at: now, kind: 'settle', delta: 0, jobId });
}

/** Returns a reservation to the balance. Idempotent. */
export function refund(account: Account, jobId: string, now: number, reason?: string): Account {
  const amount = account.reserved[jobId];
  if (amount === undefined) return account;
  const { [jobId]: _, ...rest } = account.reserved;
  const next: Account = { ...account, reserved: rest, balance: account.balance + amount };
  return record(next, { at: now, kind: 'refund', delta: amount, jobId, ...(reason ? { reason } : {}) });
}

/** Adds (or with a negative amount removes) credits; never below zero. */
export function grant(account: Account, amount: number, now: number, by: string, reason?: string): Account {
  if (!Number.isInteger(amount)) throw new RangeError('amount must be an integer');
  const delta = Math.max(amount, -account.balance);
  const next: Account = { ...account, balance: account.balance + delta, granted: account.granted + delta };
  return record(next, { at: now, kind: 'grant', delta, by, ...(reason ? { reason } : {}) });
}

export function setBalance(
  account: Account,
  balance: number,
  now: number,
  by: string,
  reason?: string,
): Account {
  if (!Number.isInteger(balance) || balance < 0)
    throw new RangeError('balance must be a non-negative integer');
  const delta = balance - account.balance;
  const next: Account = { ...account, balance, granted: account.granted + delta };
  return record(next, { at: now, kind: 'set', delta, by, ...(reason ? { reason } : {}) });
}

/** Back to a full allowance and a fresh period starting now. */
export function resetAccount(account: Account, now: number, period: Period, by: string): Account {
  const delta = period.allowance - account.balance;
  const next: Account = {
    ...account,
    balance: period.allowance,
    granted: account.granted + delta,
    periodStart: now,
    lastSubmitAt: null,
  };
  return record(next, { at: now, kind: 'reset', delta, by });
}

function record(account: Account, entry: Omit<LedgerEntry, 'balance'>): Account {
  return { ...account, log: [{ ...entry, balance: account.balance }, ...account.log].slice(0, LOG_LIMIT) };
}
