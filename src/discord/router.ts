import { randomBytes } from 'node:crypto';
import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import { ANIMATE_COMMAND_NAME } from '../../commands/animate.ts';
import { isStorageUnavailable } from '../storage/index.ts';
import type { BotContext } from './context.ts';
import { refuseUnlisted } from './guildAccess.ts';
import { handleAnimateCommand, handleAnimateForm } from './handlers/animate.ts';
import { handleClipButton } from './handlers/clip.ts';
import { handleConfirmation } from './handlers/clipcast/confirm.ts';
import { handleClipcast } from './handlers/clipcast/index.ts';
import { handleClips, handleClipsButton } from './handlers/clips.ts';
import { handlePreviewButton } from './handlers/costPreview.ts';
import { handleCredits } from './handlers/credits.ts';
import { handleEditForm } from './handlers/editForm.ts';
import { handleHelp } from './handlers/help.ts';
import { handleQueueButton } from './handlers/queue.ts';
import { handleVideo } from './handlers/video.ts';
import { translator } from './i18n.ts';
import { type RepliableInteraction, sayEphemeral, UserError } from './respond.ts';

const COMMANDS: Record<string, (ctx: BotContext, i: ChatInputCommandInteraction) => Promise<void>> = {
  video: handleVideo,
  credits: handleCredits,
  clipcast: handleClipcast,
  clips: handleClips,
  help: handleHelp,
};

const MESSAGE_COMMANDS: Record<
  string,
  (ctx: BotContext, i: MessageContextMenuCommandInteraction) => Promise<void>
> = {
  [ANIMATE_COMMAND_NAME]: handleAnimateCommand,
};

/** Buttons and modals by custom-id prefix (`clip:…`, `confirm:…`, `preview:…`; forms by kind, `form:edit:…`). */
const BUTTONS: Record<string, (ctx: BotContext, i: ButtonInteraction) => Promise<void>> = {
  clip: handleClipButton,
  confirm: handleConfirmation,
  preview: handlePreviewButton,
  queue: handleQueueButton,
  clips: handleClipsButton,
};
const MODALS: Record<string, (ctx: BotContext, i: ModalSubmitInteraction) => Promise<void>> = {
  'form:edit': handleEditForm,
  'form:animate': handleAnimateForm,
};

const prefix = (customId: string) => customId.split(':', 1)[0] ?? '';
const formPrefix = (customId: string) => customId.split(':', 2).join(':');

/**
 * Routes every interaction by command name or custom-id prefix, inside the one error boundary:
 * a {@link UserError} (every refusal) is shown privately in the member's language; anything else is
 * logged with a reference the user sees. Nothing else renders a refusal.
 */
export async function routeInteraction(ctx: BotContext, interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  // discord.js's type guards below narrow `interaction` away from RepliableInteraction; keep it here.
  const repliable = interaction as RepliableInteraction;
  try {
    if (!interaction.inGuild()) throw new UserError((t) => t('common.serversOnly'));
    refuseUnlisted(ctx.allowlist, interaction.guildId);
    if (interaction.isChatInputCommand()) {
      const handler = COMMANDS[interaction.commandName];
      if (!handler) throw new UserError((t) => t('common.commandGone'));
      await handler(ctx, interaction);
    } else if (interaction.isMessageContextMenuCommand()) {
      const handler = MESSAGE_COMMANDS[interaction.commandName];
      if (!handler) throw new UserError((t) => t('common.commandGone'));
      await handler(ctx, interaction);
    } else if (interaction.isButton()) {
      const handler = BUTTONS[prefix(interaction.customId)];
      if (!handler) throw new UserError((t) => t('common.badCustomId'));
      await handler(ctx, interaction);
    } else if (interaction.isModalSubmit()) {
      const handler = MODALS[formPrefix(interaction.customId)];
      if (!handler) throw new UserError((t) => t('common.badCustomId'));
      await handler(ctx, interaction);
    } else {
      throw new UserError((t) => t('common.badCustomId'));
    }
  } catch (error) {
    await report(ctx, repliable, error);
  }
}

async function report(ctx: BotContext, interaction: RepliableInteraction, error: unknown): Promise<void> {
  const t = translator(interaction.locale);
  const log = ctx.logger.child({
    interactionId: interaction.id,
    guildId: interaction.guildId,
    userId: interaction.user.id,
  });
  if (error instanceof UserError) {
    await sayEphemeral(interaction, error.say(t)).catch((e) =>
      log.warn({ err: e }, 'could not send a refusal'),
    );
    return;
  }
  if (isStorageUnavailable(error)) {
    // An outage, not a bug: the member is told to retry (nothing was charged), and the bot goes on.
    log.warn({ err: error }, 'storage unavailable; the interaction was refused');
    await sayEphemeral(interaction, t('common.storageDown')).catch((e) =>
      log.warn({ err: e }, 'could not send a refusal'),
    );
    return;
  }
  const ref = randomBytes(4).toString('hex');
  log.error({ err: error, ref }, 'interaction handler failed');
  await sayEphemeral(interaction, t('common.internalError', { ref })).catch((e) =>
    log.warn({ err: e, ref }, 'could not report the error to the user'),
  );
}
