import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { english, localizations } from '../src/discord/i18n.ts';

/**
 * "Apps → Animate with clipcast" on any message: a message context-menu command. It has no
 * description; its name (shown in the menu, up to 32 characters) comes from the locale files.
 */
const names = localizations('commands.animate.name');

export const animateCommand: RESTPostAPIContextMenuApplicationCommandsJSONBody = {
  name: english('commands.animate.name'),
  ...(Object.keys(names).length ? { name_localizations: names } : {}),
  type: ApplicationCommandType.Message,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** The name Discord sends back as `commandName` (the default, untranslated one). */
export const ANIMATE_COMMAND_NAME = animateCommand.name;
