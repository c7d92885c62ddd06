import type { ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { translator } from '../i18n.ts';
import { memberOf } from '../memberRoles.ts';
import { helpEmbed } from '../messages/help.ts';
import { replyEphemeral } from '../respond.ts';
import { memberStanding } from './credits.ts';

/** `/help`: private; reads the member's account and the server's settings, changes nothing. */
export async function handleHelp(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const t = translator(interaction.locale);
  const guildId = interaction.guildId ?? '';
  const member = memberOf(interaction);
  const work = (async () => {
    const standing = await memberStanding(ctx, guildId, interaction.user.id, member);
    const embed = helpEmbed(t, { guildId, ...standing, moderator: member.moderator ?? false });
    return { embeds: [embed], allowedMentions: { parse: [] as [] } };
  })();
  await replyEphemeral(interaction, work);
}
