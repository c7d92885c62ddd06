import { type ButtonInteraction, ComponentType, TextInputStyle } from 'discord.js';
import type { JobRecord } from '../../jobs/record.ts';
import { within } from '../../util/within.ts';
import { MAX_PROMPT_LENGTH } from '../../videoInput.ts';
import { type ClipAction, parseCustomId } from '../components.ts';
import type { BotContext } from '../context.ts';
import { formId, formKey } from '../forms.ts';
import { translator } from '../i18n.ts';
import { isModerator } from '../permissions.ts';
import { ACK_BUDGET_MS, type RepliableInteraction, sayEphemeral, UserError } from '../respond.ts';
import { admitAndStart } from '../startJob.ts';
import type { VideoRequest } from '../videoOptions.ts';

/**
 * Loads the job a button or form names, refusing other servers' jobs and — for buttons — jobs that
 * are not the one bound to the message the button is on (a forged custom id on someone else's message).
 */
export async function loadJob(
  ctx: BotContext,
  interaction: RepliableInteraction,
  jobId: string,
  onMessage?: string,
): Promise<JobRecord> {
  const job = await within(ctx.jobs.get(jobId), ACK_BUDGET_MS, 'late' as const);
  if (job === 'late') throw new UserError((t) => t('common.busy'));
  if (!job) throw new UserError((t) => t('clip.unknownJob'));
  if (job.guildId !== interaction.guildId) throw new UserError((t) => t('clip.otherGuild'));
  if (onMessage !== undefined && onMessage !== job.statusMessageId && onMessage !== job.result?.messageId)
    throw new UserError((t) => t('common.badCustomId'));
  return job;
}

/** `clip:<action>:<jobId>` buttons on status, result and failure messages. */
export async function handleClipButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (!parsed) throw new UserError((t) => t('common.badCustomId'));
  const job = await loadJob(ctx, interaction, parsed.jobId, interaction.message.id);
  await ACTIONS[parsed.action](ctx, interaction, job);
}

type Action = (ctx: BotContext, interaction: ButtonInteraction, job: JobRecord) => Promise<void>;

/** Re-roll (a new seed) or Same seed of `job`, charged to the presser; it keeps the job's source. */
export function rerunJob(
  ctx: BotContext,
  interaction: ButtonInteraction,
  job: JobRecord,
  sameSeed: boolean,
): Promise<void> {
  return admitAndStart(
    ctx,
    interaction,
    requestFrom(job, job.input.prompt, sameSeed ? job.input.seed : null),
    {
      kind: sameSeed ? 'same_seed' : 'reroll',
      parentId: job.id,
      source: job.source,
    },
  );
}

const rerun =
  (sameSeed: boolean): Action =>
  (ctx, interaction, job) =>
    rerunJob(ctx, interaction, job, sameSeed);

/** Delete and Cancel are the requester's or a moderator's; anyone else is refused with `refusal`. */
function requireRequesterOrModerator(
  interaction: ButtonInteraction,
  job: JobRecord,
  refusal: 'clip.notYourDelete' | 'clip.notYourCancel',
): void {
  if (interaction.user.id !== job.userId && !isModerator(interaction)) throw new UserError((t) => t(refusal));
}

const ACTIONS: Record<ClipAction, Action> = {
  reroll: rerun(false),
  same: rerun(true),
  edit: showEditForm,
  delete: async (ctx, interaction, job) => {
    requireRequesterOrModerator(interaction, job, 'clip.notYourDelete');
    await ctx.notifier.deleteClip(job, interaction.message.channelId, interaction.message.id);
    // /clips then says the clip was deleted instead of linking to nothing (the clip is gone either
    // way: a failure to note it is logged, not shown as a failed delete).
    if (job.state === 'done')
      await ctx.runner.lifecycle
        .apply(job.id, { type: 'clip_deleted', by: interaction.user.id })
        .catch((error: unknown) =>
          ctx.logger.warn({ err: error, jobId: job.id }, 'could not note that a clip was deleted'),
        );
    await sayEphemeral(interaction, translator(interaction.locale)('clip.deleted'));
  },
  cancel: async (ctx, interaction, job) => {
    requireRequesterOrModerator(interaction, job, 'clip.notYourCancel');
    const outcome = await ctx.runner.cancel(job.id, interaction.user.id);
    if (outcome !== 'cancelled') throw new UserError((t) => t('clip.notCancellable'));
    const t = translator(interaction.locale);
    await sayEphemeral(
      interaction,
      t('clip.cancelled', { credits: t('common.credits', { count: job.cost }) }),
    );
  },
};

/** The Edit modal, prefilled with the job's prompt and seed; only this member may submit it. */
async function showEditForm(ctx: BotContext, interaction: ButtonInteraction, job: JobRecord): Promise<void> {
  const t = translator(interaction.locale);
  const key = formKey(interaction.client.token ?? '');
  await interaction.showModal({
    custom_id: formId(key, 'edit', job.id, interaction.user.id, ctx.clock.now()),
    title: t('buttons.editTitle'),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: 'prompt',
            label: t('buttons.promptLabel'),
            style: TextInputStyle.Paragraph,
            required: true,
            min_length: 1,
            max_length: MAX_PROMPT_LENGTH,
            value: job.input.prompt.slice(0, MAX_PROMPT_LENGTH),
          },
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: 'seed',
            label: t('buttons.seedLabel'),
            style: TextInputStyle.Short,
            required: false,
            max_length: 10,
            value: String(job.input.seed),
          },
        ],
      },
    ],
  });
}

export function requestFrom(job: JobRecord, prompt: string, seed: number | null): VideoRequest {
  return {
    prompt,
    aspectRatio: job.input.aspectRatio,
    duration: job.input.duration,
    seed,
    imageUrls: job.input.imageUrls,
    videoUrl: job.input.videoUrl,
  };
}
