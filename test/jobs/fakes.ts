import Keyv from 'keyv';
import pino from 'pino';
import type { Clock } from '../../src/clock.ts';
import type { JobCredits, JobNotifier, SegmindApi } from '../../src/jobs/deps.ts';
import { newJob } from '../../src/jobs/newJob.ts';
import type { JobRecord } from '../../src/jobs/record.ts';
import { JobRunner } from '../../src/jobs/runner.ts';
import { LocalScheduler, type RenderScheduler } from '../../src/jobs/scheduler.ts';
import type { StatusView } from '../../src/jobs/statusDisplay.ts';
import { JobStore } from '../../src/jobs/store.ts';
import type { Logger } from '../../src/logger.ts';
import { ProviderHealth } from '../../src/segmind/providerHealth.ts';

/** Time that moves only when told: sleeps resolve on `advance`. */
export class ManualClock implements Clock {
  #now = 1_700_000_000_000;
  readonly #sleepers = new Set<{ at: number; resolve: () => void }>();

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('aborted'));
      const sleeper = {
        at: this.#now + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#sleepers.delete(sleeper);
        reject(new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#sleepers.add(sleeper);
    });
  }

  advance(ms: number): void {
    this.#now += ms;
    for (const s of [...this.#sleepers]) {
      if (s.at <= this.#now) {
        this.#sleepers.delete(s);
        s.resolve();
      }
    }
  }
}

/** A promise resolved from outside: a point where a test holds an operation in flight. */
export function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Lets every pending promise and immediate run. */
export const settle = async (rounds = 20) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
};

/** An in-memory Segmind: a submit accepts, a status says completed, a result gives a URL, a download writes bytes. */
function memorySegmind(overrides: Partial<SegmindApi> = {}) {
  const calls: string[] = [];
  const api: SegmindApi = {
    submit: async () => {
      calls.push('submit');
      return { requestId: 'req-1', statusUrl: 'https://seg/status', responseUrl: 'https://seg/result' };
    },
    status: async () => {
      calls.push('status');
      return { state: 'completed', inferenceSeconds: 30, info: {} };
    },
    result: async () => {
      calls.push('result');
      return { outputUrl: 'https://images.segmind.com/out.mp4', info: { costUsd: 0.5 } };
    },
    download: async (_url, path) => {
      calls.push('download');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path, Buffer.from('ftypisom'));
      return { size: 8, contentType: 'video/mp4' };
    },
    ...overrides,
  };
  return { api, calls };
}

function recordingNotifier() {
  const events: string[] = [];
  const notifier: JobNotifier = {
    status: async (_job, view: StatusView) => {
      events.push(`status:${view.kind}`);
      return 'shown';
    },
    deliver: async (job) => {
      events.push('deliver');
      return {
        channelId: job.channelId,
        messageId: '900',
        delivery: 'attachment',
        bytes: 8,
        pingMessageId: null,
      };
    },
    failed: async (job) => {
      events.push(`failed:${job.failure?.code}`);
      return undefined;
    },
  };
  return { notifier, events };
}

function recordingCredits() {
  const events: string[] = [];
  const credits: JobCredits = {
    settle: async (job) => {
      events.push(`settle:${job.id}`);
    },
    refund: async (job, reason) => {
      events.push(`refund:${job.id}:${reason}`);
    },
    park: async (job) => {
      events.push(`park:${job.id}`);
    },
  };
  return { credits, events };
}

export const silentLogger = () => pino({ level: 'silent' });

/** A logger that keeps every line it writes (level name and message), for asserting on logs. */
export function capturingLogger() {
  const lines: { level: string; msg: string; [key: string]: unknown }[] = [];
  const logger = pino(
    { level: 'info', formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  return { logger, lines };
}

/** A logger that appends each line (JSON) to `lines`. */
const recordingLogger = (lines: string[]) =>
  pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });

export function sampleJob(id = '0123456789abcdef', now = 1_700_000_000_000): JobRecord {
  return newJob({
    id,
    guildId: '200000000000000001',
    channelId: '300000000000000001',
    userId: '100000000000000001',
    origin: 'command',
    parentId: null,
    input: { prompt: 'a fox', aspectRatio: '16:9', duration: 5, seed: 42, imageUrls: [], videoUrl: null },
    cost: 5,
    now,
    locale: 'en-US',
    interaction: {
      applicationId: '400000000000000001',
      token: 'token'.repeat(20),
      issuedAt: now,
      attachmentSizeLimit: 10 * 1024 * 1024,
      appPermissions: '0',
    },
    statusMessageId: '500000000000000001',
  });
}

/** A runner over in-memory storage and fakes; every part is exposed for assertions. */
export function memoryRunner(
  options: {
    segmind?: Partial<SegmindApi>;
    scheduler?: (base: RenderScheduler) => RenderScheduler;
    cap?: number;
    logger?: Logger;
    /** Another runner's clock and store: a restart of that runner. */
    clock?: ManualClock;
    store?: JobStore;
    /** Receives every log line (JSON), at debug level and above. */
    logs?: string[];
  } = {},
) {
  const clock = options.clock ?? new ManualClock();
  const kv = new Keyv();
  const store = options.store ?? new JobStore(kv);
  const base = new LocalScheduler(new Keyv(), () => options.cap ?? 5);
  const scheduler = options.scheduler ? options.scheduler(base) : base;
  const segmind = memorySegmind(options.segmind);
  const notify = recordingNotifier();
  const credits = recordingCredits();
  const transitions: string[] = [];
  const runner = new JobRunner({
    store,
    segmind: segmind.api,
    scheduler,
    credits: credits.credits,
    notifier: notify.notifier,
    provider: new ProviderHealth(clock),
    clock,
    logger: options.logger ?? (options.logs ? recordingLogger(options.logs) : silentLogger()),
    renderTimeoutMs: 20 * 60_000,
    tempDir: `/tmp/clipcast-unit-${process.pid}`,
    onTransition: (from, to) => transitions.push(`${from ?? 'new'}→${to}`),
  });
  return { clock, kv, store, scheduler: base, runner, segmind, notify, credits, transitions };
}
