import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { aspectRatioOption, durationOption } from './choices.ts';

export const IMAGE_OPTION_NAMES = Array.from({ length: 14 }, (_, i) => `image${i + 1}`);

export const videoCommand = {
  name: 'video',
  description: 'Turn a prompt (plus optional reference images or video) into a short video with sound',
  type: ApplicationCommandType.ChatInput,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      name: 'prompt',
      description: 'What should happen in the video (up to 2000 characters)',
      type: ApplicationCommandOptionType.String,
      required: true,
      min_length: 1,
      max_length: 2000,
    },
    aspectRatioOption('Landscape or portrait (default: the server setting, else 16:9)'),
    durationOption('Length in seconds (default: the server setting, else 5)'),
    {
      name: 'seed',
      description: 'Seed for a reproducible result (-1 or empty = random)',
      type: ApplicationCommandOptionType.Integer,
      min_value: -1,
      max_value: 999_999_999,
    },
    ...IMAGE_OPTION_NAMES.map((name, i) => ({
      name,
      description: `Reference image ${i + 1} (PNG, JPEG, WebP or GIF)`,
      type: ApplicationCommandOptionType.Attachment as const,
    })),
    {
      name: 'video',
      description: 'Reference video (MP4, WebM or MOV) — beta',
      type: ApplicationCommandOptionType.Attachment,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
