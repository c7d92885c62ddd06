import { animateCommand } from './animate.ts';
import { clipcastCommand } from './clipcast.ts';
import { creditsCommand } from './credits.ts';
import { videoCommand } from './video.ts';

/** Every command the bot registers, in registration order. */
export const commands = [videoCommand, creditsCommand, clipcastCommand, animateCommand] as const;
