import { type Client, Events, type Guild } from 'discord.js';
import type { Logger } from '../logger.ts';
import { UserError } from './respond.ts';

/**
 * The server allowlist (ALLOWED_GUILDS). With a list, the bot serves only those servers: anywhere
 * else every command, button and form is refused privately, and with LEAVE_UNLISTED_GUILDS the bot
 * also leaves. Anyone holding the invite link of a public bot can add it to a server, so this is the
 * operator's second lock after turning "Public Bot" off in the developer portal.
 */
export interface GuildAllowlist {
  /** Whether the bot serves this server. */
  allows(guildId: string): boolean;
  /** Whether a list is in force (empty ALLOWED_GUILDS = every server). */
  readonly restricted: boolean;
}

export function guildAllowlist(ids: readonly string[]): GuildAllowlist {
  const allowed = new Set(ids);
  return { restricted: allowed.size > 0, allows: (id) => allowed.size === 0 || allowed.has(id) };
}

/** For the router, before any handler: the refusal for a server not on the list. */
export function refuseUnlisted(allowlist: GuildAllowlist | undefined, guildId: string): void {
  if (allowlist && !allowlist.allows(guildId)) throw new UserError((t) => t('access.unlisted'));
}

/**
 * Leaves (or, without `leave`, names in the log) every server not on the list: those the bot is in
 * when it connects, and any it is added to later. Each is logged.
 */
export function watchUnlistedGuilds(
  client: Client,
  o: { allowlist: GuildAllowlist; leave: boolean; logger: Logger },
): void {
  if (!o.allowlist.restricted) return;
  const seen = (guild: Guild) => {
    if (o.allowlist.allows(guild.id)) return;
    const where = { guildId: guild.id, guild: guild.name };
    if (!o.leave) {
      o.logger.warn(
        where,
        'in a server missing from ALLOWED_GUILDS: its commands are refused (LEAVE_UNLISTED_GUILDS=true leaves such servers)',
      );
      return;
    }
    guild.leave().then(
      () => o.logger.warn(where, 'left a server missing from ALLOWED_GUILDS'),
      (error: unknown) =>
        o.logger.error({ ...where, err: error }, 'could not leave a server missing from ALLOWED_GUILDS'),
    );
  };
  client.once(Events.ClientReady, (ready) => {
    for (const guild of ready.guilds.cache.values()) seen(guild);
  });
  client.on(Events.GuildCreate, seen);
}
