import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The one place that reads `process.env`. Everything else receives a typed {@link Config}.
 */

/** A Discord id: a decimal snowflake. */
const SNOWFLAKE = /^\d{17,20}$/;

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** A comma-separated list: items trimmed (and folded by `fold`), empty ones dropped. */
const commaList = (fallback: string, fold: (item: string) => string = (item) => item) =>
  z
    .string()
    .default(fallback)
    .transform((v) =>
      v
        .split(',')
        .map((item) => fold(item.trim()))
        .filter(Boolean),
    );

const httpUrl = (fallback: string) =>
  z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://example.com' })
    .default(fallback)
    .transform((value) => value.replace(/\/+$/, ''));

const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is required: the bot token from the Discord developer portal (Bot → Reset Token)' })
    .trim()
    .min(1, 'is required: the bot token from the Discord developer portal (Bot → Reset Token)'),
  SEGMIND_API_KEY: z
    .string({ error: 'is required: your API key from https://cloud.segmind.com (API Keys)' })
    .trim()
    .min(1, 'is required: your API key from https://cloud.segmind.com (API Keys)'),
  STORAGE_URL: z
    .string()
    .default('sqlite://data/clipcast.sqlite')
    .refine((v) => /^(sqlite:\/\/.+|rediss?:\/\/.+|memory:\/\/)$/.test(v), {
      message: 'must be sqlite://PATH, redis://HOST:PORT[/DB] or memory://',
    }),
  SEGMIND_API_URL: httpUrl('https://api.segmind.com'),
  SEGMIND_MODEL: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be a model slug such as gemini-omni-flash')
    .default('gemini-omni-flash'),
  /** Comma-separated host names (or `.suffix`) the rendered video may be downloaded from; empty = any public https host. */
  SEGMIND_OUTPUT_HOSTS: commaList('', (h) => h.toLowerCase()),
  /** Alert the operator once when the Segmind account balance (USD) falls below this. */
  SEGMIND_LOW_BALANCE_USD: z.coerce
    .number({ error: 'must be an amount in US dollars, e.g. 5' })
    .min(0, 'must be 0 or more (0 turns the alert off)')
    .default(5),
  DISCORD_API_URL: httpUrl('https://discord.com/api'),
  /** Hosts reference files are read from (Discord's CDN); the bot probes no other address. */
  DISCORD_CDN_HOSTS: commaList('cdn.discordapp.com,media.discordapp.net', (h) => h.toLowerCase()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HTTP_HOST: z.string().default('0.0.0.0'),
  /** Jobs rendering at Segmind at once, bot-wide (protects the operator's Segmind plan). */
  MAX_RENDERING: positiveInt(5),
  /** The render time to expect before any has been observed (polling adapts from there). */
  EXPECTED_RENDER_SECONDS: positiveInt(40),
  /** A job that has not completed after this long is failed and refunded. */
  RENDER_TIMEOUT_SECONDS: positiveInt(1200),
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => v ?? 1),
  TEMP_DIR: z.string().optional(),
  /** Server ids the bot serves; empty = any server it is invited to. */
  ALLOWED_GUILDS: commaList('').refine((ids) => ids.every((id) => SNOWFLAKE.test(id)), {
    message:
      'must be server ids separated by commas, e.g. 123456789012345678,234567890123456789 (Discord: Developer Mode on, right-click the server → Copy Server ID)',
  }),
  /** Also leave servers missing from ALLOWED_GUILDS. */
  LEAVE_UNLISTED_GUILDS: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' }))
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** Bot-wide spend per UTC day, in USD; unset = no cap. */
  DAILY_BUDGET_USD: z.coerce
    .number({ error: 'must be an amount in US dollars, e.g. 20 (leave it unset for no cap)' })
    .min(0, 'must be 0 or more (leave it unset for no cap)')
    .max(1_000_000, 'must be at most 1000000')
    .optional(),
  /** The price estimate reserved against budgets until Segmind reports a render's cost. */
  PRICE_PER_SECOND_USD: z.coerce
    .number({ error: 'must be an amount in US dollars per second of video, e.g. 0.10' })
    .positive('must be above 0, e.g. 0.10 (Segmind charges about $0.10 per second of video)')
    .max(100, 'must be at most 100')
    .default(0.1),
});

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `clipcast cannot start: ${problems.length} configuration problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSet them in the environment or in a .env file next to package.json (see README.md → Configuration).',
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses configuration from an environment record; throws one {@link ConfigError} naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) {
    const problems: string[] = [];
    if (result.data.STORAGE_URL.startsWith('sqlite') && result.data.SHARD_COUNT !== 1)
      problems.push(
        'SHARD_COUNT needs shared storage: set STORAGE_URL=redis://HOST:PORT (SQLite is single-process)',
      );
    if (result.data.LEAVE_UNLISTED_GUILDS && result.data.ALLOWED_GUILDS.length === 0)
      problems.push(
        'LEAVE_UNLISTED_GUILDS=true needs ALLOWED_GUILDS: list the server ids the bot may stay in (without a list every server is allowed, so there is nothing to leave)',
      );
    if (problems.length) throw new ConfigError(problems);
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    return `${name} ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** Reads `.env` (when present) into `process.env` without overriding what is set, then parses it. */
function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}

/** {@link loadConfig} for entry points: a configuration problem is printed and the process exits with 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Whether this process is a shard started by discord.js's ShardingManager (which sets this variable). */
export function isShardProcess(): boolean {
  return Boolean(process.env.SHARDING_MANAGER);
}

/** The values that must never appear in a log line or a message. */
export function secretsOf(config: Pick<Config, 'DISCORD_TOKEN' | 'SEGMIND_API_KEY'>): string[] {
  return [config.DISCORD_TOKEN, config.SEGMIND_API_KEY].filter((s) => s.length >= 6);
}

/** STORAGE_URL alone (environment or `.env`), for tools that need no Discord or Segmind keys. */
export function loadStorageUrl(envFile = '.env'): string {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const result = schema.shape.STORAGE_URL.safeParse(process.env.STORAGE_URL || undefined);
  if (!result.success)
    throw new ConfigError([`STORAGE_URL ${result.error.issues[0]?.message ?? 'is invalid'}`]);
  return result.data;
}
