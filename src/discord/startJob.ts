import { MessageFlags } from 'discord.js';
import type { MemberRoles, Refusal } from '../credits/admission.ts';
import type { GuildSettings } from '../credits/settings.ts';
import { newJob } from '../jobs/newJob.ts';
import { type JobOrigin, type JobRecord, type JobSource, newJobId } from '../jobs/record.ts';
import type { ProviderState } from '../segmind/providerHealth.ts';
import { findBlockedWord } from '../text/filter.ts';
import { type Duration, drawSeed } from '../videoInput.ts';
import type { BotContext } from './context.ts';
import { needsPreview, type PreviewNeeded, showPreview } from './costPreview.ts';
import { translator } from './i18n.ts';
import { memberOf, roleMention, type WithMember } from './memberRoles.ts';
import { uploadLimitOf } from './messageSender.ts';
import { channelMention, jumpUrl, listOf, relative, shown } from './messages/format.ts';
import { statusText } from './messages/job.ts';
import { budgetRefusalText } from './messages/money.ts';
import { conditionOf } from './operatorAlerts.ts';
import { CHANNEL_PERMISSIONS } from './permissions.ts';
import { usableReferences } from './referenceCheck.ts';
import type { ReferenceProblem } from './references.ts';
import { type RepliableInteraction, type Say, UserError } from './respond.ts';
import type { VideoRequest } from './videoOptions.ts';

export interface Origin {
  kind: JobOrigin;
  parentId: string | null;
  /** The message an Animate job took its images from (re-runs inherit their parent's). */
  source?: JobSource | null;
  /** The member already confirmed the cost preview of this request. */
  confirmed?: boolean;
  /**
   * Reference images read only after the acknowledgement and the cheap checks (Animate reads them
   * from a message): the request's own `imageUrls` are replaced by them.
   */
  images?: () => Promise<string[]>;
}

/**
 * The shared path of `/video`, Re-roll, Same seed, Edit and Animate. It acknowledges first and
 * privately, before any storage or network work, so under a burst an acknowledgement never waits
 * behind other members' admissions (Discord allows 3 s). Then the policy checks and the atomic
 * admission: a refusal (a {@link UserError}) is written into that same private reply — nothing
 * public, nothing charged; an admitted job gets its public status message as a follow-up, and the
 * private reply becomes a short receipt (with a heads-up when the bot lacks permissions here).
 * One more REST call per job than a public acknowledgement, and no public placeholder ever flashes.
 */
export async function admitAndStart(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  origin: Origin,
): Promise<void> {
  const receivedAt = ctx.clock.now();
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  ctx.observeAck?.(ctx.clock.now() - receivedAt);
  // The admission waits until the interactions that arrived meanwhile have been read (a
  // setImmediate runs after pending I/O): under a burst, acknowledgements come before admissions.
  await new Promise((resolve) => setImmediate(resolve));
  const job = await decide(ctx, interaction, request, origin, receivedAt);
  if ('preview' in job) return showPreview(ctx, interaction, job);
  let statusMessageId: string;
  try {
    statusMessageId = await postStatus(interaction, job);
  } catch (error) {
    await ctx.ledger.refund(job.guildId, job.userId, job.id, 'status message failed');
    throw error;
  }
  await ctx.runner.start({ ...job, statusMessageId });
  await interaction
    .editReply({ content: receipt(interaction, job, statusMessageId), allowedMentions: { parse: [] } })
    .catch((error) => ctx.logger.warn({ err: error }, 'could not send the private receipt'));
}

/** The job's public status message, in the server's language: a follow-up the display then keeps current. */
async function postStatus(interaction: RepliableInteraction, job: JobRecord): Promise<string> {
  const t = translator(job.locale);
  const message = await interaction.followUp({
    content: statusText(t, job, { kind: 'accepted' }),
    allowedMentions: { parse: [] },
  });
  // Discord's reply is read, not trusted: without the message's id the job could never update it.
  if (typeof message.id !== 'string' || !/^\d{17,20}$/.test(message.id))
    throw new Error('Discord answered the status post without a message id');
  return message.id;
}

/**
 * The requester's private receipt: where the status is; after 15 minutes the bot posts with its own
 * permissions, so when it lacks them here the requester is warned now rather than failing later.
 */
function receipt(interaction: RepliableInteraction, job: JobRecord, statusMessageId: string): string {
  const t = translator(interaction.locale);
  const started = t('video.started', { link: jumpUrl(job.guildId, job.channelId, statusMessageId) });
  const canPost = !interaction.appPermissions || interaction.appPermissions.has([...CHANNEL_PERMISSIONS]);
  return canPost ? started : `${started}\n${t('video.missingPermissions')}`;
}

/**
 * The cheap, local checks (blocked, roles, cooldown, caps, balance, budgets) without reserving
 * anything: throws the refusal as a {@link UserError}, so a member who would be refused anyway never
 * makes the bot read a file or call Segmind. The admission decides.
 */
export async function refuseEarly(
  ctx: BotContext,
  interaction: WithMember & { user: { id: string } },
  guildId: string,
  duration: Duration,
  member: MemberRoles = memberOf(interaction),
) {
  const check = await ctx.ledger.check({ guildId, userId: interaction.user.id, duration, ...member });
  if (!check.ok) throw new UserError(refusalText(check.refusal, guildId));
  return check;
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
  refuseByServerRules(interaction, channelId, settings, request.prompt);
  await refuseWhileProviderDown(ctx, guildId);
  const userId = interaction.user.id;
  const duration = request.duration ?? settings.defaultDuration;
  // Local checks first: a member who would be refused anyway never causes network work.
  const member = memberOf(interaction);
  const precheck = await refuseEarly(ctx, interaction, guildId, duration, member);
  const { images, ...plainOrigin } = origin;
  const withImages = images ? { ...request, imageUrls: await images() } : request;
  const { request: usable, source } = await usableReferences(ctx, interaction, withImages, plainOrigin);
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
        origin: { ...plainOrigin, source },
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
  return admit(ctx, interaction, {
    guildId,
    channelId,
    userId,
    member,
    input,
    origin: plainOrigin,
    source,
    now,
  });
}

/** The server's own rules: the channels /video may be used in, and its blocked words. */
function refuseByServerRules(
  interaction: RepliableInteraction,
  channelId: string,
  settings: GuildSettings,
  prompt: string,
): void {
  const parentChannel =
    interaction.channel && 'parentId' in interaction.channel ? interaction.channel.parentId : null;
  const allowed = settings.allowedChannels;
  if (
    allowed.length > 0 &&
    !allowed.includes(channelId) &&
    !(parentChannel && allowed.includes(parentChannel))
  ) {
    const channels = allowed.slice(0, 5).map(channelMention);
    throw new UserError((t) => t('video.refused.channel', { channels: listOf(t, channels) }));
  }
  const word = findBlockedWord(prompt, settings.blockedWords);
  if (word) throw new UserError((t) => t('video.refused.blockedWord', { word: shown(word, 100) }));
}

/** Segmind is down or misconfigured (the breaker is open): refused, the operator alerted. */
async function refuseWhileProviderDown(ctx: BotContext, guildId: string): Promise<void> {
  const provider = ctx.provider.state;
  if (provider.ok || ctx.clock.now() >= provider.retryAt) return;
  const told =
    provider.reason === 'misconfigured'
      ? await ctx.alerts.raise(conditionOf(provider.kind), { guildId })
      : 'owner';
  throw new UserError(providerRefusal(provider, told));
}

/** The atomic reservation, and the job record it admits. */
async function admit(
  ctx: BotContext,
  interaction: RepliableInteraction,
  a: {
    guildId: string;
    channelId: string;
    userId: string;
    member: MemberRoles;
    input: JobRecord['input'];
    origin: Origin;
    source: JobSource | null;
    now: number;
  },
): Promise<JobRecord> {
  const { guildId, channelId, userId, input, origin, source, now } = a;
  const id = newJobId();
  const admission = await ctx.ledger.admit({
    guildId,
    userId,
    jobId: id,
    duration: input.duration,
    ...a.member,
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
      attachmentSizeLimit: uploadLimitOf(interaction),
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
      return (t) => t('roles.refused.required', { roles: listOf(t, roles) });
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
