import { resolve } from 'node:path';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

interface BannerInfo {
  /** The bot's Discord tag, e.g. `clipcast#0420`. */
  userTag: string;
  applicationId: string;
  inviteUrl: string;
  /** STORAGE_URL as configured; credentials in it are never shown. */
  storageUrl: string;
  /** Limits in force, in the order to show them, e.g. `{ 'render cap': '5 at once' }`; undefined ones are skipped. */
  limits: Readonly<Record<string, string | number | undefined>>;
  /** Shards this process serves, and how many the bot has in all. */
  shards: readonly number[];
  shardCount?: number | undefined;
}

/** The limits the configuration sets, as the banner shows them. */
export function configuredLimits(config: Config): Record<string, string> {
  const money = (usd: number) => `$${usd.toFixed(2)}`;
  const servers = config.ALLOWED_GUILDS.length;
  return {
    'render cap': `${config.MAX_RENDERING} at once`,
    'daily budget':
      config.DAILY_BUDGET_USD === undefined ? 'none bot-wide' : `${money(config.DAILY_BUDGET_USD)} bot-wide`,
    'price estimate': `${money(config.PRICE_PER_SECOND_USD)} per second of video`,
    servers:
      servers === 0
        ? 'any (ALLOWED_GUILDS is empty)'
        : `${servers} allowed${config.LEAVE_UNLISTED_GUILDS ? ', leaving others' : ''}`,
  };
}

/** Where the data lives, in words, without a password or user name (for logs and the banner). */
export function describeStorage(storageUrl: string): string {
  if (storageUrl.startsWith('memory://')) return 'in memory (nothing survives a restart)';
  if (storageUrl.startsWith('sqlite://'))
    return `SQLite file ${resolve(storageUrl.slice('sqlite://'.length))}`;
  try {
    const url = new URL(storageUrl);
    const db = url.pathname.replace(/^\//, '');
    return `Redis at ${url.protocol}//${url.host}${db ? `/${db}` : ''}${url.protocol === 'rediss:' ? ' (TLS)' : ''}`;
  } catch {
    return 'storage at an unparsable STORAGE_URL'; // config validation keeps this from happening
  }
}

/** The few lines an operator needs at start: who the bot is, how to invite it, where data lives, what limits hold. */
export function renderBanner(info: BannerInfo): string {
  const limits = Object.entries(info.limits)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name} ${value}`);
  const shards =
    info.shardCount && info.shardCount > 1
      ? `${info.shards.join(', ')} of ${info.shardCount}`
      : info.shards.join(', ') || '0';
  const rows: Array<[string, string]> = [
    ['invite', info.inviteUrl],
    ['storage', describeStorage(info.storageUrl)],
    ['limits', limits.join(' · ') || 'none'],
    ['shards', shards],
  ];
  return [
    `clipcast is online as ${info.userTag} (application ${info.applicationId})`,
    ...rows.map(([label, value]) => `  ${label.padEnd(8)} ${value}`),
  ].join('\n');
}

/**
 * Logs the banner: the rendered text is the message (readable on a terminal); the same facts ride
 * along as a `banner` object for JSON consumers (the pretty output hides that object).
 */
export function logBanner(logger: Logger, info: BannerInfo): void {
  logger.info(
    {
      banner: {
        user: info.userTag,
        applicationId: info.applicationId,
        invite: info.inviteUrl,
        storage: describeStorage(info.storageUrl),
        limits: info.limits,
        shards: info.shards,
      },
    },
    renderBanner(info),
  );
}
