import { createHash } from 'node:crypto';
import type { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import type Keyv from 'keyv';
import { commands } from '../../commands/index.ts';
import type { Logger } from '../logger.ts';

function commandsHash(defs: readonly unknown[] = commands): string {
  return createHash('sha256').update(JSON.stringify(defs)).digest('hex');
}

/**
 * Bulk-overwrites the bot's commands when their definitions differ from the last ones registered
 * (a hash kept in storage per target), so a new user never runs a separate step and Discord's
 * 200-creates-a-day limit is never spent on restarts.
 */
export async function syncCommands(options: {
  rest: REST;
  applicationId: string;
  meta: Keyv;
  logger: Logger;
  guildId?: string | undefined;
  force?: boolean;
}): Promise<'synced' | 'unchanged'> {
  const hash = commandsHash();
  const target = options.guildId ? `guild:${options.guildId}` : 'global';
  const key = `commands:${options.applicationId}:${target}`;
  if (!options.force && (await options.meta.get(key)) === hash) {
    options.logger.debug({ target }, 'commands unchanged; not syncing');
    return 'unchanged';
  }
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  await options.rest.put(route, { body: commands });
  await options.meta.set(key, hash);
  options.logger.info({ target, count: commands.length }, 'commands registered');
  return 'synced';
}
