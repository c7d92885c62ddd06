import type { JobSource } from '../jobs/record.ts';
import type { BotContext } from './context.ts';
import type { Reference } from './references.ts';
import { type RepliableInteraction, UserError } from './respond.ts';
import { messageImages, readSource, refreshLinks } from './sourceMessage.ts';
import { type Origin, referenceRefusal } from './startJob.ts';
import type { VideoRequest } from './videoOptions.ts';

const referencesOf = (request: VideoRequest): Reference[] => [
  ...request.imageUrls.map((url) => ({ url, kind: 'image' as const })),
  ...(request.videoUrl ? [{ url: request.videoUrl, kind: 'video' as const }] : []),
];

/**
 * The request with references that pass the checks (on Discord's CDN, still there, what they
 * claim). Re-runs reuse their parent's links, which Discord expires: for an Animate job (one with
 * a source message) the expired ones are replaced by the same files' fresh links, read from that
 * message again; otherwise, or when the message is gone, the request is refused, clearly and free.
 * Also returns the source the new job inherits.
 */
export async function usableReferences(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  origin: Origin,
): Promise<{ request: VideoRequest; source: JobSource | null }> {
  // The handlers pass the parent's source along; the parent is read only when they could not.
  const source =
    origin.source !== undefined
      ? origin.source
      : origin.parentId
        ? await sourceOf(ctx, origin.parentId)
        : null;
  const references = referencesOf(request);
  if (references.length === 0) return { request, source };
  let problems = await ctx.checkReferences(references);
  let usable = request;
  const expired = problems.filter((p) => p.problem === 'expired').map((p) => references[p.index]?.url ?? '');
  if (expired.length > 0 && source) {
    usable = await refreshed(ctx, interaction, request, expired, source);
    problems = await ctx.checkReferences(referencesOf(usable));
  }
  if (problems.length > 0) throw new UserError(referenceRefusal(problems));
  return { request: usable, source };
}

/** The request with each expired link replaced by the same file's fresh one from the source message. */
async function refreshed(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  expired: readonly string[],
  source: JobSource,
): Promise<VideoRequest> {
  const read = await readSource(interaction.client.rest, source);
  if (!read.ok) {
    ctx.logger.info({ reason: read.reason, expired: expired.length }, 'could not refresh expired references');
    throw new UserError((t) => t(read.reason === 'gone' ? 'animate.sourceGone' : 'animate.sourceUnreadable'));
  }
  const imageUrls = refreshLinks(request.imageUrls, expired, messageImages(read.message));
  if (!imageUrls || (request.videoUrl && expired.includes(request.videoUrl)))
    throw new UserError((t) => t('animate.sourceChanged'));
  ctx.logger.info({ refreshed: expired.length }, 'refreshed expired references from the source message');
  return { ...request, imageUrls };
}

async function sourceOf(ctx: BotContext, parentId: string): Promise<JobSource | null> {
  try {
    return (await ctx.jobs.get(parentId))?.source ?? null;
  } catch {
    // The parent is unreadable: behave as for any job without a source.
    return null;
  }
}
