import type Keyv from 'keyv';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { isObject } from '../util/isObject.ts';
import { aspectRatioSchema, durationSchema } from '../videoInput.ts';
import { rolePoliciesSchema } from './roles.ts';

/** A server's settings; every field has a documented default (README → Server settings). */
const SETTINGS_VERSION = 1;

export const guildSettingsSchema = z.object({
  /** Stored settings carry `v`; version 0 (no `v`) had the same fields. */
  v: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  allowance: z.number().int().min(0).max(100_000).default(30),
  refillHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24),
  costPerSecond: z.number().int().min(0).max(1_000).default(1),
  cooldownSeconds: z.number().int().min(0).max(86_400).default(0),
  maxJobsPerUser: z.number().int().min(1).max(50).default(2),
  maxJobsPerGuild: z.number().int().min(1).max(500).default(10),
  allowedChannels: z.array(z.string()).max(50).default([]),
  blockedWords: z.array(z.string()).max(500).default([]),
  logChannelId: z.string().nullable().default(null),
  defaultAspectRatio: aspectRatioSchema.default('16:9'),
  defaultDuration: durationSchema.default(5),
  /** Per-role allowances, job caps and access, by role id (older records have none: `{}`). */
  roles: rolePoliciesSchema.default({}),
  /** The server's daily money budget in USD (UTC days); null = no cap of its own. */
  dailyBudgetUsd: z.number().min(0).max(1_000_000).nullable().default(null),
  /** Ask before a job costing at least this much (or over half the balance) is reserved; null = never. */
  costPreviewAt: z.number().int().min(1).max(100_000).nullable().default(null),
});

export type GuildSettings = z.output<typeof guildSettingsSchema>;

export const DEFAULT_SETTINGS: GuildSettings = guildSettingsSchema.parse({});

/**
 * Reads and writes per-server settings, with a per-process cache. The cache is coherent because a
 * guild's settings are only ever changed by the process of the shard that owns the guild (its
 * moderators' interactions reach only that shard), and every change goes through this store,
 * which updates the cache as it writes: moderators' changes take effect at once.
 */
export class SettingsStore {
  readonly #cache = new Map<string, GuildSettings>();

  readonly #kv: Keyv;
  readonly #logger: Logger | undefined;

  constructor(kv: Keyv, logger?: Logger) {
    this.#kv = kv;
    this.#logger = logger;
  }

  async get(guildId: string): Promise<GuildSettings> {
    const cached = this.#cache.get(guildId);
    if (cached) return cached;
    const raw: unknown = await this.#kv.get(guildId);
    const parsed = guildSettingsSchema.safeParse(raw ?? {});
    const settings = parsed.success ? parsed.data : this.#salvage(guildId, raw);
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(guildId, settings);
    return settings;
  }

  /**
   * Damaged settings keep every field that still reads correctly and fall back to the default for
   * the others (logged), rather than dropping a server's channel limits or blocked words wholesale.
   */
  #salvage(guildId: string, raw: unknown): GuildSettings {
    const source = isObject(raw) ? raw : {};
    const kept: Record<string, unknown> = {};
    const reset: string[] = [];
    for (const [key, field] of Object.entries(guildSettingsSchema.shape)) {
      if (field.safeParse(source[key]).success) kept[key] = source[key];
      else reset.push(key);
    }
    this.#logger?.error(
      { guildId, reset },
      'stored server settings are damaged; those fields are back to their defaults',
    );
    return guildSettingsSchema.parse(kept);
  }

  async update(guildId: string, change: Partial<GuildSettings>): Promise<GuildSettings> {
    const next = guildSettingsSchema.parse({ ...(await this.get(guildId)), ...change });
    await this.#kv.set(guildId, next);
    this.#cache.set(guildId, next);
    return next;
  }

  async reset(guildId: string): Promise<GuildSettings> {
    await this.#kv.delete(guildId);
    this.#cache.set(guildId, DEFAULT_SETTINGS);
    return DEFAULT_SETTINGS;
  }
}
