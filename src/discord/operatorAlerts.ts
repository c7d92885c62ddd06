import type { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { SettingsStore } from '../credits/settings.ts';
import type { Logger } from '../logger.ts';
import { english, type Params, type T } from './i18n.ts';
import { postLine } from './messageSender.ts';
import type { Told } from './messages/job.ts';

/** What the bot reads of the DM channel Discord opens (the rest is dropped). */
const dmChannelSchema = z.object({ id: z.string().min(1) });

type AlertCondition = 'misconfigured' | 'credits' | 'model_unavailable' | 'low_balance';

/** Segmind error kinds (as a job's failure detail or the breaker's state) as an operator condition. */
export function conditionOf(kind: string | undefined): AlertCondition {
  if (kind === 'credits') return 'credits';
  if (kind === 'model_unavailable') return 'model_unavailable';
  return 'misconfigured';
}

interface OperatorAlertsOptions {
  rest: REST;
  settings: SettingsStore;
  clock: Clock;
  logger: Logger;
  /** The application's owner, or its team's owner. */
  ownerId: () => Promise<string | null>;
  /** Posts in a server's log channel (false when it has none or the post failed). */
  logChannel: (guildId: string, line: (t: T) => string) => Promise<boolean>;
  /** Values every alert text may use (model, threshold). */
  params: Params;
}

/** Once per condition per hour per destination: enough to know, never a flood. */
const ALERT_EVERY_MS = 60 * 60_000;
/** After an alert could not be delivered, the next occasion may try again this much later. */
const RETRY_AFTER_MS = 5 * 60_000;

/**
 * Problems only the operator can fix reach a person. From a server, an alert goes to that server's
 * log channel when it has one, else to the application's owner (or its team's owner) by DM; alerts
 * about the operator's account alone (a low balance) go to the owner. `raise` answers at once with
 * who is told — so "… has been told" in a member's message is true — and sends in the background.
 */
export class OperatorAlerts {
  readonly #o: OperatorAlertsOptions;
  /**
   * Each key's last alert: when it was sent, its delivery (true once a person has it), and when the
   * next may go (an hour later; a few minutes after one that could not be delivered).
   */
  readonly #last = new Map<string, { at: number; delivered: Promise<boolean>; nextAt: number }>();
  #dmChannel: Promise<string | null> | undefined;

  constructor(options: OperatorAlertsOptions) {
    this.#o = options;
  }

  async raise(condition: AlertCondition, from: { guildId?: string; params?: Params } = {}): Promise<Told> {
    return (await this.#raise(condition, from)).to;
  }

  /**
   * {@link raise}, then waits for the delivery: true once a person has an alert of this condition
   * sent at or after `since` (the moment the condition began), false when none could be delivered
   * yet — not delivered, or the last one was about an earlier occurrence and the hour since has
   * not passed (a later call tries again).
   */
  async tell(
    condition: AlertCondition,
    from: { guildId?: string; params?: Params } = {},
    since = Number.NEGATIVE_INFINITY,
  ): Promise<boolean> {
    const last = await this.#raise(condition, from);
    return last.at >= since ? last.delivered : false;
  }

  async #raise(
    condition: AlertCondition,
    from: { guildId?: string; params?: Params },
  ): Promise<{ to: Told; at: number; delivered: Promise<boolean> }> {
    const settings = from.guildId ? await this.#o.settings.get(from.guildId).catch(() => null) : null;
    const to: Told = settings?.logChannelId ? 'logChannel' : 'owner';
    const key = `${condition}:${to === 'logChannel' ? from.guildId : 'owner'}`;
    const now = this.#o.clock.now();
    const last = this.#last.get(key);
    if (last && now < last.nextAt) return { to, at: last.at, delivered: last.delivered };
    const params = { ...this.#o.params, ...from.params };
    const line = (t: T) => t(`alerts.${condition}`, params);
    this.#o.logger.warn({ condition, to, guildId: from.guildId }, 'operator alert');
    const send =
      to === 'logChannel' && from.guildId ? this.#o.logChannel(from.guildId, line) : this.#dm(line(english));
    const delivered = send.catch((error: unknown) => {
      this.#o.logger.warn({ err: error, condition }, 'could not deliver an operator alert');
      return false;
    });
    const sent = { at: now, delivered, nextAt: now + ALERT_EVERY_MS };
    this.#last.set(key, sent);
    // Not delivered: the next occasion may try again a few minutes later (not on every one).
    void delivered.then((ok) => {
      if (!ok) sent.nextAt = now + RETRY_AFTER_MS;
    });
    return { to, at: now, delivered };
  }

  async #dm(content: string): Promise<boolean> {
    // A failed opening is forgotten, so the next alert opens the channel again.
    this.#dmChannel ??= this.#openDm().catch((error: unknown) => {
      this.#dmChannel = undefined;
      throw error;
    });
    const channel = await this.#dmChannel;
    if (!channel) {
      this.#dmChannel = undefined;
      return false;
    }
    await postLine(this.#o.rest, channel, content);
    return true;
  }

  async #openDm(): Promise<string | null> {
    const ownerId = await this.#o.ownerId();
    if (!ownerId) {
      this.#o.logger.warn(
        'no application owner to alert (is the application owned by a team without an owner?)',
      );
      return null;
    }
    const channel = dmChannelSchema.parse(
      await this.#o.rest.post(Routes.userChannels(), { body: { recipient_id: ownerId } }),
    );
    return channel.id;
  }
}
