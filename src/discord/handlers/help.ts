import type { ChatInputCommandInteraction } from 'discord.js';
import { nextRefillAt } from '../../credits/account.ts';
import { periodOf } from '../../credits/admission.ts';
import type { BotContext } from '../context.ts';
import { translator } from '../i18n.ts';
import { memberOf } from '../memberRoles.ts';
import { helpEmbed } from '../messages/help.ts';
import { replyEphemeral } from '../respond.ts';

/** `/help`: private; reads the member's account and the server's settings, changes nothing. */
export async function handleHelp(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const t = translator(interaction.locale);
  const guildId = interaction.guildId ?? '';
  const member = memberOf(interaction);
  const work = (async () => {
    const settings = await ctx.settings.get(guildId);
    const account = await ctx.ledger.peek(guildId, interaction.user.id, member.roles);
    const policy = await ctx.ledger.policy(guildId, interaction.user.id, member);
    const embed = helpEmbed(t, {
      guildId,
      settings,
      account,
      policy,
      nextRefillAt: nextRefillAt(account, periodOf(settings, policy.allowance)),
      moderator: member.moderator ?? false,
    });
    return { embeds: [embed], allowedMentions: { parse: [] as [] } };
  })();
  await replyEphemeral(interaction, work);
}
