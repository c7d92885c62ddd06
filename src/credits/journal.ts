import type Keyv from 'keyv';
import { z } from 'zod';
import type { Logger } from '../logger.ts';
import { DAY_MS, dayOf } from './budget.ts';

/**
 * A server's durable history of credit changes, for `/clipcast stats` and `/clipcast export`
 * (accounts keep only their last 50 entries each). Bounded: entries are kept for
 * {@link JOURNAL_RETENTION_DAYS} UTC days, in per-day chunks of at most {@link CHUNK_SIZE}, so an
 * append rewrites one small chunk whatever the server's volume, and reading a day never loads more
 * than that day. The ledger appends inside the same per-server serialised step as the change it
 * records (after saving the account: the account is the truth, the journal its report).
 */
const JOURNAL_VERSION = 1;
export const JOURNAL_RETENTION_DAYS = 90;
export const CHUNK_SIZE = 200;

const JOURNAL_KINDS = ['reserve', 'settle', 'refund', 'grant', 'set', 'reset'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];
const USD_SOURCES = ['segmind', 'estimate', 'unbilled'] as const;
export type UsdSource = (typeof USD_SOURCES)[number];

const journalEntrySchema = z.object({
  at: z.number(),
  kind: z.enum(JOURNAL_KINDS),
  userId: z.string(),
  jobId: z.string().nullable().default(null),
  /** Credits involved: the job's cost (reserve, settle, refund) or the change to the balance (moderators). */
  credits: z.number().int(),
  /**
   * Micro-dollars where known: the estimate held (reserve), or what the job cost the operator
   * (settle; refund: 0 unless Segmind billed the render anyway).
   */
  usd: z.number().int().nullable().default(null),
  /** Where `usd` comes from: Segmind's `metrics.cost`, the estimate, or nothing billed. */
  usdSource: z.enum(USD_SOURCES).nullable().default(null),
  by: z.string().nullable().default(null),
  reason: z.string().nullable().default(null),
});
export type JournalEntry = z.output<typeof journalEntrySchema>;
type NewJournalEntry = z.input<typeof journalEntrySchema>;

const chunkSchema = z.object({
  v: z.literal(JOURNAL_VERSION).default(JOURNAL_VERSION),
  entries: z.array(journalEntrySchema),
});
const indexSchema = z.object({
  v: z.literal(JOURNAL_VERSION).default(JOURNAL_VERSION),
  /** UTC day → number of chunks written that day. */
  days: z.record(z.string().regex(/^\d+$/), z.number().int().min(1)),
});
type Index = z.output<typeof indexSchema>;

/** Stored values expire a little after the retention, in case the index that prunes them is lost. */
const KEEP_MS = (JOURNAL_RETENTION_DAYS + 2) * DAY_MS;

export class Journal {
  readonly #kv: Keyv;
  readonly #logger: Logger | undefined;

  constructor(kv: Keyv, logger?: Logger) {
    this.#kv = kv;
    this.#logger = logger;
  }

  /** {@link append}, logging a failure instead of throwing: the change it records stands regardless. */
  async record(guildId: string, input: NewJournalEntry): Promise<void> {
    try {
      await this.append(guildId, input);
    } catch (error) {
      this.#logger?.error({ err: error, guildId, kind: input.kind }, 'could not write the journal');
    }
  }

  /** Appends an entry (call it inside the server's serialised step). */
  async append(guildId: string, input: NewJournalEntry): Promise<void> {
    const entry = journalEntrySchema.parse(input);
    const day = dayOf(entry.at);
    const index = await this.#index(guildId);
    let chunks = index.days[day] ?? 0;
    let entries = chunks > 0 ? await this.#chunk(guildId, day, chunks - 1) : [];
    if (chunks === 0 || entries.length >= CHUNK_SIZE) {
      chunks++;
      entries = [];
    }
    await this.#kv.set(
      this.#chunkKey(guildId, day, chunks - 1),
      { v: JOURNAL_VERSION, entries: [...entries, entry] },
      KEEP_MS,
    );
    if (index.days[day] !== chunks) await this.#saveIndex(guildId, index, day, chunks);
  }

  /** The UTC days with entries, oldest first, from `fromDay` to `toDay` inclusive. */
  async days(guildId: string, fromDay: number, toDay: number): Promise<number[]> {
    const index = await this.#index(guildId);
    return Object.keys(index.days)
      .map(Number)
      .filter((d) => d >= fromDay && d <= toDay)
      .sort((a, b) => a - b);
  }

  /** One day's entries in the order they were written. */
  async day(guildId: string, day: number): Promise<JournalEntry[]> {
    const chunks = (await this.#index(guildId)).days[day] ?? 0;
    const out: JournalEntry[] = [];
    for (let i = 0; i < chunks; i++) out.push(...(await this.#chunk(guildId, day, i)));
    return out;
  }

  /** The last `days` UTC days up to `now`'s (inclusive), oldest first. */
  async *recent(guildId: string, now: number, days: number): AsyncGenerator<JournalEntry[]> {
    const today = dayOf(now);
    for (const day of await this.days(guildId, today - days + 1, today)) yield this.day(guildId, day);
  }

  async #index(guildId: string): Promise<Index> {
    const raw: unknown = await this.#kv.get(`journal:${guildId}`);
    const parsed = indexSchema.safeParse(raw ?? { days: {} });
    if (parsed.success) return parsed.data;
    this.#logger?.error({ guildId }, 'the stored journal index is damaged; starting a new one');
    return { v: JOURNAL_VERSION, days: {} };
  }

  async #chunk(guildId: string, day: number, n: number): Promise<JournalEntry[]> {
    const raw: unknown = await this.#kv.get(this.#chunkKey(guildId, day, n));
    if (raw === undefined || raw === null) return [];
    const parsed = chunkSchema.safeParse(raw);
    if (parsed.success) return parsed.data.entries;
    this.#logger?.error({ guildId, day, chunk: n }, 'a stored journal chunk is damaged; skipped');
    return [];
  }

  /** Records the day's chunk count and forgets (deletes) the days past the retention. */
  async #saveIndex(guildId: string, index: Index, day: number, chunks: number): Promise<void> {
    const days: Record<string, number> = { ...index.days, [day]: chunks };
    for (const [key, count] of Object.entries(days)) {
      const old = Number(key);
      if (old > day - JOURNAL_RETENTION_DAYS) continue;
      delete days[key];
      for (let i = 0; i < count; i++) await this.#kv.delete(this.#chunkKey(guildId, old, i));
    }
    await this.#kv.set(`journal:${guildId}`, { v: JOURNAL_VERSION, days }, KEEP_MS);
  }

  #chunkKey(guildId: string, day: number, n: number): string {
    return `journal:${guildId}:${day}:${n}`;
  }
}
