import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Events, GatewayIntentBits, REST, Status } from 'discord.js';
import type { DestinationStream } from 'pino';
import { Agent, type Dispatcher } from 'undici';
import { type Clock, systemClock } from './clock.ts';
import { type Config, secretsOf } from './config.ts';
import { Ledger } from './credits/ledger.ts';
import { SettingsStore } from './credits/settings.ts';
import type { BotContext } from './discord/context.ts';
import { guardMalformedInteractions } from './discord/guardGateway.ts';
import { inviteUrl } from './discord/invite.ts';
import { DiscordNotifier } from './discord/notifier.ts';
import { deadReferences } from './discord/references.ts';
import { routeInteraction } from './discord/router.ts';
import { syncCommands } from './discord/syncCommands.ts';
import { startHttpServer } from './http.ts';
import { type JobRecord, UNFINISHED } from './jobs/job.ts';
import { JobStore } from './jobs/jobStore.ts';
import { JobRunner } from './jobs/runner.ts';
import { LocalScheduler, RedisScheduler, type RenderScheduler } from './jobs/scheduler.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { SegmindClient } from './segmind/client.ts';
import { RenderTimeEstimator } from './segmind/pollSchedule.ts';
import { ProviderHealth } from './segmind/providerHealth.ts';
import { createStorage, type Storage } from './storage/index.ts';
import { within } from './util/within.ts';

export interface AppOverrides {
  clock?: Clock;
  logDestination?: DestinationStream;
  /** Dispatcher for Segmind and reference checks (tests may pass their own). */
  dispatcher?: Dispatcher;
  tempDir?: string;
  /** Shards this process runs (ShardingManager children get theirs from the environment). */
  shards?: number[];
  shardCount?: number;
  /** Render cap checks across processes (default 2 s). */
  queueRecheckMs?: number;
}

/**
 * The composition root: config → logger → storage → services → Discord client.
 * `start()` logs in, registers commands when they changed, and resumes unfinished jobs.
 */
export class App {
  readonly logger: Logger;
  readonly metrics: Metrics = createMetrics();
  readonly clock: Clock;
  client!: Client;
  storage!: Storage;
  ledger!: Ledger;
  settings!: SettingsStore;
  jobs!: JobStore;
  runner!: JobRunner;
  scheduler!: RenderScheduler;
  provider!: ProviderHealth;
  notifier!: DiscordNotifier;
  segmind!: SegmindClient;
  #http: import('node:http').Server | undefined;
  #dispatcher: Dispatcher | undefined;
  #ownsDispatcher = false;
  #accepting = false;
  #inFlight = new Set<Promise<void>>();

  readonly config: Config;
  readonly #overrides: AppOverrides;

  constructor(config: Config, overrides: AppOverrides = {}) {
    this.config = config;
    this.#overrides = overrides;
    this.clock = overrides.clock ?? systemClock;
    this.logger = createLogger({
      level: config.LOG_LEVEL,
      secrets: secretsOf(config),
      ...(overrides.logDestination ? { destination: overrides.logDestination } : {}),
    });
  }

  async start(): Promise<void> {
    const { config, clock, logger, metrics } = this;
    this.storage = await createStorage(config.STORAGE_URL);
    const kv = this.storage.kv;
    this.settings = new SettingsStore(kv.settings);
    this.jobs = new JobStore(kv.jobs);
    this.ledger = new Ledger({
      accounts: kv.accounts,
      guilds: kv.guilds,
      settings: this.settings,
      clock,
      events: { onChange: ({ kind, amount }) => metrics.credits.inc({ kind }, amount) },
    });
    this.#dispatcher = this.#overrides.dispatcher;
    if (!this.#dispatcher) {
      this.#dispatcher = new Agent({ connections: 32, keepAliveTimeout: 10_000 });
      this.#ownsDispatcher = true;
    }
    this.provider = new ProviderHealth(clock, {
      onTrip: (state) =>
        state.reason === 'misconfigured'
          ? logger.error(
              { kind: state.kind },
              'SEGMIND IS MISCONFIGURED: check SEGMIND_API_KEY, the model and the account credits; new videos are refused until it works',
            )
          : logger.error('Segmind is failing every request; submissions paused'),
    });
    this.segmind = new SegmindClient({
      baseUrl: config.SEGMIND_API_URL,
      apiKey: config.SEGMIND_API_KEY,
      model: config.SEGMIND_MODEL,
      outputHosts: config.SEGMIND_OUTPUT_HOSTS,
      dispatcher: this.#dispatcher,
      clock,
      logger: logger.child({ component: 'segmind' }),
      onResponse: ({ op, status, ms }) => {
        metrics.segmindLatency.observe({ op }, ms / 1000);
        if (typeof status !== 'number' || status >= 400)
          metrics.segmindErrors.inc({ op, status: String(status) });
      },
    });
    this.scheduler = this.storage.redis
      ? new RedisScheduler(this.storage.redis, () => config.MAX_RENDERING)
      : new LocalScheduler(kv.meta, () => config.MAX_RENDERING);

    const clientOptions: ConstructorParameters<typeof Client>[0] = {
      intents: [GatewayIntentBits.Guilds],
      rest: { api: config.DISCORD_API_URL },
      ...(this.#overrides.shards ? { shards: this.#overrides.shards } : {}),
      ...(this.#overrides.shardCount ? { shardCount: this.#overrides.shardCount } : {}),
    };
    this.client = new Client(clientOptions);
    // Uploads stream a file-backed Blob in a FormData; Node's own fetch takes Node's FormData
    // (discord.js's bundled undici only accepts its own), so this client sends through it.
    const viaFetch = () =>
      new REST({
        api: config.DISCORD_API_URL,
        timeout: 60 * 60_000, // each request passes its own deadline
        makeRequest: (url, init) => fetch(url, init as unknown as RequestInit) as never,
      });
    const uploadRest = viaFetch().setToken(config.DISCORD_TOKEN);
    const tokenRests = Array.from({ length: 8 }, viaFetch);
    for (const rest of [this.client.rest, uploadRest, ...tokenRests]) {
      rest.on('response', (_req, res) => {
        if (res.status >= 400) metrics.discordErrors.inc({ status: String(res.status) });
      });
    }
    this.notifier = new DiscordNotifier({
      rest: this.client.rest,
      uploadRest,
      tokenRests,
      clock,
      logger: logger.child({ component: 'discord' }),
      settings: this.settings,
    });
    this.runner = new JobRunner({
      store: this.jobs,
      segmind: this.segmind,
      scheduler: this.scheduler,
      credits: {
        settle: (job) => this.ledger.settle(job.guildId, job.userId, job.id),
        refund: (job, reason) => this.ledger.refund(job.guildId, job.userId, job.id, reason),
      },
      notifier: this.notifier,
      provider: this.provider,
      clock,
      logger: logger.child({ component: 'jobs' }),
      renderTimeoutMs: config.RENDER_TIMEOUT_SECONDS * 1000,
      estimator: new RenderTimeEstimator(config.EXPECTED_RENDER_SECONDS * 1000),
      tempDir: this.#overrides.tempDir ?? config.TEMP_DIR ?? join(tmpdir(), 'clipcast'),
      ...(this.#overrides.queueRecheckMs ? { queueRecheckMs: this.#overrides.queueRecheckMs } : {}),
      onTransition: (from, to) => {
        metrics.jobTransitions.inc({ state: to });
        if (from && UNFINISHED.has(from)) metrics.jobsByState.dec({ state: from });
        if (UNFINISHED.has(to)) metrics.jobsByState.inc({ state: to });
      },
    });
    const dispatcher = this.#dispatcher;
    const ctx: BotContext = {
      clock,
      logger,
      settings: this.settings,
      ledger: this.ledger,
      jobs: this.jobs,
      runner: this.runner,
      provider: this.provider,
      notifier: this.notifier,
      deadReferences: (urls) => deadReferences(urls, { dispatcher, now: clock.now() }),
      observeAck: (ms) => metrics.ackLatency.observe(ms / 1000),
    };

    // Interactions that arrive before the unfinished jobs are resumed wait for it (a few
    // milliseconds): resuming settles the books of the jobs it finds, and must not mistake a job
    // being admitted right now for one a crash left half-made.
    let resumed!: () => void;
    const resumedOnce = new Promise<void>((resolve) => {
      resumed = resolve;
    });
    this.client.on(Events.InteractionCreate, (interaction) => {
      if (!this.#accepting) return;
      const task = resumedOnce
        .then(() => routeInteraction(ctx, interaction))
        .catch((error) => logger.error({ err: error }, 'interaction routing failed'));
      this.#inFlight.add(task);
      void task.finally(() => this.#inFlight.delete(task));
    });
    guardMalformedInteractions(this.client, logger);
    this.client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    this.client.on(Events.ShardDisconnect, (_event, id) =>
      logger.warn({ shard: id }, 'gateway disconnected'),
    );
    this.client.on(Events.ShardResume, (id) => logger.info({ shard: id }, 'gateway resumed'));

    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    this.#accepting = true;
    await this.client.login(config.DISCORD_TOKEN);
    await ready;
    const applicationId = this.client.application?.id ?? this.client.user?.id ?? '';
    logger.info(
      {
        user: this.client.user?.tag,
        guilds: this.client.guilds.cache.size,
        shards: this.client.shard?.ids ?? [0],
      },
      'connected to Discord',
    );
    await this.#resumeJobs();
    resumed();
    if (this.client.shard === null || this.client.shard.ids.includes(0)) {
      logger.info(`invite clipcast to a server: ${inviteUrl(applicationId)}`);
      try {
        await syncCommands({ rest: this.client.rest, applicationId, meta: kv.meta, logger });
      } catch (error) {
        logger.error({ err: error }, 'could not register the slash commands (will retry on next start)');
      }
    }
    if (config.HTTP_PORT !== undefined) {
      // Shard processes serve HTTP_PORT + their first shard id, so they never collide.
      const port = config.HTTP_PORT + (this.client.shard?.ids[0] ?? 0);
      this.#http = await startHttpServer({
        port,
        host: config.HTTP_HOST,
        metrics,
        health: { problem: () => this.healthProblem() },
      });
      logger.info({ port }, 'health and metrics listening');
    }
    void this.#refreshGauges();
  }

  /** Null when the bot can serve; otherwise why not (for /healthz). */
  async healthProblem(): Promise<string | null> {
    if (this.client.ws.status !== Status.Ready) return 'not connected to the Discord gateway';
    const answered = await within(
      this.storage.ping().then(
        () => true,
        () => false,
      ),
      2_000,
      false,
    );
    if (!answered) return 'storage is not answering';
    const provider = this.provider.state;
    if (!provider.ok && provider.reason === 'misconfigured')
      return `segmind is misconfigured (${provider.kind})`;
    return null;
  }

  /** Resumes this process's unfinished jobs: those of the guilds its shards serve. */
  async #resumeJobs(): Promise<void> {
    const guildIds = [...this.client.guilds.cache.keys()];
    const active = await Promise.all(
      guildIds.map(async (g) => ({ g, jobs: await this.ledger.activeJobs(g) })),
    );
    const ids = active.flatMap(({ jobs }) => Object.keys(jobs));
    const records = new Map((await this.jobs.getMany(ids)).map((j) => [j.id, j]));
    const toResume: JobRecord[] = [];
    for (const { g, jobs } of active) {
      for (const [id, entry] of Object.entries(jobs)) {
        const job = records.get(id);
        // Credits not closed by a crash: settle delivered jobs, refund everything else that cannot run.
        if (!job) await this.ledger.refund(g, entry.userId, id, 'job record missing after restart');
        else if (job.state === 'done') await this.ledger.settle(g, job.userId, id);
        else if (job.state === 'failed') await this.ledger.refund(g, job.userId, id, job.failure?.code);
        else toResume.push(job);
      }
    }
    if (this.scheduler instanceof LocalScheduler)
      await this.scheduler.reconcile(new Set(toResume.map((j) => j.id)));
    this.logger.info(
      { guilds: guildIds.length, active: ids.length, resuming: toResume.length },
      'checked for unfinished jobs',
    );
    await this.runner.resume(toResume);
  }

  async #refreshGauges(): Promise<void> {
    while (this.#accepting) {
      try {
        const { queued, rendering } = await this.scheduler.counts();
        this.metrics.queueLength.set(queued);
        this.metrics.rendering.set(rendering);
      } catch {
        // storage down: /healthz says so
      }
      await new Promise((r) => setTimeout(r, 5_000).unref());
    }
  }

  /**
   * Stops taking new interactions, lets the ones being handled finish (bounded), stops job loops
   * without changing any job, then closes Discord and storage. The next start resumes every job.
   */
  async stop(): Promise<void> {
    this.#accepting = false;
    await within(Promise.allSettled([...this.#inFlight]), 3_000, undefined);
    await this.runner?.stop();
    await this.client?.destroy();
    await new Promise<void>((resolve) => (this.#http ? this.#http.close(() => resolve()) : resolve()));
    await this.storage?.close();
    if (this.#ownsDispatcher) await this.#dispatcher?.close();
  }
}
