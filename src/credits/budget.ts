import { z } from 'zod';

/**
 * A money budget for one UTC day, and the pure arithmetic over it. Amounts are integer
 * micro-dollars (1 USD = 1 000 000), so every sum is exact in JSON and in Redis's Lua alike.
 *
 * A job **reserves** its estimated price at admission; when it is delivered the reservation is
 * **settled** (the day's `spent` grows by the price Segmind reported, or by the estimate when it
 * reported none); when it fails it is **refunded**. Every operation keeps
 * `reserved − released = heldTotal = Σ held` (every micro-dollar reserved is either still held or
 * released, none lost or made up), and with a limit, `limit = spent + heldTotal + remaining`:
 * a reservation is granted only when `remaining` covers it, so a day's spend exceeds its limit only
 * by what Segmind billed above the estimates.
 */
const BUDGET_VERSION = 1;
export const DAY_MS = 86_400_000;

const micros = z.number().int().min(0);

export const budgetDaySchema = z.object({
  v: z.literal(BUDGET_VERSION).default(BUDGET_VERSION),
  /** Open reservations: job id → estimated price held. */
  held: z.record(z.string(), micros),
  heldTotal: micros,
  /** Settled: what delivered jobs cost. */
  spent: micros,
  /** Every reservation ever granted this day, and every one released (settled or refunded). */
  reserved: micros,
  released: micros,
});
export type BudgetDay = z.output<typeof budgetDaySchema>;

export const emptyBudgetDay = (): BudgetDay => ({
  v: BUDGET_VERSION,
  held: {},
  heldTotal: 0,
  spent: 0,
  reserved: 0,
  released: 0,
});

export const toMicros = (usd: number): number => Math.max(0, Math.round(usd * 1_000_000));
export const toUsd = (amount: number): number => amount / 1_000_000;

/** The UTC day a time falls in (days since the epoch), and when the next one starts. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);
export const nextDayAt = (ms: number): number => (dayOf(ms) + 1) * DAY_MS;

/** What is left today under `limit` (negative after an overrun or a lowered limit); null = no limit. */
export function remaining(day: BudgetDay, limit: number | null): number | null {
  return limit === null ? null : limit - day.spent - day.heldTotal;
}

/** The identities every operation preserves. */
export function isBudgetConserved(day: BudgetDay): boolean {
  const sum = Object.values(day.held).reduce((a, n) => a + n, 0);
  return day.reserved - day.released === day.heldTotal && day.heldTotal === sum && day.spent >= 0;
}

type BudgetReservation = { ok: true; day: BudgetDay } | { ok: false; left: number };

/** Holds `amount` for the job when the limit leaves room for it. Idempotent per job. */
export function reserveBudget(
  day: BudgetDay,
  jobId: string,
  amount: number,
  limit: number | null,
): BudgetReservation {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError('amount must be a non-negative integer');
  if (day.held[jobId] !== undefined) return { ok: true, day };
  const left = remaining(day, limit);
  if (left !== null && left < amount) return { ok: false, left: Math.max(0, left) };
  return {
    ok: true,
    day: {
      ...day,
      held: { ...day.held, [jobId]: amount },
      heldTotal: day.heldTotal + amount,
      reserved: day.reserved + amount,
    },
  };
}

/**
 * Releases the job's reservation: `cost` is what it really cost (settle; null = the estimate held)
 * or `'refund'` (nothing spent). Returns the day and the estimate that was held (undefined when
 * there was no reservation: already closed, or made before budgets existed). Idempotent.
 */
export function closeBudget(
  day: BudgetDay,
  jobId: string,
  cost: number | null | 'refund',
): { day: BudgetDay; held: number | undefined; spent: number } {
  const held = day.held[jobId];
  if (held === undefined) return { day, held, spent: 0 };
  const spent = cost === 'refund' ? 0 : (cost ?? held);
  if (!Number.isInteger(spent) || spent < 0) throw new RangeError('cost must be a non-negative integer');
  const { [jobId]: _, ...rest } = day.held;
  return {
    day: {
      ...day,
      held: rest,
      heldTotal: day.heldTotal - held,
      spent: day.spent + spent,
      released: day.released + held,
    },
    held,
    spent,
  };
}
