import type { ButtonInteraction } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { within } from '../util/within.ts';
import { QUICK_ANSWER_MS, type UserError } from './respond.ts';

/** A private list view (queue, history): text, embeds and its buttons, pinging nobody. */
export interface View {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
}

/**
 * Replaces the message a button is on with `work`'s view: directly when it is quick, else after
 * acknowledging (so the 3 s window holds whatever storage does). A refusal ({@link UserError}) goes
 * to the router like any other; said after the acknowledgement, it leaves the message as it is.
 */
export async function updateMessage(interaction: ButtonInteraction, work: Promise<View>): Promise<void> {
  const LATE = Symbol('late');
  const early = await within(work, QUICK_ANSWER_MS, LATE);
  if (early !== LATE) {
    await interaction.update(early);
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply(await work);
}
