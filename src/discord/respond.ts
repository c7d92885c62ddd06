import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { within } from '../util/within.ts';
import type { T } from './i18n.ts';

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * How long the bot waits for a decision before acknowledging with a defer instead of answering
 * directly. Short, so a burst (where decisions queue behind each other) is still acknowledged at
 * once; a single command is normally decided well within it and answered directly.
 */
export const QUICK_ANSWER_MS = 250;

/** The latest the bot may still send a first response itself (Discord allows 3 s). */
export const ACK_BUDGET_MS = 2_000;

/** Renders a sentence in the reader's language. */
export type Say = (t: T) => string;

/**
 * A refusal or a problem the user can fix (quota, cooldown, bad input, content blocked): thrown by
 * handlers, shown by the router only, privately, in the member's language. It charges nothing.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly say: Say;

  constructor(say: Say) {
    super('user error');
    this.say = say;
  }
}

/**
 * Answers ephemerally with the result of `work`: directly when it is quick, else after deferring,
 * so the interaction is acknowledged in time whatever storage is doing.
 */
export async function replyEphemeral(
  interaction: RepliableInteraction,
  work: Promise<InteractionReplyOptions & InteractionEditReplyOptions>,
): Promise<void> {
  const LATE = Symbol('late');
  const early = await within(work, QUICK_ANSWER_MS, LATE);
  if (early !== LATE) {
    // discord.js types reply and editReply options apart though `early` fits both.
    await interaction.reply({ ...early, flags: MessageFlags.Ephemeral } as InteractionReplyOptions);
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(await work);
}

/** Tells the user something went wrong, however far the interaction has got. */
export async function sayEphemeral(interaction: RepliableInteraction, content: string): Promise<void> {
  const body = { content, allowedMentions: { parse: [] } };
  if (interaction.deferred && !interaction.replied) {
    // A deferred update (a button's list view) leaves `ephemeral` null: its message stays as it is.
    if (interaction.ephemeral === null) {
      await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
      return;
    }
    if (interaction.ephemeral) {
      await interaction.editReply(body);
      return;
    }
    await interaction.deleteReply().catch(() => {});
    await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.replied) {
    await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
}
