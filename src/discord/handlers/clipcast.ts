import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import type { GuildSettings } from '../../credits/settings.ts';
import type { BotContext } from '../context.ts';
import { quote, settingsEmbed, text } from '../messages.ts';
import { replyEphemeral, sayEphemeral } from '../respond.ts';
import { creditsView } from './credits.ts';

export function isModerator(interaction: { memberPermissions: { has(p: bigint): boolean } | null }): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

/**
 * `/clipcast …`: moderator tools. Discord hides the command from members without Manage Server,
 * but server admins can override that, so the permission is checked again here.
 */
export async function handleClipcast(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  if (!isModerator(interaction)) {
    await sayEphemeral(interaction, text.moderatorOnly);
    return;
  }
  const guildId = interaction.guildId as string;
  const mod = interaction.user.id;
  const group = interaction.options.getSubcommandGroup(true);
  const sub = interaction.options.getSubcommand(true);
  const log = (line: string) => ctx.notifier.log(guildId, `🛠️ <@${mod}> ${line}`);

  const work = async () => {
    if (group === 'credits') {
      const user = interaction.options.getUser('user', true);
      const reason = interaction.options.getString('reason') ?? undefined;
      const why = reason ? ` — “${quote(reason)}”` : '';
      if (sub === 'show') return { embeds: [await creditsView(ctx, guildId, user.id, user.displayName)] };
      if (sub === 'grant') {
        const amount = interaction.options.getInteger('amount', true);
        const account = await ctx.ledger.grant(guildId, user.id, amount, mod, reason);
        const applied = account.log[0]?.delta ?? amount;
        await log(
          `${applied >= 0 ? 'granted' : 'removed'} ${Math.abs(applied)} credits ${applied >= 0 ? 'to' : 'from'} <@${user.id}> (balance ${account.balance})${why}`,
        );
        return {
          content: `✅ ${applied >= 0 ? 'Granted' : 'Removed'} **${Math.abs(applied)}** credits ${applied >= 0 ? 'to' : 'from'} <@${user.id}>. Balance now **${account.balance}**.`,
        };
      }
      if (sub === 'set') {
        const amount = interaction.options.getInteger('amount', true);
        const account = await ctx.ledger.setBalance(guildId, user.id, amount, mod, reason);
        await log(`set <@${user.id}>'s balance to ${account.balance}${why}`);
        return { content: `✅ <@${user.id}>'s balance is now **${account.balance}**.` };
      }
      const account = await ctx.ledger.reset(guildId, user.id, mod);
      await log(`reset <@${user.id}>'s credits to ${account.balance}`);
      return {
        content: `✅ Reset <@${user.id}> to a full allowance of **${account.balance}**, with a fresh period from now.`,
      };
    }
    if (group === 'user') {
      const user = interaction.options.getUser('user', true);
      const blocked = sub === 'block';
      const reason = interaction.options.getString('reason');
      await ctx.ledger.setBlocked(guildId, user.id, blocked);
      await log(`${blocked ? 'blocked' : 'unblocked'} <@${user.id}>${reason ? ` — “${quote(reason)}”` : ''}`);
      return {
        content: blocked
          ? `✅ <@${user.id}> can no longer make videos here.`
          : `✅ <@${user.id}> can make videos again.`,
      };
    }
    const current = await ctx.settings.get(guildId);
    let change: Partial<GuildSettings> | null = null;
    switch (sub) {
      case 'show':
        return { embeds: [settingsEmbed(current)] };
      case 'credits':
        change = pick({
          allowance: interaction.options.getInteger('allowance'),
          refillHours: interaction.options.getInteger('refill_hours'),
          costPerSecond: interaction.options.getInteger('cost_per_second'),
        });
        break;
      case 'limits':
        change = pick({
          cooldownSeconds: interaction.options.getInteger('cooldown_seconds'),
          maxJobsPerUser: interaction.options.getInteger('user_jobs'),
          maxJobsPerGuild: interaction.options.getInteger('server_jobs'),
        });
        break;
      case 'defaults':
        change = pick({
          defaultAspectRatio: interaction.options.getString('aspect_ratio') as
            | GuildSettings['defaultAspectRatio']
            | null,
          defaultDuration: interaction.options.getInteger('duration') as
            | GuildSettings['defaultDuration']
            | null,
        });
        break;
      case 'log-channel':
        change = { logChannelId: interaction.options.getChannel('channel')?.id ?? null };
        break;
      case 'channels': {
        const action = interaction.options.getString('action', true);
        const channel = interaction.options.getChannel('channel')?.id;
        if (action !== 'clear' && !channel) return { content: '⚠️ Pick a channel to add or remove.' };
        const list = new Set(current.allowedChannels);
        if (action === 'clear') list.clear();
        else if (action === 'add') list.add(channel as string);
        else list.delete(channel as string);
        change = { allowedChannels: [...list] };
        break;
      }
      case 'words': {
        const action = interaction.options.getString('action', true);
        const word = interaction.options.getString('word')?.trim();
        if (action !== 'clear' && !word) return { content: '⚠️ Give the word or phrase to add or remove.' };
        const list = current.blockedWords.filter((w) => w.toLowerCase() !== word?.toLowerCase());
        change = {
          blockedWords: action === 'clear' ? [] : action === 'add' ? [...list, word as string] : list,
        };
        break;
      }
      case 'reset': {
        const next = await ctx.settings.reset(guildId);
        await log('reset every clipcast setting to its default');
        return { content: '✅ Every setting is back to its default.', embeds: [settingsEmbed(next)] };
      }
    }
    if (!change || Object.keys(change).length === 0) {
      return {
        content: 'Nothing to change: give at least one option. Current settings:',
        embeds: [settingsEmbed(current)],
      };
    }
    const next = await ctx.settings.update(guildId, change);
    const summary = describeChange(current, next);
    await log(`changed settings: ${summary}`);
    return { content: `✅ Updated: ${summary}`, embeds: [settingsEmbed(next)] };
  };
  await replyEphemeral(
    interaction,
    work().then((payload) => ({ allowedMentions: { parse: [] }, ...payload })),
  );
}

function pick<T extends Record<string, unknown>>(
  values: T,
): Partial<{ [K in keyof T]: Exclude<T[K], null> }> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<{
    [K in keyof T]: Exclude<T[K], null>;
  }>;
}

function describeChange(before: GuildSettings, after: GuildSettings): string {
  const parts: string[] = [];
  for (const key of Object.keys(after) as Array<keyof GuildSettings>) {
    const a = JSON.stringify(before[key]);
    const b = JSON.stringify(after[key]);
    if (a !== b) parts.push(`${key} ${a} → ${b}`);
  }
  return (parts.join(', ') || 'no change').slice(0, 1500);
}
