import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { ASPECT_RATIOS, DURATIONS } from '../src/videoInput.ts';
import type { Draft } from './localize.ts';

/** The aspect-ratio option shared by /video and the server-defaults setting (texts by path). */
export const aspectRatioOption: Draft = {
  name: 'aspect_ratio',
  type: ApplicationCommandOptionType.String,
  choices: ASPECT_RATIOS.map((value) => ({ value })),
};

/** The duration option shared by /video and the server-defaults setting (texts by path). */
export const durationOption: Draft = {
  name: 'duration',
  type: ApplicationCommandOptionType.Integer,
  choices: DURATIONS.map((value) => ({ value })),
};
