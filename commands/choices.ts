import {
  type APIApplicationCommandIntegerOption,
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
} from 'discord-api-types/v10';

/** The aspect-ratio option shared by /video and the server-defaults setting. */
export const aspectRatioOption = (description: string): APIApplicationCommandStringOption => ({
  name: 'aspect_ratio',
  description,
  type: ApplicationCommandOptionType.String,
  choices: [
    { name: '16:9 landscape', value: '16:9' },
    { name: '9:16 portrait', value: '9:16' },
  ],
});

/** The duration option shared by /video and the server-defaults setting. */
export const durationOption = (description: string): APIApplicationCommandIntegerOption => ({
  name: 'duration',
  description,
  type: ApplicationCommandOptionType.Integer,
  choices: [
    { name: '3 seconds', value: 3 },
    { name: '5 seconds', value: 5 },
    { name: '10 seconds', value: 10 },
  ],
});
