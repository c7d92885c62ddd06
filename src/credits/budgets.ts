import { DURATIONS } from '../videoInput.ts';
import { type BudgetDay, dayOf, nextDayAt, remaining, toMicros, toUsd } from './budget.ts';
import type { BudgetBook } from './budgetBook.ts';
import type { UsdSource } from './journal.ts';
import type { GuildSettings } from './settings.ts';

/** A job refused because a day's money budget cannot cover its estimated price. */
export interface BudgetRefusal {
  reason: 'budget';
  /** Whose budget: the operator's bot-wide one or the server's. */
  scope: 'bot' | 'server';
  /** Start of the next UTC day, when the budget starts afresh. */
  resetAt: number;
  leftUsd: number;
  needUsd: number;
  /** The estimate for the shortest video: below it nothing fits today. */
  minUsd: number;
}

interface BudgetPolicy {
  /** The estimate reserved per second of video (PRICE_PER_SECOND_USD). */
  pricePerSecondUsd: number;
  /** DAILY_BUDGET_USD; null = no bot-wide cap. */
  botDailyUsd: number | null;
}

/** A day's spend as moderators read it. */
export interface BudgetToday {
  spentUsd: number;
  heldUsd: number;
  limitUsd: number | null;
  leftUsd: number | null;
  resetAt: number;
}

const BOT = 'bot';

/**
 * Both daily budgets, the bot-wide one and the server's. Days are UTC days of the injected clock.
 * Every job reserves against both even when no limit is set, so a limit set in the middle of a
 * day counts what that day has already spent. The credit ledger calls these inside its per-server
 * serialised step, so the server's budget has a single writer; the bot-wide one is shared across
 * processes and changed atomically by its {@link BudgetBook} (see RedisBudgetBook).
 */
export class Budgets {
  readonly #bot: BudgetBook;
  readonly #guilds: BudgetBook;
  readonly #policy: BudgetPolicy;

  constructor(o: { bot: BudgetBook; guilds: BudgetBook; policy: BudgetPolicy }) {
    this.#bot = o.bot;
    this.#guilds = o.guilds;
    this.#policy = o.policy;
  }

  get policy(): Readonly<BudgetPolicy> {
    return this.#policy;
  }

  /** The price reserved for a video of `duration` seconds, in micro-dollars. */
  estimate(duration: number): number {
    return toMicros(duration * this.#policy.pricePerSecondUsd);
  }

  #min(): number {
    return this.estimate(Math.min(...DURATIONS));
  }

  #limits(settings: Pick<GuildSettings, 'dailyBudgetUsd'>) {
    const bot = this.#policy.botDailyUsd;
    return {
      bot: bot === null ? null : toMicros(bot),
      server: settings.dailyBudgetUsd === null ? null : toMicros(settings.dailyBudgetUsd),
    };
  }

  /** The request in micro-dollars on its UTC day, and the server budget's answer (checked first: no race). */
  async #serverFirst(
    guildId: string,
    settings: Pick<GuildSettings, 'dailyBudgetUsd'>,
    duration: number,
    now: number,
  ) {
    const limits = this.#limits(settings);
    const need = this.estimate(duration);
    const day = dayOf(now);
    const ask = { need, min: this.#min(), now };
    const server = refusal('server', await this.#guilds.read(guildId, day), limits.server, ask);
    return { limits, need, day, ask, server };
  }

  /** Whether both budgets can cover the video now (no change made). */
  async check(
    guildId: string,
    settings: Pick<GuildSettings, 'dailyBudgetUsd'>,
    duration: number,
    now: number,
  ): Promise<BudgetRefusal | null> {
    const { limits, day, ask, server } = await this.#serverFirst(guildId, settings, duration, now);
    if (server) return server;
    if (limits.bot === null) return null;
    return refusal('bot', await this.#bot.read(BOT, day), limits.bot, ask);
  }

  /**
   * Reserves the estimate against both budgets, or refuses without holding anything. The bot-wide
   * reservation is the one that can lose a race (another process), so it is made first.
   */
  async reserve(
    guildId: string,
    settings: Pick<GuildSettings, 'dailyBudgetUsd'>,
    jobId: string,
    duration: number,
    now: number,
  ): Promise<BudgetRefusal | null> {
    const { limits, need, day, ask, server } = await this.#serverFirst(guildId, settings, duration, now);
    if (server) return server;
    const bot = await this.#bot.reserve(BOT, day, jobId, need, limits.bot);
    if (!bot.ok) return budgetRefusal('bot', bot.left, ask);
    const own = await this.#guilds.reserve(guildId, day, jobId, need, limits.server);
    if (own.ok) return null;
    await this.#bot.close(BOT, day, jobId, 'refund');
    return budgetRefusal('server', own.left, ask);
  }

  /**
   * Closes the job's reservations, made on the UTC day of `reservedAt`: settled with `costUsd`
   * (Segmind's `metrics.cost`; null = the estimate) or refunded. Returns what the job cost in
   * micro-dollars and where that figure comes from, or null when there was no reservation (already
   * closed, or made before budgets existed).
   */
  async close(
    guildId: string,
    jobId: string,
    reservedAt: number,
    costUsd: number | null | 'refund',
  ): Promise<{ usd: number; usdSource: UsdSource } | null> {
    const day = dayOf(reservedAt);
    const cost = typeof costUsd === 'number' ? toMicros(costUsd) : costUsd;
    const server = await this.#guilds.close(guildId, day, jobId, cost);
    await this.#bot.close(BOT, day, jobId, cost);
    if (server.held === undefined) return null;
    const usdSource = cost === 'refund' ? 'unbilled' : cost === null ? 'estimate' : 'segmind';
    return { usd: server.spent, usdSource };
  }

  /** The server's budget today. */
  async today(guildId: string, settings: Pick<GuildSettings, 'dailyBudgetUsd'>, now: number) {
    const limit = this.#limits(settings).server;
    return describe(await this.#guilds.read(guildId, dayOf(now)), limit, now);
  }
}

function describe(day: BudgetDay, limit: number | null, now: number): BudgetToday {
  const left = remaining(day, limit);
  return {
    spentUsd: toUsd(day.spent),
    heldUsd: toUsd(day.heldTotal),
    limitUsd: limit === null ? null : toUsd(limit),
    leftUsd: left === null ? null : toUsd(Math.max(0, left)),
    resetAt: nextDayAt(now),
  };
}

/** What a request asks of a budget, in micro-dollars: this video's estimate and the shortest one's. */
interface Ask {
  need: number;
  min: number;
  now: number;
}

function refusal(
  scope: BudgetRefusal['scope'],
  day: BudgetDay,
  limit: number | null,
  ask: Ask,
): BudgetRefusal | null {
  const left = remaining(day, limit);
  return left === null || left >= ask.need ? null : budgetRefusal(scope, left, ask);
}

function budgetRefusal(scope: BudgetRefusal['scope'], left: number, ask: Ask): BudgetRefusal {
  return {
    reason: 'budget',
    scope,
    resetAt: nextDayAt(ask.now),
    leftUsd: toUsd(Math.max(0, left)),
    needUsd: toUsd(ask.need),
    minUsd: toUsd(ask.min),
  };
}
