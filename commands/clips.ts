import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord-api-types/v10';
import { localize } from './localize.ts';

/** The caller's own history, private; paging and Re-post are buttons. */
export const clipsCommand = localize({
  name: 'clips',
  type: ApplicationCommandType.ChatInput,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
});
