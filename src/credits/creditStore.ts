import type Keyv from 'keyv';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { type Account, parseAccount } from './account.ts';

const activeJobsSchema = z.record(
  z.string(),
  // `parked`: the render is done and the job only waits to retry its download; it keeps its credits
  // but no longer counts against the job caps.
  z.object({ userId: z.string(), since: z.number(), parked: z.boolean().optional() }),
);
export type ActiveJob = z.output<typeof activeJobsSchema>[string];

/**
 * A server's stored credit state: one account per member, and the index of its unfinished jobs
 * (job id → member and admission time). Parsed on every read; the ledger calls these inside its
 * per-server serialised step.
 */
export class CreditStore {
  readonly #accounts: Keyv;
  readonly #guilds: Keyv;
  readonly #logger: Logger | undefined;

  constructor(accounts: Keyv, guilds: Keyv, logger?: Logger) {
    this.#accounts = accounts;
    this.#guilds = guilds;
    this.#logger = logger;
  }

  /** The stored account; undefined when there is none (or it was damaged, and is now quarantined). */
  async account(guildId: string, userId: string): Promise<Account | undefined> {
    const key = `${guildId}:${userId}`;
    const raw: unknown = await this.#accounts.get(key);
    if (raw === undefined || raw === null) return undefined;
    const parsed = parseAccount(raw);
    if (parsed.ok) return parsed.account;
    await this.#quarantine(key, raw, parsed.problem);
    return undefined;
  }

  async saveAccount(guildId: string, userId: string, account: Account): Promise<void> {
    await this.#accounts.set(`${guildId}:${userId}`, account);
  }

  /** The server's unfinished jobs. */
  async active(guildId: string): Promise<Record<string, ActiveJob>> {
    const raw: unknown = await this.#guilds.get(`active:${guildId}`);
    if (raw === undefined || raw === null) return {};
    const parsed = activeJobsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Only an index of the reservations the accounts still hold; each is closed when its job ends.
    this.#logger?.error(
      { guildId, problem: parsed.error.issues[0]?.message },
      'the stored list of open jobs is damaged; ignoring it',
    );
    return {};
  }

  async saveActive(guildId: string, active: Record<string, ActiveJob>): Promise<void> {
    await this.#guilds.set(`active:${guildId}`, active);
  }

  /**
   * A damaged account is kept aside for the operator (`quarantine:<guild>:<user>`) and replaced by a
   * fresh one: the member can go on, and nothing is read from data the bot cannot trust.
   */
  async #quarantine(key: string, raw: unknown, problem: string): Promise<void> {
    this.#logger?.error(
      { account: key, problem },
      'a stored account is damaged; quarantined and opened afresh',
    );
    await this.#accounts.set(`quarantine:${key}`, { problem, raw });
    await this.#accounts.delete(key);
  }
}
