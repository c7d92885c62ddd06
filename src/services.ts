import { Agent, type Dispatcher } from 'undici';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { KeyvBudgetBook, RedisBudgetBook } from './credits/budgetBook.ts';
import { Budgets } from './credits/budgets.ts';
import { Journal } from './credits/journal.ts';
import { Ledger } from './credits/ledger.ts';
import { SettingsStore } from './credits/settings.ts';
import type { JobNotifier } from './jobs/deps.ts';
import { JobHistory } from './jobs/history.ts';
import { billedCost, isUnfinished } from './jobs/record.ts';
import { LearnedRenderTimes } from './jobs/renderTimes.ts';
import { JobRunner } from './jobs/runner.ts';
import { LocalScheduler, RedisScheduler, type RenderScheduler } from './jobs/scheduler.ts';
import { JobStore } from './jobs/store.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { SegmindClient } from './segmind/client.ts';
import { ProviderHealth } from './segmind/providerHealth.ts';
import type { RenderInfo } from './segmind/schemas.ts';
import type { Storage } from './storage/index.ts';

/** The bot's domain services (no Discord in here): storage-backed credits, jobs and Segmind. */
export interface Services {
  settings: SettingsStore;
  ledger: Ledger;
  jobs: JobStore;
  /** Each member's job ids (for /clips). */
  history: JobHistory;
  scheduler: RenderScheduler;
  provider: ProviderHealth;
  segmind: SegmindClient;
  /** For Segmind, downloads and reference checks. */
  dispatcher: Dispatcher;
  ownsDispatcher: boolean;
  /** Render times learned from finished jobs (ETA and first poll). */
  renderTimes: LearnedRenderTimes;
}

interface ServiceInputs {
  config: Config;
  storage: Storage;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  dispatcher?: Dispatcher | undefined;
}

export function createServices(o: ServiceInputs): Services {
  const { config, storage, clock, logger } = o;
  const kv = storage.kv;
  const settings = new SettingsStore(kv.settings, logger);
  const dispatcher = o.dispatcher ?? new Agent({ connections: 32, keepAliveTimeout: 10_000 });
  const scheduler = storage.redis
    ? new RedisScheduler(storage.redis, () => config.MAX_RENDERING)
    : new LocalScheduler(kv.meta, () => config.MAX_RENDERING, logger);
  return {
    settings,
    ledger: createLedger(o, settings),
    jobs: new JobStore(kv.jobs, logger),
    history: new JobHistory(kv.guilds),
    scheduler,
    ...createSegmind(o, dispatcher),
    dispatcher,
    ownsDispatcher: o.dispatcher === undefined,
    renderTimes: new LearnedRenderTimes({
      kv: kv.meta,
      clock,
      logger,
      defaultMs: config.EXPECTED_RENDER_SECONDS * 1000,
      maxMs: config.RENDER_TIMEOUT_SECONDS * 1000,
    }),
  };
}

/** Credits and the money budgets. */
function createLedger(o: ServiceInputs, settings: SettingsStore): Ledger {
  const { config, storage, logger, metrics } = o;
  const kv = storage.kv;
  return new Ledger({
    accounts: kv.accounts,
    guilds: kv.guilds,
    settings,
    clock: o.clock,
    logger,
    events: { onChange: ({ kind, amount }) => metrics.credits.inc({ kind }, amount) },
    budgets: new Budgets({
      // Several shard processes share the bot-wide budget over Redis: only Lua is atomic there.
      bot: storage.redis ? new RedisBudgetBook(storage.redis) : new KeyvBudgetBook(kv.meta, 'budget', logger),
      guilds: new KeyvBudgetBook(kv.guilds, 'budget', logger),
      policy: {
        pricePerSecondUsd: config.PRICE_PER_SECOND_USD,
        botDailyUsd: config.DAILY_BUDGET_USD ?? null,
      },
    }),
    journal: new Journal(kv.guilds, logger),
  });
}

/** The Segmind client and the circuit breaker over it. */
function createSegmind(
  o: ServiceInputs,
  dispatcher: Dispatcher,
): { provider: ProviderHealth; segmind: SegmindClient } {
  const { config, logger, metrics } = o;
  const provider = new ProviderHealth(o.clock, {
    onTrip: (state) =>
      state.reason === 'misconfigured'
        ? logger.error(
            { kind: state.kind },
            'SEGMIND IS MISCONFIGURED: check SEGMIND_API_KEY, the model and the account credits; new videos are refused until it works',
          )
        : logger.error('Segmind is failing every request; submissions paused'),
  });
  const segmind = new SegmindClient({
    baseUrl: config.SEGMIND_API_URL,
    apiKey: config.SEGMIND_API_KEY,
    model: config.SEGMIND_MODEL,
    outputHosts: config.SEGMIND_OUTPUT_HOSTS,
    dispatcher,
    clock: o.clock,
    logger: logger.child({ component: 'segmind' }),
    onResponse: ({ op, status, ms }) => {
      metrics.segmindLatency.observe({ op }, ms / 1000);
      if (typeof status !== 'number' || status >= 400)
        metrics.segmindErrors.inc({ op, status: String(status) });
    },
  });
  return { provider, segmind };
}

/** The job runner over the services, reporting to `notifier` (the Discord side). */
export function createRunner(o: {
  services: Services;
  notifier: JobNotifier;
  config: Config;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** Where clips are downloaded to before the upload. */
  tempDir: string;
  queueRecheckMs?: number | undefined;
  usage?: ((info: RenderInfo) => void) | undefined;
}): JobRunner {
  const { services, config, metrics } = o;
  return new JobRunner({
    store: services.jobs,
    history: services.history,
    segmind: services.segmind,
    scheduler: services.scheduler,
    credits: {
      settle: (job) => services.ledger.settle(job.guildId, job.userId, job.id, job.render.costUsd),
      refund: (job, reason) =>
        services.ledger.refund(job.guildId, job.userId, job.id, reason, billedCost(job)),
      park: (job) => services.ledger.park(job.guildId, job.id),
    },
    notifier: o.notifier,
    provider: services.provider,
    clock: o.clock,
    logger: o.logger.child({ component: 'jobs' }),
    renderTimeoutMs: config.RENDER_TIMEOUT_SECONDS * 1000,
    estimator: services.renderTimes,
    tempDir: o.tempDir,
    ...(o.queueRecheckMs ? { queueRecheckMs: o.queueRecheckMs } : {}),
    ...(o.usage ? { usage: o.usage } : {}),
    onTransition: (from, to) => {
      metrics.jobTransitions.inc({ state: to });
      if (from && isUnfinished({ state: from })) metrics.jobsByState.dec({ state: from });
      if (isUnfinished({ state: to })) metrics.jobsByState.inc({ state: to });
    },
  });
}
