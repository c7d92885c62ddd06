import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord-api-types/v10';
import { MAX_IMAGES, MAX_PROMPT_LENGTH, MAX_SEED } from '../src/videoInput.ts';
import { aspectRatioOption, durationOption } from './choices.ts';
import { describe, localize } from './localize.ts';

export const IMAGE_OPTION_NAMES = Array.from({ length: MAX_IMAGES }, (_, i) => `image${i + 1}`);

export const videoCommand = localize({
  name: 'video',
  type: ApplicationCommandType.ChatInput,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      name: 'prompt',
      type: ApplicationCommandOptionType.String,
      required: true,
      min_length: 1,
      max_length: MAX_PROMPT_LENGTH,
    },
    aspectRatioOption,
    durationOption,
    { name: 'seed', type: ApplicationCommandOptionType.Integer, min_value: -1, max_value: MAX_SEED },
    ...IMAGE_OPTION_NAMES.map((name, i) => ({
      name,
      type: ApplicationCommandOptionType.Attachment,
      ...describe('commands.video.image.description', { n: i + 1 }),
    })),
    { name: 'video', type: ApplicationCommandOptionType.Attachment },
  ],
});
