import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { failedBeforeSending, SegmindError } from './errors.ts';
import {
  errorEnvelopeSchema,
  KNOWN_STATUSES,
  type RenderStatus,
  resultResponseSchema,
  type SubmitInput,
  type SubmitResult,
  statusResponseSchema,
  submitResponseSchema,
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
        const parsed = submitResponseSchema.safeParse(this.#json('submit', exchange));
        if (!parsed.success) {
          throw new SegmindError(
            'malformed',
            'Segmind accepted the request but its answer did not match the contract',
            {
              status: 200,
              mightHaveBeenAccepted: true,
            },
          );
        }
        const id = parsed.data.request_id;
        const base = `${this.#o.baseUrl}/v2/requests/${encodeURIComponent(id)}`;
        const statusUrl = this.#sameOrigin(parsed.data.status_url) ?? `${base}/status`;
        const responseUrl = this.#sameOrigin(parsed.data.response_url) ?? base;
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

  /** Where a request stands. FAILED arrives as 422 or 200: the body's status decides. */
  async status(statusUrl: string): Promise<RenderStatus> {
    const exchange = await this.#get('status', this.#checkedUrl(statusUrl));
    const parsed = statusResponseSchema.safeParse(this.#json('status', exchange));
    if (!parsed.success)
      throw new SegmindError('malformed', 'Segmind status did not match the contract', {
        status: exchange.status,
      });
    const status = parsed.data.status.toUpperCase();
    if (status === 'FAILED') return { state: 'failed', reason: errorText(parsed.data.error) };
    if (exchange.status === 422) return { state: 'failed', reason: errorText(parsed.data.error) };
    if (status === 'COMPLETED') {
      const t = parsed.data.metrics?.inference_time;
      return { state: 'completed', inferenceSeconds: typeof t === 'number' ? t : undefined };
    }
    return {
      state: 'pending',
      raw: (KNOWN_STATUSES as readonly string[]).includes(status) ? status : `UNKNOWN:${status}`,
    };
  }

  /** The output URL of a COMPLETED request (`output`, else `video.url`), checked before anyone downloads it. */
  async result(responseUrl: string): Promise<{ outputUrl: string; size?: number | undefined }> {
    const exchange = await this.#get('result', this.#checkedUrl(responseUrl));
    const parsed = resultResponseSchema.safeParse(this.#json('result', exchange));
    if (!parsed.success)
      throw new SegmindError('malformed', 'Segmind result did not match the contract', {
        status: exchange.status,
      });
    if (parsed.data.status?.toUpperCase() === 'FAILED') {
      throw new SegmindError('failed', 'render failed', {
        status: exchange.status,
        reason: errorText(parsed.data.error),
      });
    }
    const candidate = typeof parsed.data.output === 'string' ? parsed.data.output : parsed.data.video?.url;
    if (!candidate)
      throw new SegmindError('malformed', 'Segmind result has no output URL', { status: exchange.status });
    return { outputUrl: this.checkOutputUrl(candidate), size: parsed.data.video?.file_size };
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

  /**
   * Streams a video to `path` without holding it in memory. Fails (and removes the file) when the
   * stream stalls for `stallMs`, exceeds `maxBytes`, or ends short of its announced length.
   */
  async download(
    url: string,
    path: string,
    options: { maxBytes: number; stallMs?: number; signal?: AbortSignal },
  ): Promise<{ size: number; contentType: string | undefined }> {
    const target = new URL(this.checkOutputUrl(url));
    const started = performance.now();
    try {
      const response = await this.#o.dispatcher.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { 'user-agent': USER_AGENT, accept: 'video/*' },
        headersTimeout: options.stallMs ?? 30_000,
        bodyTimeout: options.stallMs ?? 30_000,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      this.#o.onResponse?.({ op: 'download', status: response.statusCode, ms: performance.now() - started });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new SegmindError('download', `the video download answered ${response.statusCode}`, {
          status: response.statusCode,
        });
      }
      const announced = Number(response.headers['content-length']);
      if (Number.isFinite(announced) && announced > options.maxBytes) {
        await response.body.dump();
        throw new SegmindError('download', 'the video is larger than the bot accepts');
      }
      let received = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          received += chunk.length;
          if (received > options.maxBytes)
            done(new SegmindError('download', 'the video is larger than the bot accepts'));
          else done(null, chunk);
        },
      });
      await pipeline(response.body, counter, createWriteStream(path));
      if (Number.isFinite(announced) && received !== announced) {
        throw new SegmindError(
          'download',
          `the video download was cut short (${received} of ${announced} bytes)`,
        );
      }
      if (received === 0) throw new SegmindError('download', 'the video download was empty');
      const type = response.headers['content-type'];
      return { size: received, contentType: Array.isArray(type) ? type[0] : type };
    } catch (error) {
      await rm(path, { force: true });
      if (error instanceof SegmindError) throw error;
      throw new SegmindError('download', 'the video download failed', { cause: error });
    }
  }

  async #get(op: string, url: string): Promise<Exchange> {
    for (let attempt = 1; ; attempt++) {
      try {
        const exchange = await this.#send(op, 'GET', url, undefined, 15_000);
        if (exchange.status === 200 || exchange.status === 422) {
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
    op: string,
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
      const timedOut = /timeout/i.test(String((error as { code?: unknown }).code ?? ''));
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

  #json(op: string, exchange: Exchange): unknown {
    try {
      return JSON.parse(exchange.text);
    } catch {
      throw new SegmindError('malformed', `Segmind answered ${op} with a body that is not JSON`, {
        status: exchange.status,
        mightHaveBeenAccepted: exchange.status === 200,
      });
    }
  }

  #errorFor(op: string, exchange: Exchange): SegmindError {
    const status = exchange.status;
    let message = '';
    try {
      const parsed = errorEnvelopeSchema.safeParse(JSON.parse(exchange.text));
      if (parsed.success) message = errorText(parsed.data.error);
    } catch {
      // Not JSON (405 is HTML): the status alone decides.
    }
    const opts = { status, reason: message || undefined };
    switch (true) {
      case status === 401:
        return new SegmindError('auth', 'Segmind rejected the API key (401)', opts);
      case status === 402:
        return new SegmindError('credits', 'the Segmind account is out of credits (402)', opts);
      case status === 403:
        return new SegmindError('forbidden', 'the API key may not use this model (403)', opts);
      case status === 404:
        return op === 'submit'
          ? new SegmindError('not_found', 'Segmind does not know this model (404)', opts)
          : new SegmindError('expired', 'the request has expired at Segmind (404)', opts);
      case status === 405:
        return new SegmindError('method', 'Segmind refused the method (405)', opts);
      case status === 406:
        return /content.?type/i.test(message) && !/credit/i.test(message)
          ? new SegmindError('content_type', 'Segmind refused the content type (406)', opts)
          : new SegmindError('credits', 'the Segmind account is out of credits (406)', opts);
      case status === 410:
        return new SegmindError('gone', 'the model has been retired (410)', opts);
      case status === 422:
        return new SegmindError('failed', 'render failed', opts);
      case status === 429:
        return new SegmindError('rate_limited', 'Segmind rate limit reached (429)', {
          ...opts,
          resetAt: this.#notBefore,
        });
      case status >= 500:
        return new SegmindError('server', `Segmind server error (${status})`, opts);
      default:
        return new SegmindError('unexpected', `Segmind answered ${status}`, opts);
    }
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

function toSegmindError(error: unknown, op: string): SegmindError {
  if (error instanceof SegmindError) return error;
  return new SegmindError('network', `Segmind ${op} failed`, {
    mightHaveBeenAccepted: op === 'submit',
    cause: error,
  });
}

function errorText(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 500);
  if (value && typeof value === 'object') {
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') return message.slice(0, 500);
    return JSON.stringify(value).slice(0, 500);
  }
  return '';
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
