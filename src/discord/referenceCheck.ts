import type { JobSource } from '../jobs/record.ts';
import type { BotContext } from './context.ts';
import { type RepliableInteraction, UserError } from './respond.ts';
import { messageImages, readSource, refreshLinks } from './sourceMessage.ts';
import type { Origin } from './startJob.ts';
import type { VideoRequest } from './videoOptions.ts';

/**
 * The request with references that still work. Re-runs reuse their parent's links, which Discord
 * expires: for an Animate job (one with a source message) the expired ones are replaced by the
 * same files' fresh links, read from the message again; otherwise, or when that message is gone,
 * the request is refused, clearly and free. Also returns the source the new job inherits.
 */
export async function usableReferences(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  origin: Origin,
): Promise<{ request: VideoRequest; source: JobSource | null }> {
  const source = origin.source ?? (origin.parentId ? await sourceOf(ctx, origin.parentId) : null);
  const references = [...request.imageUrls, ...(request.videoUrl ? [request.videoUrl] : [])];
  if (!origin.checkReferences || references.length === 0) return { request, source };
  const dead = await ctx.deadReferences(references);
  if (dead.length === 0) return { request, source };
  if (!source) throw new UserError((t) => t('video.refused.referencesExpired', { count: dead.length }));
  const read = await readSource(interaction.client.rest, source);
  if (!read.ok) {
    ctx.logger.info({ reason: read.reason, dead: dead.length }, 'could not refresh expired references');
    throw new UserError((t) => t(read.reason === 'gone' ? 'animate.sourceGone' : 'animate.sourceUnreadable'));
  }
  const fresh = messageImages(read.message);
  const imageUrls = refreshLinks(request.imageUrls, dead, fresh);
  if (!imageUrls || (request.videoUrl && dead.includes(request.videoUrl)))
    throw new UserError((t) => t('animate.sourceChanged'));
  ctx.logger.info({ refreshed: dead.length }, 'refreshed expired references from the source message');
  return { request: { ...request, imageUrls }, source };
}

async function sourceOf(ctx: BotContext, parentId: string): Promise<JobSource | null> {
  try {
    return (await ctx.jobs.get(parentId))?.source ?? null;
  } catch {
    // The parent is unreadable: behave as for any job without a source.
    return null;
  }
}
