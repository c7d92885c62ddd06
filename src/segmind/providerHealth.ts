import type { Clock } from '../clock.ts';
import type { SegmindError, SegmindErrorKind } from './errors.ts';

export type ProviderState =
  | { ok: true }
  | { ok: false; reason: 'misconfigured'; kind: SegmindErrorKind; retryAt: number }
  | { ok: false; reason: 'unavailable'; retryAt: number };

interface ProviderHealthOptions {
  threshold?: number;
  openMs?: number;
  probeMs?: number;
  /** Called once each time the provider goes from ok to not ok. */
  onTrip?: (state: Exclude<ProviderState, { ok: true }>) => void;
}

/**
 * A circuit breaker over Segmind. Configuration problems (bad key, no credits, model gone) stop
 * submissions until a probe after `probeMs` succeeds; `threshold` consecutive server or network
 * faults open the circuit for `openMs`. While open, users are told at once instead of queueing blindly.
 */
export class ProviderHealth {
  #state: ProviderState = { ok: true };
  #failures = 0;
  #probing = false;

  readonly #clock: Clock;
  readonly #options: ProviderHealthOptions;

  constructor(clock: Clock, options: ProviderHealthOptions = {}) {
    this.#clock = clock;
    this.#options = options;
  }

  get state(): ProviderState {
    return this.#state;
  }

  /** Whether a new submission may go out now. After `retryAt`, one probe is let through. */
  allowSubmit(): ProviderState {
    if (this.#state.ok) return this.#state;
    if (this.#clock.now() >= this.#state.retryAt && !this.#probing) {
      this.#probing = true;
      return { ok: true };
    }
    return this.#state;
  }

  recordSuccess(): void {
    this.#failures = 0;
    this.#probing = false;
    this.#state = { ok: true };
  }

  recordFailure(error: SegmindError): void {
    this.#probing = false;
    const now = this.#clock.now();
    if (error.isConfiguration) {
      this.#trip({
        ok: false,
        reason: 'misconfigured',
        kind: error.kind,
        retryAt: now + (this.#options.probeMs ?? 300_000),
      });
      return;
    }
    if (['server', 'network', 'timeout', 'malformed'].includes(error.kind)) {
      this.#failures++;
      if (this.#failures >= (this.#options.threshold ?? 5)) {
        this.#trip({ ok: false, reason: 'unavailable', retryAt: now + (this.#options.openMs ?? 60_000) });
      }
    }
  }

  #trip(state: Exclude<ProviderState, { ok: true }>): void {
    const wasOk = this.#state.ok;
    this.#state = state;
    if (wasOk) this.#options.onTrip?.(state);
  }
}
