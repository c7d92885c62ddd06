import { isIP } from 'node:net';
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { type DownloadOptions, downloadVideo } from './download.ts';
import { errorCodes, errorForStatus, failedBeforeSending, SegmindError, type SegmindOp } from './errors.ts';
import { errorMessage, readBalance, readResult, readStatus, readSubmit } from './read.ts';
import {
  type AccountBalance,
  KNOWN_STATUSES,
  type RenderResult,
  type RenderStatus,
  type SubmitInput,
  type SubmitResult,
} from './schemas.ts';

export interface SegmindClientOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  dispatcher: Dispatcher;
  clock: Clock;
  logger: Logger;
  /** Hosts the output video may come from (`host` or `.suffix`); empty = any public https host. */
  outputHosts?: readonly string[];
  /** Attempts for a GET before giving up (first try included). */
  getAttempts?: number;
  /** Called after every HTTP exchange (metrics). */
  onResponse?: (event: { op: string; status: number | string; ms: number }) => void;
}

interface Exchange {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

const USER_AGENT = 'clipcast (+https://github.com/clipcast)';

/**
 * Segmind's v2 asynchronous API: submit, poll status, read the result, download the video.
 * GETs are retried on transient faults with exponential backoff and jitter; a submit is retried only
 * when it failed before Segmind could have received it. A 429 anywhere slows every later request.
 */
export class SegmindClient {
  readonly #o: Required<Omit<SegmindClientOptions, 'onResponse'>> & Pick<SegmindClientOptions, 'onResponse'>;
  readonly #origin: string;
  /** Earliest time (clock ms) any request may be sent: raised by 429s, shared by every job. */
  #notBefore = 0;
  #consecutive429 = 0;

  constructor(options: SegmindClientOptions) {
    this.#o = { outputHosts: [], getAttempts: 6, ...options };
    this.#origin = new URL(options.baseUrl).origin;
  }

  /** Sends one render request. Never repeats a request Segmind may have accepted. */
  async submit(input: SubmitInput): Promise<SubmitResult> {
    const body = JSON.stringify({
      prompt: input.prompt,
      aspect_ratio: input.aspectRatio,
      duration: input.duration,
      seed: input.seed,
      ...(input.imageUrls.length > 0 ? { image_urls: [...input.imageUrls] } : {}),
      ...(input.videoUrl ? { video: input.videoUrl } : {}),
    });
    const url = `${this.#o.baseUrl}/v2/${encodeURIComponent(this.#o.model)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        const exchange = await this.#send('submit', 'POST', url, body, 30_000);
        if (exchange.status !== 200) throw this.#errorFor('submit', exchange);
        const read = readSubmit(this.#json('submit', exchange));
        if (!read) {
          throw new SegmindError('malformed', 'Segmind accepted the request but gave no usable request id', {
            status: 200,
            mightHaveBeenAccepted: true,
          });
        }
        const id = read.requestId;
        const base = `${this.#o.baseUrl}/v2/requests/${encodeURIComponent(id)}`;
        const statusUrl = this.#sameOrigin(read.statusUrl) ?? `${base}/status`;
        const responseUrl = this.#sameOrigin(read.responseUrl) ?? base;
        return { requestId: id, statusUrl, responseUrl };
      } catch (error) {
        const e = toSegmindError(error, 'submit');
        // Only what Segmind cannot have accepted is sent again: a 429 (waited out, up to a few
        // minutes in all, so a burst of them slows jobs down rather than failing them) or a
        // connection that never opened.
        const limit = e.kind === 'rate_limited' ? 8 : 3;
        const retryable = !e.mightHaveBeenAccepted && (e.kind === 'rate_limited' || e.kind === 'network');
        if (!retryable || attempt >= limit) throw e;
        this.#o.logger.warn({ kind: e.kind, attempt }, 'segmind submit not accepted; retrying');
        await this.#o.clock.sleep(this.#backoff(attempt, e));
      }
    }
  }

  /** Where a request stands. FAILED arrives as 422 or 200 [C]: the body's status decides, then the HTTP status. */
  async status(statusUrl: string): Promise<RenderStatus> {
    const exchange = await this.#get('status', this.#checkedUrl(statusUrl));
    const read = readStatus(this.#json('status', exchange));
    this.#logIgnored('status', read.ignored);
    if (read.status === 'FAILED' || exchange.status === 422) return { state: 'failed', reason: read.error };
    if (read.status === undefined)
      throw new SegmindError('malformed', 'Segmind status has no status field', { status: exchange.status });
    if (read.status === 'COMPLETED')
      return { state: 'completed', inferenceSeconds: read.info.inferenceSeconds, info: read.info };
    return {
      state: 'pending',
      raw: KNOWN_STATUSES.some((s) => s === read.status)
        ? read.status
        : `UNKNOWN:${read.status.slice(0, 40)}`,
    };
  }

  /**
   * The output URL of a COMPLETED request (`output`, else `video.url`), checked before anyone
   * downloads it, and whatever else the result said that could be read. Only a missing or refused
   * URL fails: every other field is information (segmind-v2.md, "Result").
   */
  async result(responseUrl: string): Promise<RenderResult> {
    const exchange = await this.#get('result', this.#checkedUrl(responseUrl));
    const read = readResult(this.#json('result', exchange));
    this.#logIgnored('result', read.ignored);
    if (read.status === 'FAILED' || exchange.status === 422) {
      throw new SegmindError('failed', 'render failed', { status: exchange.status, reason: read.error });
    }
    let refused: unknown;
    for (const candidate of read.urls) {
      try {
        return { outputUrl: this.checkOutputUrl(candidate), info: read.info };
      } catch (error) {
        refused ??= error;
      }
    }
    if (refused) throw refused;
    throw new SegmindError('malformed', 'Segmind result has no output URL', { status: exchange.status });
  }

  /**
   * The account balance, free of charge (segmind-v2.md, "Account balance"): a cheap check of the key
   * (401/403) and the way to watch the balance.
   */
  async accountBalance(): Promise<AccountBalance> {
    const exchange = await this.#get('balance', `${this.#o.baseUrl}/v1/get-user-credits`, [200]);
    const balance = readBalance(this.#json('balance', exchange));
    if (!balance)
      throw new SegmindError('malformed', 'Segmind balance has no credits field', {
        status: exchange.status,
      });
    return balance;
  }

  /** Throws unless `raw` is a URL the bot may download from: https on an allowed public host, or the API's own origin. */
  checkOutputUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new SegmindError('origin', 'the output is not a URL');
    }
    if (url.origin === this.#origin) return url.href;
    if (url.protocol !== 'https:') throw new SegmindError('origin', 'the output URL is not https');
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost') || isIP(host) !== 0) {
      throw new SegmindError('origin', 'the output URL points at a private address');
    }
    const allowed = this.#o.outputHosts;
    if (allowed.length > 0 && !allowed.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h))) {
      throw new SegmindError('origin', 'the output URL is on a host that is not allowed');
    }
    return url.href;
  }

  /** Streams a video to `path`; see {@link downloadVideo}. A file that is not a video is a `download` error. */
  async download(
    url: string,
    path: string,
    options: DownloadOptions,
  ): Promise<{ size: number; contentType: string | undefined }> {
    const target = new URL(this.checkOutputUrl(url));
    return downloadVideo(this.#o.dispatcher, target, path, {
      ...options,
      userAgent: USER_AGENT,
      onStatus: (status, ms) => this.#o.onResponse?.({ op: 'download', status, ms }),
    });
  }

  async #get(op: SegmindOp, url: string, ok: readonly number[] = [200, 422]): Promise<Exchange> {
    for (let attempt = 1; ; attempt++) {
      try {
        const exchange = await this.#send(op, 'GET', url, undefined, 15_000);
        if (ok.includes(exchange.status)) {
          this.#json(op, exchange); // a 200 that is not JSON is a transient proxy fault: retry it
          return exchange;
        }
        throw this.#errorFor(op, exchange);
      } catch (error) {
        const e = toSegmindError(error, op);
        if (!e.transient || attempt >= this.#o.getAttempts) throw e;
        this.#o.logger.debug({ op, kind: e.kind, status: e.status, attempt }, 'segmind GET failed; retrying');
        await this.#o.clock.sleep(this.#backoff(attempt, e));
      }
    }
  }

  async #send(
    op: SegmindOp,
    method: 'GET' | 'POST',
    url: string,
    body: string | undefined,
    timeoutMs: number,
  ): Promise<Exchange> {
    const wait = this.#notBefore - this.#o.clock.now();
    if (wait > 0) await this.#o.clock.sleep(wait);
    const target = new URL(url);
    const started = performance.now();
    let response: Dispatcher.ResponseData;
    try {
      response = await this.#o.dispatcher.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method,
        headers: {
          'x-api-key': this.#o.apiKey,
          accept: 'application/json',
          'user-agent': USER_AGENT,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body }),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (error) {
      this.#o.onResponse?.({ op, status: 'network', ms: performance.now() - started });
      const notSent = failedBeforeSending(error);
      const timedOut = errorCodes(error).some((code) => /timeout/i.test(code));
      throw new SegmindError(
        timedOut ? 'timeout' : 'network',
        notSent ? 'could not connect to Segmind' : 'no answer from Segmind',
        {
          mightHaveBeenAccepted: !notSent,
          cause: error,
        },
      );
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw new SegmindError('network', 'the answer from Segmind was cut short', {
        mightHaveBeenAccepted: true,
        cause: error,
      });
    }
    this.#o.onResponse?.({ op, status: response.statusCode, ms: performance.now() - started });
    if (response.statusCode === 429) {
      this.#consecutive429++;
      const resetAt = parseResetAt(response.headers['x-rate-limit-reset-at-utc']);
      const backoff = Math.min(60_000, 1_000 * 2 ** Math.min(this.#consecutive429, 6));
      // The header is wall-clock time; the pause is kept on the injected clock.
      const pause = resetAt === undefined ? jitter(backoff) : resetAt - Date.now();
      this.#notBefore = Math.max(this.#notBefore, this.#o.clock.now() + pause);
    } else if (response.statusCode < 500) {
      this.#consecutive429 = 0;
    }
    return { status: response.statusCode, headers: response.headers, text };
  }

  #json(op: SegmindOp, exchange: Exchange): unknown {
    try {
      return JSON.parse(exchange.text);
    } catch {
      throw new SegmindError('malformed', `Segmind answered ${op} with a body that is not JSON`, {
        status: exchange.status,
        mightHaveBeenAccepted: exchange.status === 200,
      });
    }
  }

  #errorFor(op: SegmindOp, exchange: Exchange): SegmindError {
    const message = errorMessage(exchange.text);
    return errorForStatus(op, exchange.status, message, this.#o.model, this.#notBefore);
  }

  /** Field names only: values can be long or carry anything. */
  #logIgnored(op: SegmindOp, fields: readonly string[]): void {
    if (fields.length > 0)
      this.#o.logger.debug({ op, fields }, 'segmind: ignored informational fields that did not fit');
  }

  /** Exponential backoff with full jitter, honouring a 429's reset time when it is later. */
  #backoff(attempt: number, error: SegmindError): number {
    const base = Math.min(30_000, 500 * 2 ** (attempt - 1));
    const fromReset = error.resetAt ? error.resetAt - this.#o.clock.now() : 0;
    return Math.max(jitter(base), fromReset, 50);
  }

  /** A status/response URL from Segmind, accepted only on the configured origin (the key goes with it). */
  #sameOrigin(raw: string | undefined): string | undefined {
    if (!raw) return undefined;
    try {
      const url = new URL(raw);
      if (url.origin === this.#origin) return url.href;
    } catch {
      // fall through
    }
    this.#o.logger.warn({ url: raw.slice(0, 200) }, 'ignoring a Segmind URL on an unexpected origin');
    return undefined;
  }

  #checkedUrl(raw: string): string {
    const url = this.#sameOrigin(raw);
    if (!url) throw new SegmindError('origin', 'refusing to send the API key to another origin');
    return url;
  }
}

function toSegmindError(error: unknown, op: SegmindOp): SegmindError {
  if (error instanceof SegmindError) return error;
  return new SegmindError('network', `Segmind ${op} failed`, {
    mightHaveBeenAccepted: op === 'submit',
    cause: error,
  });
}

function jitter(ms: number): number {
  return Math.round(ms / 2 + Math.random() * (ms / 2));
}

/** `x-rate-limit-reset-at-utc` has no documented format: accept ISO dates, epoch seconds or epoch ms. */
export function parseResetAt(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const trimmed = value.trim();
  let at: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const n = Number(trimmed);
    at = n > 1e12 ? n : n * 1000;
  } else {
    at = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(trimmed) ? trimmed : `${trimmed}Z`);
  }
  if (!Number.isFinite(at)) return undefined;
  // A reset in the past or absurdly far ahead is not trusted.
  if (at < now - 60_000 || at > now + 3_600_000) return undefined;
  return Math.max(at, now);
}
