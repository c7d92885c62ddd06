import {
  type ApplicationCommandOptionAllowedChannelType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { ROLE_ACCESS } from '../src/credits/roles.ts';
import { aspectRatioOption, durationOption } from './choices.ts';
import { type Draft, localize } from './localize.ts';

const user: Draft = { name: 'user', type: Option.User, required: true };
const reason: Draft = { name: 'reason', type: Option.String, max_length: 200 };
const credits = (name: string, min: number): Draft => ({
  name,
  type: Option.Integer,
  required: true,
  min_value: min,
  max_value: 100_000,
});
const textChannels: ApplicationCommandOptionAllowedChannelType[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
];
const channel: Draft = { name: 'channel', type: Option.Channel, channel_types: textChannels };
const action: Draft = {
  name: 'action',
  type: Option.String,
  required: true,
  choices: [{ value: 'add' }, { value: 'remove' }, { value: 'clear' }],
};
const sub = (name: string, options: Draft[] = []): Draft => ({ name, type: Option.Subcommand, options });
const group = (name: string, options: Draft[]): Draft => ({ name, type: Option.SubcommandGroup, options });
const int = (name: string, min: number, max: number): Draft => ({
  name,
  type: Option.Integer,
  min_value: min,
  max_value: max,
});

/** Moderator tools. Hidden from members without Manage Server; the handler re-checks in code. */
export const clipcastCommand = localize({
  name: 'clipcast',
  type: ApplicationCommandType.ChatInput,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  options: [
    sub('queue'),
    group('role', [
      sub('set', [
        { name: 'role', type: Option.Role, required: true },
        int('allowance', -1, 100_000),
        int('jobs', -1, 50),
        { name: 'access', type: Option.String, choices: ROLE_ACCESS.map((value) => ({ value })) },
      ]),
      sub('clear', [{ name: 'role', type: Option.Role, required: true }]),
      sub('show'),
    ]),
    group('credits', [
      sub('show', [user]),
      sub('grant', [user, credits('amount', 1), reason]),
      sub('take', [user, credits('amount', 1), reason]),
      sub('set', [user, credits('amount', 0), reason]),
      sub('reset', [user]),
    ]),
    group('user', [sub('block', [user, reason]), sub('unblock', [user])]),
    group('settings', [
      sub('show'),
      sub('credits', [
        int('allowance', 0, 100_000),
        int('refill_hours', 1, 24 * 90),
        int('cost_per_second', 0, 1_000),
      ]),
      sub('limits', [
        int('cooldown_seconds', 0, 86_400),
        int('user_jobs', 1, 50),
        int('server_jobs', 1, 500),
      ]),
      sub('channels', [action, channel]),
      sub('words', [action, { name: 'word', type: Option.String, max_length: 100 }]),
      sub('log-channel', [channel]),
      sub('defaults', [aspectRatioOption, durationOption]),
      sub('cost-preview', [{ ...int('credits', 0, 100_000), required: true }]),
      sub('reset'),
      sub('budget', [
        { name: 'usd', type: Option.Number, min_value: 0, max_value: 1_000_000 },
        { name: 'clear', type: Option.Boolean },
      ]),
    ]),
    sub('stats'),
    sub('export', [int('days', 1, 90)]),
  ],
});
