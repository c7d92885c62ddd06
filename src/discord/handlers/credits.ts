import type { ChatInputCommandInteraction } from 'discord.js';
import { nextRefillAt } from '../../credits/account.ts';
import { type MemberRoles, periodOf } from '../../credits/admission.ts';
import type { BotContext } from '../context.ts';
import { type T, translator } from '../i18n.ts';
import { memberOf } from '../memberRoles.ts';
import { creditsEmbed } from '../messages/embeds.ts';
import { memberRolesText } from '../messages/roles.ts';
import { replyEphemeral } from '../respond.ts';

/**
 * The embed `/credits` and the moderators' `credits show` both use. The allowance shown is the
 * member's own (from their roles), and a "Your roles" field says which role gives what.
 */
/** A member's account as /credits and /help show it: the policy their roles give, and the next refill. */
export async function memberStanding(
  ctx: BotContext,
  guildId: string,
  userId: string,
  member: MemberRoles = {},
) {
  const settings = await ctx.settings.get(guildId);
  const account = await ctx.ledger.peek(guildId, userId, member.roles);
  const policy = await ctx.ledger.policy(guildId, userId, { ...member, roles: account.roles });
  const nextRefill = nextRefillAt(account, periodOf(settings, policy.allowance));
  return { settings, account, policy, nextRefillAt: nextRefill };
}

export async function creditsView(
  ctx: BotContext,
  t: T,
  guildId: string,
  userId: string,
  who: string,
  member: MemberRoles = {},
) {
  const { settings, account, policy, nextRefillAt } = await memberStanding(ctx, guildId, userId, member);
  const recent = await ctx.jobs.getMany(account.recentJobs);
  const mine = { ...settings, allowance: policy.allowance };
  const embed = creditsEmbed(t, { who, account, settings: mine, nextRefillAt, recent });
  const roles = memberRolesText(t, policy, guildId);
  if (roles) embed.fields?.splice(4, 0, { name: t('roles.field'), value: roles, inline: false });
  return embed;
}

export async function handleCredits(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const t = translator(interaction.locale);
  const guildId = interaction.guildId ?? '';
  await replyEphemeral(
    interaction,
    creditsView(
      ctx,
      t,
      guildId,
      interaction.user.id,
      interaction.user.displayName,
      memberOf(interaction),
    ).then((embed) => ({ embeds: [embed], allowedMentions: { parse: [] } })),
  );
}
