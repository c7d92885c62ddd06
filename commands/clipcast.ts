import {
  type ApplicationCommandOptionAllowedChannelType,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { aspectRatioOption, durationOption } from './choices.ts';

const user = (description: string) =>
  ({ name: 'user', description, type: ApplicationCommandOptionType.User, required: true }) as const;
const reason = {
  name: 'reason',
  description: 'Why (shown in the log channel)',
  type: ApplicationCommandOptionType.String,
  max_length: 200,
} as const;
const textChannels: ApplicationCommandOptionAllowedChannelType[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
];

/** Moderator tools. Hidden from members without Manage Server; the handler re-checks in code. */
export const clipcastCommand = {
  name: 'clipcast',
  description: 'Moderator tools for clipcast: credits, blocks and server settings',
  type: ApplicationCommandType.ChatInput,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  options: [
    {
      name: 'credits',
      description: 'See or change a member’s credits',
      type: ApplicationCommandOptionType.SubcommandGroup,
      options: [
        {
          name: 'show',
          description: 'A member’s balance, reservations and recent jobs',
          type: ApplicationCommandOptionType.Subcommand,
          options: [user('Whose credits')],
        },
        {
          name: 'grant',
          description: 'Give (or with a negative amount take) credits',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            user('Who gets them'),
            {
              name: 'amount',
              description: 'Credits to add; negative to remove',
              type: ApplicationCommandOptionType.Integer,
              required: true,
              min_value: -100_000,
              max_value: 100_000,
            },
            reason,
          ],
        },
        {
          name: 'set',
          description: 'Set a member’s balance to an exact number',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            user('Whose balance'),
            {
              name: 'amount',
              description: 'The new balance',
              type: ApplicationCommandOptionType.Integer,
              required: true,
              min_value: 0,
              max_value: 100_000,
            },
            reason,
          ],
        },
        {
          name: 'reset',
          description: 'Back to a full allowance, with a fresh period from now',
          type: ApplicationCommandOptionType.Subcommand,
          options: [user('Whose credits')],
        },
      ],
    },
    {
      name: 'user',
      description: 'Block or unblock a member from making videos',
      type: ApplicationCommandOptionType.SubcommandGroup,
      options: [
        {
          name: 'block',
          description: 'Stop a member from making videos',
          type: ApplicationCommandOptionType.Subcommand,
          options: [user('Who to block'), reason],
        },
        {
          name: 'unblock',
          description: 'Let a blocked member make videos again',
          type: ApplicationCommandOptionType.Subcommand,
          options: [user('Who to unblock')],
        },
      ],
    },
    {
      name: 'settings',
      description: 'Server settings',
      type: ApplicationCommandOptionType.SubcommandGroup,
      options: [
        {
          name: 'show',
          description: 'Show every setting of this server',
          type: ApplicationCommandOptionType.Subcommand,
        },
        {
          name: 'credits',
          description: 'Allowance, refill period and cost',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            {
              name: 'allowance',
              description: 'Credits each member gets per period (default 30)',
              type: ApplicationCommandOptionType.Integer,
              min_value: 0,
              max_value: 100_000,
            },
            {
              name: 'refill_hours',
              description: 'Length of the period in hours (default 24)',
              type: ApplicationCommandOptionType.Integer,
              min_value: 1,
              max_value: 2160,
            },
            {
              name: 'cost_per_second',
              description: 'Credits per second of video (default 1)',
              type: ApplicationCommandOptionType.Integer,
              min_value: 0,
              max_value: 1000,
            },
          ],
        },
        {
          name: 'limits',
          description: 'Cooldown and concurrent-job caps',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            {
              name: 'cooldown_seconds',
              description: 'Seconds between a member’s videos (default 0)',
              type: ApplicationCommandOptionType.Integer,
              min_value: 0,
              max_value: 86_400,
            },
            {
              name: 'user_jobs',
              description: 'Unfinished jobs per member (default 2)',
              type: ApplicationCommandOptionType.Integer,
              min_value: 1,
              max_value: 50,
            },
            {
              name: 'server_jobs',
              description: 'Unfinished jobs in this server (default 10)',
              type: ApplicationCommandOptionType.Integer,
              min_value: 1,
              max_value: 500,
            },
          ],
        },
        {
          name: 'channels',
          description: 'Where /video may be used (none listed = everywhere)',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            {
              name: 'action',
              description: 'Add, remove or clear',
              type: ApplicationCommandOptionType.String,
              required: true,
              choices: [
                { name: 'allow a channel', value: 'add' },
                { name: 'remove a channel', value: 'remove' },
                { name: 'allow every channel', value: 'clear' },
              ],
            },
            {
              name: 'channel',
              description: 'The channel',
              type: ApplicationCommandOptionType.Channel,
              channel_types: textChannels,
            },
          ],
        },
        {
          name: 'words',
          description: 'Blocked words and phrases (whole words, any case or accents)',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            {
              name: 'action',
              description: 'Add, remove or clear',
              type: ApplicationCommandOptionType.String,
              required: true,
              choices: [
                { name: 'block a word', value: 'add' },
                { name: 'unblock a word', value: 'remove' },
                { name: 'clear the list', value: 'clear' },
              ],
            },
            {
              name: 'word',
              description: 'The word or phrase',
              type: ApplicationCommandOptionType.String,
              max_length: 100,
            },
          ],
        },
        {
          name: 'log-channel',
          description: 'Where job and moderator logs go (leave empty to turn off)',
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            {
              name: 'channel',
              description: 'The log channel',
              type: ApplicationCommandOptionType.Channel,
              channel_types: textChannels,
            },
          ],
        },
        {
          name: 'defaults',
          description: 'Default aspect ratio and duration for /video',
          type: ApplicationCommandOptionType.Subcommand,
          options: [aspectRatioOption('Default aspect ratio'), durationOption('Default duration')],
        },
        {
          name: 'reset',
          description: 'Every setting back to its default',
          type: ApplicationCommandOptionType.Subcommand,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
