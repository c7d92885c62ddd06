import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The one place that reads `process.env`. Everything else receives a typed {@link Config}.
 */

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

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
  SEGMIND_OUTPUT_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Alert the operator once when the Segmind account balance (USD) falls below this. */
  SEGMIND_LOW_BALANCE_USD: z.coerce
    .number({ error: 'must be an amount in US dollars, e.g. 5' })
    .min(0, 'must be 0 or more (0 turns the alert off)')
    .default(5),
  DISCORD_API_URL: httpUrl('https://discord.com/api'),
  /** Hosts reference files are read from (Discord's CDN); the bot probes no other address. */
  DISCORD_CDN_HOSTS: z
    .string()
    .default('cdn.discordapp.com,media.discordapp.net')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
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
    if (result.data.STORAGE_URL.startsWith('sqlite') && result.data.SHARD_COUNT !== 1) {
      throw new ConfigError([
        'SHARD_COUNT needs shared storage: set STORAGE_URL=redis://HOST:PORT (SQLite is single-process)',
      ]);
    }
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    return `${name} ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** Reads `.env` (when present) into `process.env` without overriding what is set, then parses it. */
export function loadConfig(envFile = '.env'): Config {
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
