import type Keyv from 'keyv';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { KeyedMutex } from '../util/keyedMutex.ts';

/**
 * How long renders take, learned from this bot's own finished jobs. Render time depends mostly on
 * the clip's duration, then on its aspect ratio and how many references it carries, so samples are
 * kept per (duration, aspect ratio, reference bucket) and per duration alone. The estimate is the
 * median of the last {@link SAMPLES} of the most specific key that has at least {@link MIN_SAMPLES}
 * (one stuck render does not move a median), then the duration's, then the configured default.
 * Samples are kept in storage so a restart does not forget them.
 *
 * Several shard processes may finish renders at once: each rereads the table before adding to it,
 * so at worst a sample is lost, never the table.
 */
export const SAMPLES = 15;
export const MIN_SAMPLES = 3;
const STORAGE_KEY = 'renderTimes:v1';
/** How often a process rereads the table (to see what other shard processes learned). */
const RELOAD_MS = 5 * 60_000;
const MIN_MS = 1_000;

interface RenderShape {
  duration: number;
  aspectRatio: string;
  imageUrls: readonly string[];
  videoUrl: string | null;
}

/** Reference counts fall into a few buckets: none, a few (1–3), many (4+). */
export function referenceBucket(shape: RenderShape): 'none' | 'few' | 'many' {
  const count = shape.imageUrls.length + (shape.videoUrl ? 1 : 0);
  return count === 0 ? 'none' : count <= 3 ? 'few' : 'many';
}

const exactKey = (s: RenderShape) => `${s.duration}s|${s.aspectRatio}|${referenceBucket(s)}`;
const broadKey = (s: RenderShape) => `${s.duration}s`;

const tableSchema = z.record(z.string().max(40), z.array(z.number().positive()).max(SAMPLES));
type Table = z.output<typeof tableSchema>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** What the job runner asks of render-time knowledge. */
export interface RenderTimes {
  /** The expected render time of a job of this shape. */
  expectedMs(shape: RenderShape): Promise<number>;
  /** A render of this shape took `ms` (from submit to the finished status). */
  observe(shape: RenderShape, ms: number): Promise<void>;
}

export class LearnedRenderTimes implements RenderTimes {
  readonly #kv: Keyv | undefined;
  readonly #clock: Clock;
  readonly #logger: Logger | undefined;
  readonly #defaultMs: number;
  readonly #maxMs: number;
  readonly #mutex = new KeyedMutex();
  #table: Table = {};
  #loadedAt = Number.NEGATIVE_INFINITY;

  constructor(o: { kv?: Keyv; clock: Clock; logger?: Logger; defaultMs: number; maxMs?: number }) {
    this.#kv = o.kv;
    this.#clock = o.clock;
    this.#logger = o.logger;
    this.#defaultMs = o.defaultMs;
    this.#maxMs = o.maxMs ?? 20 * 60_000;
  }

  async expectedMs(shape: RenderShape): Promise<number> {
    const stale = () => this.#clock.now() - this.#loadedAt >= RELOAD_MS;
    if (stale()) await this.#mutex.run('table', async () => (stale() ? this.#load() : undefined));
    for (const key of [exactKey(shape), broadKey(shape)]) {
      const samples = this.#table[key];
      if (samples && samples.length >= MIN_SAMPLES) return Math.round(median(samples));
    }
    return this.#defaultMs;
  }

  observe(shape: RenderShape, ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms <= 0) return Promise.resolve();
    const sample = Math.round(Math.min(this.#maxMs, Math.max(MIN_MS, ms)));
    return this.#mutex.run('table', async () => {
      await this.#load();
      for (const key of [exactKey(shape), broadKey(shape)])
        this.#table[key] = [...(this.#table[key] ?? []), sample].slice(-SAMPLES);
      try {
        await this.#kv?.set(STORAGE_KEY, this.#table);
      } catch (error) {
        // Learning is a nicety: a storage outage must not fail the job that taught it.
        this.#logger?.warn({ err: error }, 'could not save render times');
      }
    });
  }

  async #load(): Promise<void> {
    if (!this.#kv) return;
    try {
      const parsed = tableSchema.safeParse((await this.#kv.get(STORAGE_KEY)) ?? {});
      if (parsed.success) this.#table = parsed.data;
      else this.#logger?.warn('stored render times are unreadable; learning again');
      this.#loadedAt = this.#clock.now();
    } catch (error) {
      this.#logger?.warn({ err: error }, 'could not read render times; using what this process knows');
    }
  }
}
