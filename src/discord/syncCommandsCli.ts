import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { type APIApplication, Routes } from 'discord-api-types/v10';
import { loadConfigOrExit, secretsOf } from '../config.ts';
import { createLogger } from '../logger.ts';
import { createStorage } from '../storage/index.ts';
import { syncCommands } from './syncCommands.ts';

/**
 * `npm run sync-commands [-- --guild ID] [-- --force]`: registers the slash commands now.
 * With --guild they go to one server and appear at once (handy while developing).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { guild: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild)) {
    process.stderr.write(
      '--guild takes a server id (17–20 digits: right-click the server → Copy Server ID)\n',
    );
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: secretsOf(config) });
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const application: Partial<APIApplication> = Object(await rest.get(Routes.currentApplication()));
  if (typeof application.id !== 'string')
    throw new Error('Discord did not say which application this token belongs to');
  // Beside a running bot on the same SQLite file: no instance lock.
  const storage = await createStorage(config.STORAGE_URL, { exclusive: false });
  try {
    const outcome = await syncCommands({
      rest,
      applicationId: application.id,
      meta: storage.kv.meta,
      logger,
      guildId: values.guild,
      force: values.force || values.guild !== undefined,
    });
    process.stdout.write(`commands ${outcome}${values.guild ? ` in server ${values.guild}` : ' globally'}\n`);
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sync failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
