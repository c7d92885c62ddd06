import type Keyv from 'keyv';
import type { Logger } from '../logger.ts';
import { type Account, openAccount, type Period, parseAccount, refill } from './account.ts';

/**
 * Accounts as stored, one per (server, member): read, parsed (a damaged one quarantined), refilled.
 * The ledger calls these inside its per-server serialised step.
 */
export class AccountStore {
  readonly #kv: Keyv;
  readonly #logger: Logger | undefined;

  constructor(kv: Keyv, logger?: Logger) {
    this.#kv = kv;
    this.#logger = logger;
  }

  /** The account as it stands at `now`: opened on first use, refilled if a period has passed; not saved. */
  async load(guildId: string, userId: string, period: Period, now: number): Promise<Account> {
    const key = `${guildId}:${userId}`;
    const raw: unknown = await this.#kv.get(key);
    let account: Account | undefined;
    if (raw !== undefined && raw !== null) {
      const parsed = parseAccount(raw);
      if (parsed.ok) account = parsed.account;
      else await this.#quarantine(key, raw, parsed.problem);
    }
    return refill(account ?? openAccount(now, period), now, period);
  }

  async save(guildId: string, userId: string, account: Account): Promise<void> {
    await this.#kv.set(`${guildId}:${userId}`, account);
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
    await this.#kv.set(`quarantine:${key}`, { problem, raw });
    await this.#kv.delete(key);
  }
}
