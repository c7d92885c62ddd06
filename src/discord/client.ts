import { Client, Events, GatewayIntentBits, Options, REST } from 'discord.js';
import type { Clock } from '../clock.ts';
import { type Config, secretsOf } from '../config.ts';
import type { SettingsStore } from '../credits/settings.ts';
import { type Logger, scrubPublic } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { guardMalformedInteractions } from './guardGateway.ts';
import { MessageSender } from './messageSender.ts';
import { DiscordNotifier } from './notifier.ts';
import { OperatorAlerts } from './operatorAlerts.ts';

interface DiscordSide {
  client: Client;
  notifier: DiscordNotifier;
  alerts: OperatorAlerts;
}

/**
 * The discord.js client (Guilds intent only) and the REST clients the bot's messages go through:
 * the client's own, one with a long timeout for video uploads, and several for interaction tokens.
 */
export function createDiscord(o: {
  config: Config;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  settings: SettingsStore;
  shards?: number[] | undefined;
  shardCount?: number | undefined;
}): DiscordSide {
  const { config, logger } = o;
  const client = newClient(config, o.shards, o.shardCount);
  const { uploadRest, tokenRests } = restClients(config, client, o.metrics);
  const sender = new MessageSender({ rest: client.rest, uploadRest, tokenRests, clock: o.clock, logger });
  let notifier: DiscordNotifier | undefined;
  const alerts = new OperatorAlerts({
    rest: client.rest,
    settings: o.settings,
    clock: o.clock,
    logger,
    ownerId: () => applicationOwner(client),
    logChannel: (guildId, line) => notifier?.log(guildId, line) ?? Promise.resolve(false),
    params: { model: config.SEGMIND_MODEL, threshold: config.SEGMIND_LOW_BALANCE_USD },
  });
  const secrets = secretsOf(config);
  notifier = new DiscordNotifier({
    sender,
    scrub: (text) => scrubPublic(text, secrets),
    settings: o.settings,
    alerts,
    logger: logger.child({ component: 'discord' }),
    guildLocale: (guildId) => client.guilds.cache.get(guildId)?.preferredLocale ?? 'en-US',
  });
  guardMalformedInteractions(client, logger);
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (_event, id) => logger.warn({ shard: id }, 'gateway disconnected'));
  client.on(Events.ShardResume, (id) => logger.info({ shard: id }, 'gateway resumed'));
  return { client, notifier, alerts };
}

/** The gateway client: the Guilds intent only, and caches cut to what the bot reads. */
function newClient(config: Config, shards: number[] | undefined, shardCount: number | undefined): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.DISCORD_API_URL },
    // The bot needs guilds, their channels and roles; every member, user and message an interaction
    // brings would otherwise stay cached for the life of the process (memory that only grows).
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
    }),
    ...(shards ? { shards } : {}),
    ...(shardCount ? { shardCount } : {}),
  });
}

/** The upload and interaction-token REST clients; every client's error responses are counted. */
function restClients(
  config: Config,
  client: Client,
  metrics: Metrics,
): { uploadRest: REST; tokenRests: REST[] } {
  // Uploads stream a file-backed Blob in a FormData; Node's own fetch takes Node's FormData
  // (discord.js's bundled undici only accepts its own), so these clients send through it.
  const viaFetch = () =>
    new REST({
      api: config.DISCORD_API_URL,
      timeout: 60 * 60_000, // each request passes its own deadline
      // discord.js types makeRequest with its bundled undici's RequestInit and Response, not Node's.
      makeRequest: (url, init) => fetch(url, init as unknown as RequestInit) as never,
    });
  const uploadRest = viaFetch().setToken(config.DISCORD_TOKEN);
  const tokenRests = Array.from({ length: 8 }, viaFetch);
  for (const rest of [client.rest, uploadRest, ...tokenRests]) {
    rest.on('response', (_req, res) => {
      if (res.status >= 400) metrics.discordErrors.inc({ status: String(res.status) });
    });
  }
  return { uploadRest, tokenRests };
}

/** The application's owner, or its team's owner: who operator alerts go to by DM (known once logged in). */
async function applicationOwner(client: Client): Promise<string | null> {
  if (!client.isReady()) await new Promise((resolve) => client.once(Events.ClientReady, resolve));
  const application = client.application ? await client.application.fetch() : null;
  const owner = application?.owner;
  if (!owner) return null;
  return 'ownerId' in owner ? owner.ownerId : owner.id;
}
