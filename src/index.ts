import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { App } from './app.ts';
import { type Config, isShardProcess, loadConfigOrExit, secretsOf } from './config.ts';
import { createLogger } from './logger.ts';
import {
  onStopRequest,
  reportStartupFailure,
  SHUTDOWN_DEADLINE_MS,
  type StopReason,
  shardExecArgv,
  stopChildren,
} from './runtime.ts';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // Scale-out: one process per shard, all sharing Redis. Children run this same file.
  if (config.SHARD_COUNT !== 1 && !isShardProcess()) await manageShards(config);
  else await runBot(config);
}

/** The ShardingManager: spawns one process per shard, respawns a crashed one, stops them all on a signal. */
async function manageShards(config: Config): Promise<void> {
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  const manager = new ShardingManager(fileURLToPath(import.meta.url), {
    token: config.DISCORD_TOKEN,
    totalShards: config.SHARD_COUNT,
    execArgv: shardExecArgv(),
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard process started'));
  const stop = async (reason: StopReason | 'spawn failed', code: number) => {
    logger.info({ reason }, 'stopping shard processes');
    // Without discord.js's exit listener a stopped shard is not respawned.
    const children = [...manager.shards.values()].flatMap((shard) => {
      const child = shard.process;
      if (child) child.removeAllListeners('exit');
      return child ? [child] : [];
    });
    await stopChildren(children, SHUTDOWN_DEADLINE_MS + 1_000);
    logger.flush();
    process.exit(code);
  };
  onStopRequest((reason) => void stop(reason, 0), { parentDisconnect: false });
  try {
    await manager.spawn({ timeout: 60_000 });
  } catch (error) {
    logger.fatal({ err: error }, 'a shard process did not become ready');
    await stop('spawn failed', 1);
  }
}

async function runBot(config: Config): Promise<void> {
  const secrets = secretsOf(config);
  const app = new App(config);
  const { logger } = app;
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled promise rejection (the bot keeps running)'),
  );
  process.on('uncaughtException', (error) =>
    logger.error({ err: error }, 'uncaught exception (the bot keeps running)'),
  );

  const shutdown = (reason: StopReason) => {
    logger.info(
      { signal: reason },
      reason === 'disconnect'
        ? 'the shard manager is gone: shutting down; unfinished jobs resume on the next start'
        : 'shutting down: no new work; unfinished jobs resume on the next start',
    );
    setTimeout(() => {
      logger.warn('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app
      .stop()
      .then(() => {
        logger.flush();
        process.exit(0);
      })
      .catch((error) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  onStopRequest(shutdown, { parentDisconnect: isShardProcess() && process.connected === true });

  try {
    await app.start();
  } catch (error) {
    reportStartupFailure(error, { logger, level: config.LOG_LEVEL, secrets });
    await app.stop().catch(() => {});
    logger.flush();
    process.exit(1);
  }
}

void main();
