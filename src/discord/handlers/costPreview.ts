import type { ButtonInteraction } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import type { BotContext } from '../context.ts';
import {
  confirmedRequest,
  type PendingPreview,
  PREVIEW_KIND,
  parsePreviewId,
  pendingPreviewSchema,
  previewText,
} from '../costPreview.ts';
import { translator } from '../i18n.ts';
import { UserError } from '../respond.ts';
import { admitAndStart } from '../startJob.ts';

/**
 * Make it / Cancel under a cost preview. Only the member who asked may answer, once, before the
 * preview expires. Make it runs the normal admission (this press then owns the public status
 * message); Cancel reserves nothing. Either way the preview loses its buttons.
 */
export async function handlePreviewButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const parsed = parsePreviewId(interaction.customId);
  if (!parsed) throw new UserError((t) => t('common.badCustomId'));
  const found = await ctx.pending.get(PREVIEW_KIND, parsed.nonce, pendingPreviewSchema);
  if (!found.ok) throw new UserError((t) => t('preview.expired'));
  const pending = found.value;
  if (pending.guildId !== interaction.guildId) throw new UserError((t) => t('common.badCustomId'));
  if (pending.userId !== interaction.user.id) throw new UserError((t) => t('preview.notYours'));
  if (!(await ctx.pending.take(PREVIEW_KIND, parsed.nonce))) throw new UserError((t) => t('preview.expired'));
  const t = translator(interaction.locale);
  if (!parsed.yes) {
    await interaction.update({
      content: t('preview.cancelled'),
      components: [],
      allowedMentions: { parse: [] },
    });
    return;
  }
  const { request, origin } = confirmedRequest(pending);
  let started = false;
  try {
    await admitAndStart(ctx, interaction, request, origin);
    started = true;
  } finally {
    await closePreview(ctx, interaction, pending, started);
  }
}

/** Takes the buttons off the answered preview (with its own interaction's token; best effort). */
async function closePreview(
  ctx: BotContext,
  interaction: ButtonInteraction,
  pending: PendingPreview,
  started: boolean,
): Promise<void> {
  const t = translator(interaction.locale);
  const content = `${previewText(t, pending)}\n${t(started ? 'preview.started' : 'preview.notStarted')}`;
  await interaction.client.rest
    .patch(
      Routes.webhookMessage(
        pending.interaction.applicationId,
        pending.interaction.token,
        interaction.message.id,
      ),
      {
        body: { content, components: [], allowed_mentions: { parse: [] } },
        auth: false,
      },
    )
    .catch((error: unknown) => ctx.logger.debug({ err: error }, 'could not close a cost preview'));
}
