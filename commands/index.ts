import { clipcastCommand } from './clipcast.ts';
import { clipsCommand } from './clips.ts';
import { creditsCommand } from './credits.ts';
import { helpCommand } from './help.ts';
import { videoCommand } from './video.ts';

/** Every command the bot registers, in registration order. */
export const commands = [videoCommand, creditsCommand, clipsCommand, helpCommand, clipcastCommand] as const;
