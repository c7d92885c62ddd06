import type { ButtonInteraction } from 'discord.js';
import { parseConfirmation } from '../../components.ts';
import type { BotContext } from '../../context.ts';
import { translator } from '../../i18n.ts';
import { settingsEmbed } from '../../messages/embeds.ts';
import { mention } from '../../messages/format.ts';
import { isModerator } from '../../permissions.ts';
import { UserError } from '../../respond.ts';

/**
 * A moderator's answer to a confirmation (today: resetting every setting). The reset is written to
 * the log channel *before* it happens, since the reset turns that channel off.
 */
export async function handleConfirmation(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const confirmation = parseConfirmation(interaction.customId);
  if (!confirmation) throw new UserError((t) => t('common.badCustomId'));
  if (interaction.user.id !== confirmation.moderatorId || !isModerator(interaction))
    throw new UserError((t) => t('moderation.notYourConfirm'));
  const t = translator(interaction.locale);
  if (ctx.clock.now() > confirmation.expiresAt) {
    await interaction.update({ content: t('moderation.confirmExpired'), components: [] });
    return;
  }
  if (!confirmation.yes) {
    await interaction.update({ content: t('moderation.resetKept'), components: [] });
    return;
  }
  const guildId = interaction.guildId ?? '';
  await ctx.notifier.log(guildId, (lt) =>
    lt('moderation.log.settingsReset', { mod: mention(interaction.user.id) }),
  );
  const next = await ctx.settings.reset(guildId);
  await interaction.update({
    content: t('moderation.resetDone'),
    embeds: [settingsEmbed(t, next)],
    components: [],
    allowedMentions: { parse: [] },
  });
}
