import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord-api-types/v10';
import { localize } from './localize.ts';

/** One private screen: what the bot does, the caller's limits, the server's settings, the commands. */
export const helpCommand = localize({
  name: 'help',
  type: ApplicationCommandType.ChatInput,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
});
