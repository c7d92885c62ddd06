import { MessageFlags } from 'discord.js';
import type { Refusal } from '../credits/ledger.ts';
import { newJob } from '../jobs/newJob.ts';
import { type JobOrigin, type JobRecord, type JobSource, newJobId } from '../jobs/record.ts';
import type { ProviderState } from '../segmind/providerHealth.ts';
import { findBlockedWord } from '../text/filter.ts';
import { within } from '../util/within.ts';
import { drawSeed } from '../videoInput.ts';
import type { BotContext } from './context.ts';
import { needsPreview, type PreviewNeeded, showPreview } from './costPreview.ts';
import { translator } from './i18n.ts';
import { memberOf, roleMention } from './memberRoles.ts';
import { channelMention, relative, shown } from './messages/format.ts';
import { budgetRefusalText } from './messages/money.ts';
import { conditionOf } from './operatorAlerts.ts';
import { CHANNEL_PERMISSIONS } from './permissions.ts';
import { usableReferences } from './referenceCheck.ts';
import type { ReferenceProblem } from './references.ts';
import { QUICK_ANSWER_MS, type RepliableInteraction, type Say, UserError } from './respond.ts';
import type { VideoRequest } from './videoOptions.ts';

export interface Origin {
  kind: JobOrigin;
  parentId: string | null;
  /** The message an Animate job took its images from (re-runs inherit their parent's). */
  source?: JobSource | null;
  /** The member already confirmed the cost preview of this request. */
  confirmed?: boolean;
}

/**
 * The shared path of `/video`, Re-roll, Same seed and Edit: policy checks, atomic admission, then a
 * public status message and a job. A refusal is a {@link UserError}: private, nothing public,
 * nothing charged. When the checks are quick (the usual case) the answer is direct; when they are
 * slow (storage lagging, or a burst queueing admissions of one server) the bot defers publicly
 * first, and the router turns a refusal into a private answer and deletes that placeholder.
 */
export async function admitAndStart(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  origin: Origin,
): Promise<void> {
  const receivedAt = ctx.clock.now();
  const decision = decide(ctx, interaction, request, origin, receivedAt);
  const LATE = Symbol('late');
  const early = await within(decision, QUICK_ANSWER_MS, LATE);
  let statusMessageId: string | null = null;
  let deferred = false;
  if (early === LATE) {
    statusMessageId = await deferPublic(interaction);
    deferred = true;
  }
  const job = await decision;
  if ('preview' in job) return showPreview(ctx, interaction, job, deferred);
  try {
    if (!deferred) statusMessageId = await deferPublic(interaction);
  } catch (error) {
    await ctx.ledger.refund(job.guildId, job.userId, job.id, 'acknowledge failed');
    throw error;
  }
  ctx.observeAck?.(ctx.clock.now() - receivedAt);
  await ctx.runner.start({ ...job, statusMessageId });
  // After 15 minutes the bot posts with its own permissions; warn the requester now, privately,
  // if it lacks them here, rather than failing silently later.
  if (interaction.appPermissions && !interaction.appPermissions.has([...CHANNEL_PERMISSIONS])) {
    await interaction
      .followUp({
        content: translator(interaction.locale)('video.missingPermissions'),
        flags: MessageFlags.Ephemeral,
      })
      .catch((error) => ctx.logger.warn({ err: error }, 'could not send the permissions warning'));
  }
}

async function deferPublic(interaction: RepliableInteraction): Promise<string | null> {
  const response = await interaction.deferReply({ withResponse: true });
  return response.resource?.message?.id ?? response.interaction.responseMessageId ?? null;
}

/** Everything that can refuse the request, cheapest first; then the atomic reservation. */
async function decide(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  origin: Origin,
  now: number,
): Promise<JobRecord | PreviewNeeded> {
  const guildId = interaction.guildId;
  const channelId = interaction.channelId;
  if (!guildId || !channelId) throw new UserError((t) => t('common.serversOnly'));
  const settings = await ctx.settings.get(guildId);
  const parentChannel =
    interaction.channel && 'parentId' in interaction.channel ? interaction.channel.parentId : null;
  const allowed = settings.allowedChannels;
  if (
    allowed.length > 0 &&
    !allowed.includes(channelId) &&
    !(parentChannel && allowed.includes(parentChannel))
  ) {
    const channels = allowed.slice(0, 5).map(channelMention).join(', ');
    throw new UserError((t) => t('video.refused.channel', { channels }));
  }
  const word = findBlockedWord(request.prompt, settings.blockedWords);
  if (word) throw new UserError((t) => t('video.refused.blockedWord', { word: shown(word, 100) }));
  const provider = ctx.provider.state;
  if (!provider.ok && ctx.clock.now() < provider.retryAt) {
    const told =
      provider.reason === 'misconfigured'
        ? await ctx.alerts.raise(conditionOf(provider.kind), { guildId })
        : 'owner';
    throw new UserError(providerRefusal(provider, told));
  }
  const userId = interaction.user.id;
  const duration = request.duration ?? settings.defaultDuration;
  // Local checks first: a member who would be refused anyway never causes network work.
  const member = memberOf(interaction);
  const precheck = await ctx.ledger.check({ guildId, userId, duration, ...member });
  if (!precheck.ok) throw new UserError(refusalText(precheck.refusal, guildId));
  const { request: usable, source } = await usableReferences(ctx, interaction, request, origin);
  const aspectRatio = usable.aspectRatio ?? settings.defaultAspectRatio;
  if (needsPreview(settings, precheck.cost, precheck.account.balance, origin)) {
    const previewed = { ...usable, aspectRatio, duration };
    const { cost, account } = precheck;
    return {
      preview: {
        guildId,
        userId,
        cost,
        balance: account.balance,
        request: previewed,
        origin: { ...origin, source },
      },
    };
  }
  const input = {
    prompt: usable.prompt,
    aspectRatio,
    duration,
    seed: usable.seed ?? drawSeed(),
    imageUrls: usable.imageUrls,
    videoUrl: usable.videoUrl,
  };
  const id = newJobId();
  const admission = await ctx.ledger.admit({
    guildId,
    userId,
    jobId: id,
    duration: input.duration,
    ...member,
  });
  if (!admission.ok) throw new UserError(refusalText(admission.refusal, guildId));
  return newJob({
    id,
    guildId,
    channelId,
    userId,
    origin: origin.kind,
    parentId: origin.parentId,
    source,
    input,
    cost: admission.cost,
    now,
    locale: interaction.guildLocale ?? 'en-US',
    interaction: {
      applicationId: interaction.applicationId,
      token: interaction.token,
      issuedAt: now,
      attachmentSizeLimit: interaction.attachmentSizeLimit ?? 10 * 1024 * 1024,
      appPermissions: interaction.appPermissions?.bitfield.toString() ?? '0',
    },
    statusMessageId: null,
  });
}

function providerRefusal(state: Exclude<ProviderState, { ok: true }>, told: 'logChannel' | 'owner'): Say {
  if (state.reason === 'unavailable')
    return (t) => t('video.refused.providerDown', { when: relative(state.retryAt) });
  const key =
    state.kind === 'model_unavailable' ? 'video.refused.modelUnavailable' : 'video.refused.misconfigured';
  return (t) => t(key, { told: t(`video.told.${told}`) });
}

/** The first problem found among the references, said plainly (nothing was charged). */
export function referenceRefusal(problems: ReadonlyArray<{ index: number; problem: ReferenceProblem }>): Say {
  const expired = problems.filter((p) => p.problem === 'expired').length;
  if (expired > 0) return (t) => t('video.refused.referencesExpired', { count: expired });
  const first = problems[0];
  if (first?.problem === 'not_image') return (t) => t('video.refused.notAnImage', { n: first.index + 1 });
  if (first?.problem === 'not_video') return (t) => t('video.refused.notAVideo');
  return (t) => t('video.refused.notDiscord');
}

export function refusalText(refusal: Refusal, guildId: string | null = null): Say {
  switch (refusal.reason) {
    case 'blocked':
      return (t) => t('video.refused.blocked');
    case 'role_denied':
      return (t) => t('roles.refused.denied');
    case 'role_required': {
      const roles = refusal.roles.slice(0, 5).map((id) => roleMention(id, guildId));
      return (t) => t('roles.refused.required', { roles: roles.join(', ') });
    }
    case 'cooldown':
      return (t) => t('video.refused.cooldown', { when: relative(refusal.retryAt) });
    case 'user_jobs':
      return (t) => t('video.refused.userJobs', { count: refusal.limit });
    case 'guild_jobs':
      return (t) => t('video.refused.guildJobs', { count: refusal.limit });
    case 'balance':
      return (t) =>
        t('video.refused.balance', {
          count: refusal.cost,
          balance: refusal.balance,
          when: relative(refusal.retryAt),
        });
    case 'budget':
      return budgetRefusalText(refusal);
  }
}
