import type {
  ChatInputCommandInteraction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
} from 'discord.js';
import type { BotContext } from '../../context.ts';
import { type T, translator } from '../../i18n.ts';
import type { AttachedFile } from '../../messageSender.ts';
import { shown } from '../../messages/format.ts';
import { isModerator } from '../../permissions.ts';
import { replyEphemeral, UserError } from '../../respond.ts';
import { creditsCommand } from './credits.ts';
import { moneyCommand } from './money.ts';
import { queueCommand } from './queue.ts';
import { roleCommand } from './role.ts';
import { settingsCommand } from './settings.ts';
import { userCommand } from './user.ts';

/** What a subcommand answers; `upload` is a file added to the answer once it is sent (see attachToReply). */
export type Reply = InteractionReplyOptions & InteractionEditReplyOptions & { upload?: AttachedFile };

/** What a `/clipcast` subcommand handler gets: the interaction, the moderator's language, a log-channel writer. */
export interface ModContext {
  ctx: BotContext;
  interaction: ChatInputCommandInteraction;
  guildId: string;
  moderatorId: string;
  t: T;
  /** Posts a line in the server's log channel (in the server's language). */
  log(line: (t: T) => string): Promise<boolean>;
}

export type SubcommandHandler = (m: ModContext) => Promise<Reply>;

/** The moderator's reason, as a log-line suffix (" — “…”"), or nothing. */
export const because = (t: T, reason: string | null) =>
  reason ? t('moderation.log.why', { reason: shown(reason, 200) }) : '';

/** Subcommand groups; `''` holds the subcommands outside a group (queue, stats, export). */
const GROUPS: Record<string, Record<string, SubcommandHandler>> = {
  '': { queue: queueCommand, ...moneyCommand },
  role: roleCommand,
  credits: creditsCommand,
  user: userCommand,
  settings: settingsCommand,
};

/**
 * `/clipcast …`: moderator tools, one file per subcommand group. Discord hides the command from
 * members without Manage Server, but server admins can override that, so the permission is checked
 * again here. Every change is confirmed to the moderator and written to the log channel.
 */
export async function handleClipcast(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  if (!isModerator(interaction)) throw new UserError((t) => t('moderation.moderatorOnly'));
  const guildId = interaction.guildId ?? '';
  const handler =
    GROUPS[interaction.options.getSubcommandGroup(false) ?? '']?.[interaction.options.getSubcommand(true)];
  if (!handler) throw new UserError((t) => t('common.commandGone'));
  const m: ModContext = {
    ctx,
    interaction,
    guildId,
    moderatorId: interaction.user.id,
    t: translator(interaction.locale),
    log: (line) => ctx.notifier.log(guildId, line),
  };
  const work = handler(m);
  await replyEphemeral(
    interaction,
    work.then(({ upload: _, ...payload }) => ({ allowedMentions: { parse: [] }, ...payload })),
  );
  const { upload } = await work;
  if (upload) await ctx.notifier.attachToReply(interaction.applicationId, interaction.token, upload);
}
