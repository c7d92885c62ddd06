import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { App } from './app.ts';
import { isShardProcess, loadConfigOrExit, secretsOf } from './config.ts';
import { createLogger, scrub } from './logger.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const secrets = secretsOf(config);

  // Scale-out: one process per shard, all sharing Redis. Children run this same file.
  if (config.SHARD_COUNT !== 1 && !isShardProcess()) {
    const logger = createLogger({ level: config.LOG_LEVEL, secrets });
    const manager = new ShardingManager(fileURLToPath(import.meta.url), {
      token: config.DISCORD_TOKEN,
      totalShards: config.SHARD_COUNT,
      execArgv: ['--import', 'tsx'],
      respawn: true,
    });
    manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard process started'));
    await manager.spawn({ timeout: 60_000 });
    const stop = () => {
      logger.info('stopping shard processes');
      for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
      setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return;
  }

  const app = new App(config);
  const { logger } = app;
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled promise rejection (the bot keeps running)'),
  );
  process.on('uncaughtException', (error) =>
    logger.error({ err: error }, 'uncaught exception (the bot keeps running)'),
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new work; unfinished jobs resume on the next start');
    const deadline = setTimeout(() => {
      logger.warn('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
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
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  try {
    await app.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/TokenInvalid|invalid token|401/i.test(message)) {
      logger.fatal(
        'Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot → Reset Token)',
      );
    } else {
      logger.fatal({ err: error }, 'clipcast could not start');
    }
    process.stderr.write(`clipcast could not start: ${scrub(message, secrets)}\n`);
    await app.stop().catch(() => {});
    process.exit(1);
  }
}

void main();
