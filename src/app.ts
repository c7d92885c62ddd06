import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, Events, Status } from 'discord.js';
import type { DestinationStream } from 'pino';
import type { Dispatcher } from 'undici';
import { configuredLimits, logBanner } from './banner.ts';
import { type Clock, systemClock } from './clock.ts';
import { type Config, secretsOf } from './config.ts';
import { createDiscord } from './discord/client.ts';
import type { BotContext } from './discord/context.ts';
import { type GuildAllowlist, guildAllowlist, watchUnlistedGuilds } from './discord/guildAccess.ts';
import { inviteUrl } from './discord/invite.ts';
import type { DiscordNotifier } from './discord/notifier.ts';
import type { OperatorAlerts } from './discord/operatorAlerts.ts';
import { PendingStore } from './discord/pending.ts';
import { checkReferences } from './discord/references.ts';
import { routeInteraction } from './discord/router.ts';
import { syncCommands } from './discord/syncCommands.ts';
import { startHttpServer } from './http.ts';
import { outputFetcher } from './jobs/output.ts';
import { reconcile } from './jobs/reconcile.ts';
import type { JobRunner } from './jobs/runner.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { BalanceWatch } from './segmind/balanceWatch.ts';
import { createRunner, createServices, type Services } from './services.ts';
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
 * The composition root: config → logger → storage → services → Discord client. `start()` logs in,
 * reconciles and resumes unfinished jobs, registers commands when they changed, and serves health.
 */
export class App {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics = createMetrics();
  readonly clock: Clock;
  client!: Client;
  storage!: Storage;
  services!: Services;
  runner!: JobRunner;
  notifier!: DiscordNotifier;
  alerts!: OperatorAlerts;
  balance!: BalanceWatch;
  readonly #overrides: AppOverrides;
  readonly #stopping = new AbortController();
  #http: Server | undefined;
  #accepting = false;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #allowlist: GuildAllowlist;

  constructor(config: Config, overrides: AppOverrides = {}) {
    this.config = config;
    this.#overrides = overrides;
    this.clock = overrides.clock ?? systemClock;
    this.#allowlist = guildAllowlist(config.ALLOWED_GUILDS);
    this.logger = createLogger({
      level: config.LOG_LEVEL,
      secrets: secretsOf(config),
      ...(overrides.logDestination ? { destination: overrides.logDestination } : {}),
    });
  }

  /** Interactions being handled right now (a job is started only once its interaction is answered). */
  get pendingInteractions(): number {
    return this.#inFlight.size;
  }

  get ledger() {
    return this.services.ledger;
  }

  get settings() {
    return this.services.settings;
  }

  get jobs() {
    return this.services.jobs;
  }

  async start(): Promise<void> {
    this.storage = await createStorage(this.config.STORAGE_URL);
    this.#buildServices();
    await this.balance.checkKeyAtStart();
    const resumed = this.#acceptInteractions();
    await this.#connect();
    this.#logBanner();
    await this.#resumeJobs();
    resumed();
    await this.#registerCommands();
    await this.#serveHttp();
    void this.#refreshGauges();
    void this.balance.run(this.#stopping.signal);
  }

  #buildServices(): void {
    const { config, clock, logger, metrics } = this;
    const o = this.#overrides;
    this.services = createServices({
      config,
      storage: this.storage,
      clock,
      logger,
      metrics,
      dispatcher: o.dispatcher,
    });
    const discord = createDiscord({
      config,
      clock,
      logger,
      metrics,
      settings: this.services.settings,
      shards: o.shards,
      shardCount: o.shardCount,
    });
    this.client = discord.client;
    watchUnlistedGuilds(this.client, {
      allowlist: this.#allowlist,
      leave: config.LEAVE_UNLISTED_GUILDS,
      logger,
    });
    this.notifier = discord.notifier;
    this.alerts = discord.alerts;
    this.balance = new BalanceWatch({
      balance: () => this.services.segmind.accountBalance(),
      clock,
      logger,
      lowUsd: config.SEGMIND_LOW_BALANCE_USD,
      busy: () => this.runner.activeCount > 0,
      onBalance: (usd) => metrics.segmindBalance.set(usd),
      onLow: (usd, since) => this.alerts.tell('low_balance', { params: { balance: usd.toFixed(2) } }, since),
    });
    this.runner = createRunner({
      services: this.services,
      notifier: this.notifier,
      config,
      clock,
      logger,
      metrics,
      tempDir: this.#tempDir(),
      queueRecheckMs: o.queueRecheckMs,
      usage: (info) => this.balance.observeInfo(info),
    });
  }

  /**
   * Routes interactions from now on. Those arriving before the unfinished jobs are resumed wait for
   * it (a few milliseconds): resuming settles the books of the jobs it finds, and must not mistake a
   * job being admitted right now for one a crash left half-made. Returns the "resumed" signal.
   */
  #acceptInteractions(): () => void {
    const { services, clock, logger, metrics } = this;
    const dispatcher = services.dispatcher;
    const ctx: BotContext = {
      clock,
      logger,
      settings: services.settings,
      ledger: services.ledger,
      jobs: services.jobs,
      history: services.history,
      fetchOutput: outputFetcher({ segmind: services.segmind, tempDir: this.#tempDir() }),
      runner: this.runner,
      provider: services.provider,
      notifier: this.notifier,
      alerts: this.alerts,
      checkReferences: (refs) =>
        checkReferences(refs, { dispatcher, now: clock.now(), hosts: this.config.DISCORD_CDN_HOSTS }),
      pending: new PendingStore(this.storage.kv.meta, clock),
      observeAck: (ms) => metrics.ackLatency.observe(ms / 1000),
      allowlist: this.#allowlist,
    };
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
    this.#accepting = true;
    return resumed;
  }

  /** Where videos are downloaded to before upload (the runner's and Re-post's). */
  #tempDir(): string {
    return this.#overrides.tempDir ?? this.config.TEMP_DIR ?? join(tmpdir(), 'clipcast');
  }

  async #connect(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.config.DISCORD_TOKEN);
    await ready;
    this.logger.info(
      {
        user: this.client.user?.tag,
        guilds: this.client.guilds.cache.size,
        shards: this.client.shard?.ids ?? [0],
      },
      'connected to Discord',
    );
  }

  /** Resumes this process's unfinished jobs: those of the guilds its shards serve. */
  async #resumeJobs(): Promise<void> {
    const toResume = await reconcile({
      guildIds: [...this.client.guilds.cache.keys()],
      reservations: this.services.ledger,
      store: this.services.jobs,
      scheduler: this.services.scheduler,
      logger: this.logger,
    });
    await this.runner.resume(toResume);
  }

  async #registerCommands(): Promise<void> {
    if (this.client.shard !== null && !this.client.shard.ids.includes(0)) return;
    const applicationId = this.#applicationId();
    try {
      await syncCommands({
        rest: this.client.rest,
        applicationId,
        meta: this.storage.kv.meta,
        logger: this.logger,
      });
    } catch (error) {
      this.logger.error({ err: error }, 'could not register the slash commands (will retry on next start)');
    }
  }

  #applicationId(): string {
    return this.client.application?.id ?? this.client.user?.id ?? '';
  }

  /** Who the bot is, the invite link, where the data lives and the limits in force. */
  #logBanner(): void {
    logBanner(this.logger, {
      userTag: this.client.user?.tag ?? 'clipcast',
      applicationId: this.#applicationId(),
      inviteUrl: inviteUrl(this.#applicationId()),
      storageUrl: this.config.STORAGE_URL,
      limits: configuredLimits(this.config),
      shards: this.client.shard?.ids ?? [0],
      shardCount: this.client.shard?.count,
    });
  }

  async #serveHttp(): Promise<void> {
    const { config } = this;
    if (config.HTTP_PORT === undefined) return;
    // Shard processes serve HTTP_PORT + their first shard id, so they never collide.
    const port = config.HTTP_PORT + (this.client.shard?.ids[0] ?? 0);
    this.#http = await startHttpServer({
      port,
      host: config.HTTP_HOST,
      metrics: this.metrics,
      health: { problem: () => this.healthProblem() },
    });
    this.logger.info({ port }, 'health and metrics listening');
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
    const provider = this.services.provider.state;
    if (!provider.ok && provider.reason === 'misconfigured')
      return `segmind is misconfigured (${provider.kind})`;
    return null;
  }

  async #refreshGauges(): Promise<void> {
    while (this.#accepting) {
      try {
        const { queued, rendering } = await this.services.scheduler.counts();
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
    this.#stopping.abort();
    await within(Promise.allSettled([...this.#inFlight]), 3_000, undefined);
    await this.runner?.stop();
    await this.client?.destroy();
    await new Promise<void>((resolve) => (this.#http ? this.#http.close(() => resolve()) : resolve()));
    await this.storage?.close();
    if (this.services?.ownsDispatcher) await this.services.dispatcher.close();
  }
}
