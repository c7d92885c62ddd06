import { randomBytes } from 'node:crypto';
import { type Interaction, MessageFlags } from 'discord.js';
import type { BotContext } from './context.ts';
import { handleButton, handleModal } from './handlers/buttons.ts';
import { handleClipcast } from './handlers/clipcast.ts';
import { handleCredits } from './handlers/credits.ts';
import { handleVideo } from './handlers/video.ts';
import { text } from './messages.ts';
import { type RepliableInteraction, sayEphemeral, UserError } from './respond.ts';

const COMMANDS = {
  video: handleVideo,
  credits: handleCredits,
  clipcast: handleClipcast,
} as const;

/**
 * Routes every interaction by command name or custom-id prefix, inside the one error boundary:
 * a {@link UserError} is shown as written; anything else is logged with a reference the user sees.
 */
export async function routeInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  if (!interaction.inGuild()) {
    if (interaction.isRepliable())
      await sayEphemeral(interaction as RepliableInteraction, 'clipcast works in servers only.').catch(
        () => {},
      );
    return;
  }
  const log = ctx.logger.child({
    interactionId: interaction.id,
    guildId: interaction.guildId,
    userId: interaction.user.id,
  });
  try {
    if (interaction.isChatInputCommand()) {
      const handler = COMMANDS[interaction.commandName as keyof typeof COMMANDS];
      if (!handler) {
        await sayEphemeral(interaction, 'This command is not available any more.');
        return;
      }
      await handler(ctx, interaction);
    } else if (interaction.isButton()) {
      await handleButton(ctx, interaction);
    } else if (interaction.isModalSubmit()) {
      await handleModal(ctx, interaction);
    } else if (interaction.isRepliable()) {
      await interaction.reply({ content: text.badCustomId, flags: MessageFlags.Ephemeral });
    }
  } catch (error) {
    if (!interaction.isRepliable()) {
      log.error({ err: error }, 'interaction failed');
      return;
    }
    if (error instanceof UserError) {
      await sayEphemeral(interaction as RepliableInteraction, error.message).catch(() => {});
      return;
    }
    const ref = randomBytes(4).toString('hex');
    log.error({ err: error, ref }, 'interaction handler failed');
    await sayEphemeral(interaction as RepliableInteraction, text.internalError(ref)).catch((e) =>
      log.warn({ err: e, ref }, 'could not report the error to the user'),
    );
  }
}
