import { randomBytes } from 'node:crypto';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { GuildSettings } from '../credits/settings.ts';
import { JOB_ORIGINS } from '../jobs/record.ts';
import { aspectRatioSchema, durationSchema, MAX_PROMPT_LENGTH, MAX_SEED } from '../videoInput.ts';
import type { BotContext } from './context.ts';
import { type T, translator } from './i18n.ts';
import { shown } from './messages/format.ts';
import type { RepliableInteraction } from './respond.ts';
import type { Origin } from './startJob.ts';
import type { VideoRequest } from './videoOptions.ts';

/**
 * The cost preview: when a server asks for it, a job that costs at least its threshold, or more
 * than half the member's balance, is first shown privately with its price and Make it / Cancel —
 * before anything is reserved. The request waits in storage (it survives a restart) under a random
 * nonce that the buttons carry: `preview:<yes|no>:<nonce>`.
 */
const PREVIEW_LIFETIME_MS = 10 * 60_000;
export const PREVIEW_KIND = 'preview';

const id = z.string().min(1).max(64);

export const pendingPreviewSchema = z.object({
  guildId: id,
  userId: id,
  cost: z.number().int().min(0),
  balance: z.number().int().min(0),
  request: z.object({
    prompt: z.string().min(1).max(MAX_PROMPT_LENGTH),
    aspectRatio: aspectRatioSchema,
    duration: durationSchema,
    seed: z.number().int().min(0).max(MAX_SEED).nullable(),
    imageUrls: z.array(z.string()),
    videoUrl: z.string().nullable(),
  }),
  origin: z.object({
    kind: z.enum(JOB_ORIGINS),
    parentId: id.nullable(),
    source: z.object({ channelId: id, messageId: id }).nullable(),
  }),
  /** The preview's own interaction, to take its buttons away once answered. */
  interaction: z.object({ applicationId: id, token: z.string().min(1).max(500) }),
});
export type PendingPreview = z.output<typeof pendingPreviewSchema>;

/** What `decide` hands back instead of a job when the member should see the price first. */
export interface PreviewNeeded {
  preview: Omit<PendingPreview, 'interaction'>;
}

/** Whether this request is previewed: only when the server turned the preview on, and never twice. */
export function needsPreview(
  settings: Pick<GuildSettings, 'costPreviewAt'>,
  cost: number,
  balance: number,
  origin: Pick<Origin, 'confirmed'>,
): boolean {
  if (origin.confirmed || settings.costPreviewAt === null) return false;
  return cost >= settings.costPreviewAt || cost > balance / 2;
}

const previewId = (answer: 'yes' | 'no', nonce: string) => `preview:${answer}:${nonce}`;

export function parsePreviewId(customId: unknown): { yes: boolean; nonce: string } | null {
  if (typeof customId !== 'string') return null;
  const match = /^preview:(yes|no):([A-Za-z0-9_-]{16,32})$/.exec(customId);
  return match?.[2] ? { yes: match[1] === 'yes', nonce: match[2] } : null;
}

export function previewText(t: T, p: Pick<PendingPreview, 'cost' | 'balance' | 'request'>): string {
  const what = t('preview.what', {
    prompt: shown(p.request.prompt, 80),
    duration: p.request.duration,
    aspectRatio: p.request.aspectRatio,
  });
  return `${t('preview.ask', { count: p.cost, balance: p.balance })}\n${what}`;
}

function previewButtons(t: T, nonce: string): APIActionRowComponent<APIButtonComponent>[] {
  const button = (
    answer: 'yes' | 'no',
    label: string,
    style: ButtonStyle.Success | ButtonStyle.Secondary,
  ) => ({
    type: ComponentType.Button as const,
    custom_id: previewId(answer, nonce),
    label,
    style,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('yes', t('preview.make'), ButtonStyle.Success),
        button('no', t('preview.cancel'), ButtonStyle.Secondary),
      ],
    },
  ];
}

/** Keeps the request and shows the price in the private reply the request was acknowledged with. */
export async function showPreview(
  ctx: BotContext,
  interaction: RepliableInteraction,
  needed: PreviewNeeded,
): Promise<void> {
  const nonce = randomBytes(12).toString('base64url');
  const pending: PendingPreview = {
    ...needed.preview,
    interaction: { applicationId: interaction.applicationId, token: interaction.token },
  };
  await ctx.pending.put(PREVIEW_KIND, nonce, pending, PREVIEW_LIFETIME_MS);
  const t = translator(interaction.locale);
  await interaction.editReply({
    content: previewText(t, pending),
    components: previewButtons(t, nonce),
    allowedMentions: { parse: [] },
  });
}

/** The request a confirmed preview runs, as {@link admitAndStart} takes it. */
export function confirmedRequest(p: PendingPreview): { request: VideoRequest; origin: Origin } {
  return { request: { ...p.request }, origin: { ...p.origin, confirmed: true } };
}
