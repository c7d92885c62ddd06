import type { APIEmbed } from 'discord-api-types/v10';
import type { Account } from '../../credits/account.ts';
import type { MemberPolicy } from '../../credits/roles.ts';
import type { GuildSettings } from '../../credits/settings.ts';
import { DURATIONS } from '../../videoInput.ts';
import type { T } from '../i18n.ts';
import { BRAND_COLOR, channelMention, FIELD_LIMIT, linesWithin, listOf, relative } from './format.ts';
import { memberRolesText } from './roles.ts';

/** `/help`: one private screen — what the bot does, the member's limits, the server's settings, the commands. */
export function helpEmbed(
  t: T,
  o: {
    guildId: string;
    settings: GuildSettings;
    account: Account;
    policy: MemberPolicy;
    nextRefillAt: number;
    moderator: boolean;
  },
): APIEmbed {
  const { settings, account, policy } = o;
  const you = [
    t('help.balance', { balance: account.balance, refill: relative(o.nextRefillAt) }),
    t('help.allowance', { allowance: policy.allowance, hours: settings.refillHours }),
    t('help.jobs', { count: policy.maxJobs }),
    ...(account.blocked ? [t('help.blocked')] : []),
    memberRolesText(t, policy, o.guildId) ?? t('help.noRoles'),
  ];
  const channels = settings.allowedChannels.length
    ? listOf(t, settings.allowedChannels.slice(0, 10).map(channelMention))
    : t('settings.everyChannel');
  const server = [
    t('help.channels', { channels }),
    t('help.costs', {
      costs: DURATIONS.map(
        (d) =>
          `${t('common.seconds', { count: d })} → ${t('common.credits', { count: d * settings.costPerSecond })}`,
      ).join(' · '),
    }),
    t('help.defaults', { duration: settings.defaultDuration, aspectRatio: settings.defaultAspectRatio }),
    ...(settings.cooldownSeconds
      ? [t('help.cooldown', { cooldown: t('common.seconds', { count: settings.cooldownSeconds }) })]
      : []),
    t('help.serverJobs', { count: settings.maxJobsPerGuild }),
  ];
  const commands = [
    t('help.cmd.video'),
    t('help.cmd.credits'),
    t('help.cmd.clips'),
    t('help.cmd.help'),
    t('help.cmd.animate'),
    ...(o.moderator ? [t('help.cmd.clipcast')] : []),
  ];
  const field = (name: string, lines: string[]) => ({
    name,
    value: linesWithin(lines, FIELD_LIMIT),
    inline: false,
  });
  return {
    color: BRAND_COLOR,
    title: t('help.title'),
    description: t('help.about'),
    fields: [field(t('help.you'), you), field(t('help.server'), server), field(t('help.commands'), commands)],
  };
}
