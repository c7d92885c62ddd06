import {
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  TextInputStyle,
} from 'discord.js';
import { z } from 'zod';
import { within } from '../../util/within.ts';
import {
  ASPECT_RATIOS,
  type AspectRatio,
  DURATIONS,
  type Duration,
  isAspectRatio,
  isDuration,
  MAX_IMAGES,
  MAX_PROMPT_LENGTH,
} from '../../videoInput.ts';
import type { BotContext } from '../context.ts';
import {
  FORM_LIFETIME_MS,
  formId,
  formKey,
  messageSubject,
  parseMessageSubject,
  requireForm,
  textField,
} from '../forms.ts';
import { type T, translator } from '../i18n.ts';
import { UserError } from '../respond.ts';
import { confirmImages, messageImages, readSource } from '../sourceMessage.ts';
import { admitAndStart, refuseEarly } from '../startJob.ts';
import { parsePrompt, parseSeed } from '../videoOptions.ts';

/**
 * "Apps → Animate with clipcast" on a message: its images become the references, in message order,
 * and a form asks for the prompt, aspect ratio, duration and seed. The images seen now are kept
 * for the form (Discord shows a bot the target message in full, but may hide the attachments of
 * messages it reads itself); the form's id names the message, bound to the member by a MAC.
 */

const DRAFT_KIND = 'animate';
const draftSchema = z.object({ images: z.array(z.string()).min(1).max(MAX_IMAGES) });
const draftId = (userId: string, messageId: string) => `${userId}:${messageId}`;

export async function handleAnimateCommand(
  ctx: BotContext,
  interaction: MessageContextMenuCommandInteraction,
): Promise<void> {
  const message = interaction.targetMessage;
  const settings = within(ctx.settings.get(interaction.guildId ?? ''), 1_500, null).catch(() => null);
  await refuseBeforeReading(ctx, interaction, (await settings)?.defaultDuration ?? null);
  const found = messageImages({
    attachments: message.attachments.map((a) => ({
      url: a.url,
      filename: a.name,
      content_type: a.contentType,
      size: a.size,
    })),
    embeds: message.embeds.map((e) => e.data),
  });
  const images = await confirmImages(found.images, (url) => isImageAt(ctx, url));
  if (images.length === 0) throw new UserError((t) => t('animate.noImages'));
  const saving = ctx.pending
    .put(DRAFT_KIND, draftId(interaction.user.id, message.id), { images }, FORM_LIFETIME_MS)
    .catch((error: unknown) =>
      ctx.logger.warn({ err: error }, 'could not keep the images of an Animate form'),
    );
  // The form must be the first answer, within Discord's 3 s: a slow save is left to finish.
  await within(saving, 600, undefined);
  const defaults = await settings;
  const subject = messageSubject(message.channelId, message.id);
  await interaction.showModal(
    animateForm(translator(interaction.locale), {
      customId: formId(
        formKey(interaction.client.token ?? ''),
        'animate',
        subject,
        interaction.user.id,
        ctx.clock.now(),
      ),
      images: images.length,
      capped: found.images.length > MAX_IMAGES,
      aspectRatio: defaults?.defaultAspectRatio ?? null,
      duration: defaults?.defaultDuration ?? null,
    }),
  );
}

function animateForm(
  t: T,
  o: {
    customId: string;
    images: number;
    capped: boolean;
    aspectRatio: AspectRatio | null;
    duration: Duration | null;
  },
): APIModalInteractionResponseCallbackData {
  const select = (customId: string, options: Array<{ label: string; value: string; default: boolean }>) => ({
    type: ComponentType.StringSelect as const,
    custom_id: customId,
    required: false,
    min_values: 0,
    max_values: 1,
    options,
  });
  return {
    custom_id: o.customId,
    title: t('animate.title'),
    components: [
      {
        type: ComponentType.TextDisplay,
        content: o.capped
          ? t('animate.usingFirst', { count: o.images })
          : t('animate.using', { count: o.images }),
      },
      {
        type: ComponentType.Label,
        label: t('animate.promptLabel'),
        component: {
          type: ComponentType.TextInput,
          custom_id: 'prompt',
          style: TextInputStyle.Paragraph,
          required: true,
          min_length: 1,
          max_length: MAX_PROMPT_LENGTH,
          placeholder: t('animate.promptPlaceholder'),
        },
      },
      {
        type: ComponentType.Label,
        label: t('animate.aspectRatioLabel'),
        component: select(
          'aspect_ratio',
          ASPECT_RATIOS.map((value) => ({
            label: t(`commands.video.aspect_ratio.choices.${value}`),
            value,
            default: value === o.aspectRatio,
          })),
        ),
      },
      {
        type: ComponentType.Label,
        label: t('animate.durationLabel'),
        component: select(
          'duration',
          DURATIONS.map((value) => ({
            label: t(`commands.video.duration.choices.${value}`),
            value: String(value),
            default: value === o.duration,
          })),
        ),
      },
      {
        type: ComponentType.Label,
        label: t('animate.seedLabel'),
        component: {
          type: ComponentType.TextInput,
          custom_id: 'seed',
          style: TextInputStyle.Short,
          required: false,
          max_length: 10,
        },
      },
    ],
  };
}

/** The submitted form: the same prompt rules as /video, the kept images, then the usual admission. */
export async function handleAnimateForm(ctx: BotContext, interaction: ModalSubmitInteraction): Promise<void> {
  const source = parseMessageSubject(requireForm(ctx, interaction, 'animate'));
  if (!source) throw new UserError((t) => t('common.badCustomId'));
  const prompt = parsePrompt(textField(interaction, 'prompt'));
  if (!prompt.ok) throw new UserError((t) => `⚠️ ${prompt.say(t)}`);
  const seed = parseSeed(textField(interaction, 'seed'));
  if (!seed.ok) throw new UserError((t) => `⚠️ ${seed.say(t)}`);
  const aspectRatio = selected(interaction, 'aspect_ratio');
  const duration = Number(selected(interaction, 'duration') ?? Number.NaN);
  // The images are read after the acknowledgement and the cheap checks, like any reference.
  await admitAndStart(
    ctx,
    interaction,
    {
      prompt: prompt.value,
      aspectRatio: isAspectRatio(aspectRatio) ? aspectRatio : null,
      duration: isDuration(duration) ? duration : null,
      seed: seed.value,
      imageUrls: [],
      videoUrl: null,
    },
    { kind: 'animate', parentId: null, source, images: () => imagesFor(ctx, interaction, source) },
  );
}

/** {@link refuseEarly} before any file of the message is read, at the server's default duration. */
async function refuseBeforeReading(
  ctx: BotContext,
  interaction: MessageContextMenuCommandInteraction | ModalSubmitInteraction,
  duration: Duration | null,
): Promise<void> {
  const guildId = interaction.guildId ?? '';
  await refuseEarly(ctx, interaction, guildId, duration ?? (await ctx.settings.get(guildId)).defaultDuration);
}

/** The images kept when the form was shown; failing that, the message as the bot reads it now. */
async function imagesFor(
  ctx: BotContext,
  interaction: ModalSubmitInteraction,
  source: { channelId: string; messageId: string },
): Promise<string[]> {
  const id = draftId(interaction.user.id, source.messageId);
  const draft = await within(ctx.pending.get(DRAFT_KIND, id, draftSchema), 1_000, null).catch(() => null);
  if (draft?.ok) return draft.value.images;
  const read = await readSource(interaction.client.rest, source);
  if (!read.ok)
    throw new UserError((t) => t(read.reason === 'gone' ? 'animate.messageGone' : 'animate.noImages'));
  const images = await confirmImages(messageImages(read.message).images, (url) => isImageAt(ctx, url));
  if (images.length === 0) throw new UserError((t) => t('animate.noImages'));
  return images;
}

/** Whether a file of unknown type is an image, by the usual reference check; a slow answer is "no". */
async function isImageAt(ctx: BotContext, url: string): Promise<boolean> {
  const problems = await within(ctx.checkReferences([{ url, kind: 'image' }]), 1_200, null).catch(() => null);
  return problems !== null && problems.length === 0;
}

/** The one value chosen in a select of the form, or null (none chosen, or no such field). */
function selected(interaction: ModalSubmitInteraction, id: string): string | null {
  try {
    const values: unknown = interaction.fields.getStringSelectValues(id);
    return Array.isArray(values) && typeof values[0] === 'string' ? values[0] : null;
  } catch {
    return null;
  }
}
