import type { ChatInputCommandInteraction } from 'discord.js';
import { IMAGE_OPTION_NAMES } from '../../../commands/video.ts';
import type { BotContext } from '../context.ts';
import { UserError } from '../respond.ts';
import { admitAndStart } from '../startJob.ts';
import { parseVideoOptions, type RawAttachment } from '../videoOptions.ts';

function attachment(interaction: ChatInputCommandInteraction, name: string): RawAttachment | null {
  const a = interaction.options.getAttachment(name);
  return a ? { name: a.name, contentType: a.contentType, size: a.size, url: a.url } : null;
}

/** `/video`: validate (no I/O, so a bad option is answered at once), then admit and start. */
export async function handleVideo(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const parsed = parseVideoOptions({
    prompt: interaction.options.getString('prompt'),
    aspectRatio: interaction.options.getString('aspect_ratio'),
    duration: interaction.options.getInteger('duration'),
    seed: interaction.options.getInteger('seed'),
    images: IMAGE_OPTION_NAMES.map((n) => attachment(interaction, n)).filter(
      (a): a is RawAttachment => a !== null,
    ),
    video: attachment(interaction, 'video'),
  });
  if (!parsed.ok) throw new UserError((t) => `⚠️ ${parsed.say(t)}`);
  await admitAndStart(ctx, interaction, parsed.value, {
    kind: 'command',
    parentId: null,
  });
}
