import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { StartupError } from '../util/startupError.ts';
import { SegmindError } from './errors.ts';
import type { AccountBalance, RenderInfo } from './schemas.ts';

/**
 * Watches the operator's Segmind balance (USD): from the free `GET /v1/get-user-credits` every few
 * minutes while jobs run (and while it has never been read, e.g. Segmind was unreachable at start),
 * and from `metrics.remaining_credits` on each result (segmind-v2.md, "Account balance"). Falling
 * under the threshold is logged once and reported to `onLow`, which answers whether a person was
 * told; until one was, later low readings report it again (the alerts space the attempts), and
 * once the balance is back above the threshold the next fall is reported anew.
 */
export class BalanceWatch {
  readonly #o: {
    balance: () => Promise<AccountBalance>;
    clock: Clock;
    logger: Logger;
    lowUsd: number;
    everyMs: number;
    busy: () => boolean;
    onBalance: (usd: number) => void;
    onLow: (usd: number, since: number) => Promise<boolean>;
  };
  /** When the balance fell under the threshold; null while it is above it. */
  #lowSince: number | null = null;
  /** A person has been told of the current fall. */
  #told = false;
  #last: number | undefined;

  constructor(options: {
    balance: () => Promise<AccountBalance>;
    clock: Clock;
    logger: Logger;
    lowUsd: number;
    /** How often to ask while jobs run (default 5 minutes). */
    everyMs?: number;
    /** Whether jobs are running (the balance only moves then). */
    busy: () => boolean;
    onBalance: (usd: number) => void;
    /** Tells the operator of the fall that began at `since`; resolves true once a person has it. */
    onLow: (usd: number, since: number) => Promise<boolean>;
  }) {
    this.#o = { everyMs: 5 * 60_000, ...options };
  }

  get lastUsd(): number | undefined {
    return this.#last;
  }

  /** A balance reported on a result. */
  observeInfo(info: RenderInfo): void {
    if (typeof info.remainingCreditsUsd === 'number' && Number.isFinite(info.remainingCreditsUsd))
      this.#record(info.remainingCreditsUsd);
  }

  /**
   * Asks Segmind now. Throws the SegmindError of a rejected key (401/403) so start-up can refuse;
   * any other trouble is logged and answered with undefined.
   */
  async check(): Promise<number | undefined> {
    try {
      const { totalUsd } = await this.#o.balance();
      this.#record(totalUsd);
      return totalUsd;
    } catch (error) {
      if (error instanceof SegmindError && (error.kind === 'auth' || error.kind === 'forbidden')) throw error;
      this.#o.logger.warn({ err: error }, 'could not read the Segmind balance; will try again later');
      return undefined;
    }
  }

  /**
   * The operator knows before members do: a key Segmind rejects stops the start, naming the
   * variable; a network problem only warns (the balance is read again later).
   */
  async checkKeyAtStart(): Promise<void> {
    try {
      const usd = await this.check();
      if (usd !== undefined) this.#o.logger.info({ balanceUsd: usd }, 'Segmind key accepted');
    } catch (error) {
      if (!(error instanceof SegmindError)) throw error;
      throw new StartupError(
        `Segmind rejected SEGMIND_API_KEY (${error.status ?? error.kind}): copy a valid key from https://cloud.segmind.com → API Keys and set it in SEGMIND_API_KEY.`,
      );
    }
  }

  /** Checks every few minutes while jobs run, or until a first reading succeeds; until `signal` aborts. */
  async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.#o.clock.sleep(this.#o.everyMs, signal);
      } catch {
        return;
      }
      if (this.#o.busy() || this.#last === undefined)
        await this.check().catch((error) =>
          this.#o.logger.error({ err: error }, 'Segmind rejected the API key'),
        );
    }
  }

  #record(usd: number): void {
    this.#last = usd;
    this.#o.onBalance(usd);
    if (usd >= this.#o.lowUsd) {
      this.#lowSince = null;
      this.#told = false;
      return;
    }
    if (this.#lowSince === null) {
      this.#lowSince = this.#o.clock.now();
      this.#o.logger.warn(
        { balanceUsd: usd, thresholdUsd: this.#o.lowUsd },
        'the Segmind account balance is low (SEGMIND_LOW_BALANCE_USD): top it up at https://cloud.segmind.com',
      );
    }
    if (this.#told) return;
    const since = this.#lowSince;
    this.#o.onLow(usd, since).then(
      (told) => {
        // Only for the fall still in progress (not one the balance has since recovered from).
        if (told && this.#lowSince === since) this.#told = true;
      },
      () => {},
    );
  }
}
