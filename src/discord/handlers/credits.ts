import type { ChatInputCommandInteraction } from 'discord.js';
import { nextRefillAt } from '../../credits/account.ts';
import { periodOf } from '../../credits/ledger.ts';
import type { BotContext } from '../context.ts';
import { type T, translator } from '../i18n.ts';
import { creditsEmbed } from '../messages/embeds.ts';
import { replyEphemeral } from '../respond.ts';

/** The embed `/credits` and the moderators' `credits show` both use. */
export async function creditsView(ctx: BotContext, t: T, guildId: string, userId: string, who: string) {
  const settings = await ctx.settings.get(guildId);
  const account = await ctx.ledger.peek(guildId, userId);
  const recent = await ctx.jobs.getMany(account.recentJobs);
  return creditsEmbed(t, {
    who,
    account,
    settings,
    nextRefillAt: nextRefillAt(account, periodOf(settings)),
    recent,
  });
}

export async function handleCredits(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const t = translator(interaction.locale);
  const guildId = interaction.guildId ?? '';
  await replyEphemeral(
    interaction,
    creditsView(ctx, t, guildId, interaction.user.id, interaction.user.displayName).then((embed) => ({
      embeds: [embed],
    })),
  );
}
