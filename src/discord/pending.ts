import type Keyv from 'keyv';
import type { z } from 'zod';
import type { Clock } from '../clock.ts';

/**
 * Short-lived state an interaction leaves for a later one (a cost preview waiting for Make it, the
 * images of a message being animated), kept in storage so it survives a restart. Each entry carries
 * its own expiry, checked on the injected clock; Keyv's TTL (on the system clock, a little longer)
 * only cleans up what nobody asked for again.
 */
export class PendingStore {
  readonly #kv: Keyv;
  readonly #clock: Clock;

  constructor(kv: Keyv, clock: Clock) {
    this.#kv = kv;
    this.#clock = clock;
  }

  async put(kind: string, id: string, value: unknown, lifetimeMs: number): Promise<void> {
    const expiresAt = this.#clock.now() + lifetimeMs;
    await this.#kv.set(key(kind, id), { expiresAt, value }, lifetimeMs + 60 * 60_000);
  }

  /**
   * The entry as `schema` reads it: 'missing' when there is none (never made, already taken, or
   * cleaned up), 'expired' when its time is over, and 'missing' for a value that no longer parses.
   */
  async get<S extends z.ZodType>(
    kind: string,
    id: string,
    schema: S,
  ): Promise<{ ok: true; value: z.output<S> } | { ok: false; reason: 'missing' | 'expired' }> {
    const raw: unknown = await this.#kv.get(key(kind, id));
    if (raw === null || typeof raw !== 'object' || !('expiresAt' in raw) || !('value' in raw))
      return { ok: false, reason: 'missing' };
    if (typeof raw.expiresAt !== 'number' || raw.expiresAt <= this.#clock.now())
      return { ok: false, reason: 'expired' };
    const parsed = schema.safeParse(raw.value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'missing' };
  }

  /** Removes the entry; true for the one caller that removed it (so an answer is acted on once). */
  take(kind: string, id: string): Promise<boolean> {
    return this.#kv.delete(key(kind, id));
  }
}

const key = (kind: string, id: string) => `pending:${kind}:${id}`;
