import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { findBlockedWord } from '../credits/settings.ts';
import { type JobInput, type JobOrigin, type JobRecord, newJobId } from '../jobs/job.ts';
import { within } from '../util/within.ts';
import type { BotContext } from './context.ts';
import { refusalText, text } from './messages.ts';
import { QUICK_ANSWER_MS, type RepliableInteraction } from './respond.ts';
import { drawSeed, type VideoRequest } from './videoOptions.ts';

/** What the bot needs in the channel once the interaction token has expired. */
const CHANNEL_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
];

type Decision = { ok: true; job: JobRecord } | { ok: false; message: string };

/**
 * The shared path of `/video`, Re-roll, Same seed and Edit: policy checks, atomic admission,
 * then a public status message and a job. A refusal is ephemeral, public nothing, charges nothing.
 * When the checks are quick (the usual case) the answer is direct; when they are slow (storage
 * lagging, or a burst queueing admissions of one server) the bot defers publicly first and, on a
 * refusal, deletes that placeholder and answers the requester privately.
 */
export async function admitAndStart(
  ctx: BotContext,
  interaction: RepliableInteraction,
  request: VideoRequest,
  origin: { kind: JobOrigin; parentId: string | null; checkReferences: boolean },
): Promise<void> {
  const guildId = interaction.guildId;
  if (!guildId || !interaction.channelId) {
    await interaction.reply({ content: 'clipcast works in servers only.', flags: MessageFlags.Ephemeral });
    return;
  }
  const receivedAt = ctx.clock.now();
  const decision = decide(ctx, interaction, guildId, request, origin, receivedAt);
  const LATE = Symbol('late');
  const early = await within(decision, QUICK_ANSWER_MS, LATE);
  let deferred = false;
  let statusMessageId: string | null = null;
  if (early === LATE) {
    statusMessageId = await deferPublic(interaction);
    deferred = true;
  }
  const result = await decision;
  if (!result.ok) {
    if (deferred) {
      await interaction.deleteReply().catch(() => {});
      await interaction.followUp({
        content: result.message,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    } else {
      await interaction.reply({
        content: result.message,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    }
    return;
  }
  try {
    if (!deferred) statusMessageId = await deferPublic(interaction);
  } catch (error) {
    await ctx.ledger.refund(guildId, result.job.userId, result.job.id, 'acknowledge failed');
    throw error;
  }
  ctx.observeAck?.(ctx.clock.now() - receivedAt);
  await ctx.runner.start({ ...result.job, statusMessageId });
  // After 15 minutes the bot posts with its own permissions; warn the requester now, privately,
  // if it lacks them here, rather than failing silently later.
  if (interaction.appPermissions && !interaction.appPermissions.has(CHANNEL_PERMISSIONS)) {
    await interaction
      .followUp({ content: text.missingPermissions, flags: MessageFlags.Ephemeral })
      .catch((error) => ctx.logger.warn({ err: error }, 'could not send the permissions warning'));
  }
}

async function deferPublic(interaction: RepliableInteraction): Promise<string | null> {
  const response = await interaction.deferReply({ withResponse: true });
  return response.resource?.message?.id ?? response.interaction.responseMessageId ?? null;
}

async function decide(
  ctx: BotContext,
  interaction: RepliableInteraction,
  guildId: string,
  request: VideoRequest,
  origin: { kind: JobOrigin; parentId: string | null; checkReferences: boolean },
  now: number,
): Promise<Decision> {
  const settings = await ctx.settings.get(guildId);
  const channelId = interaction.channelId as string;
  const parentChannel =
    interaction.channel && 'parentId' in interaction.channel ? interaction.channel.parentId : null;
  if (
    settings.allowedChannels.length > 0 &&
    !settings.allowedChannels.includes(channelId) &&
    !(parentChannel && settings.allowedChannels.includes(parentChannel))
  ) {
    return { ok: false, message: text.channelNotAllowed(settings.allowedChannels) };
  }
  const word = findBlockedWord(request.prompt, settings.blockedWords);
  if (word) return { ok: false, message: text.blockedWord(word) };
  const provider = ctx.provider.state;
  if (!provider.ok && ctx.clock.now() < provider.retryAt)
    return { ok: false, message: text.provider(provider) };
  const references = [...request.imageUrls, ...(request.videoUrl ? [request.videoUrl] : [])];
  if (origin.checkReferences && references.length > 0) {
    const dead = await ctx.deadReferences(references);
    if (dead.length > 0) return { ok: false, message: text.referencesExpired(dead.length) };
  }
  const input: JobInput = {
    prompt: request.prompt,
    aspectRatio: request.aspectRatio ?? settings.defaultAspectRatio,
    duration: request.duration ?? settings.defaultDuration,
    seed: request.seed ?? drawSeed(),
    imageUrls: request.imageUrls,
    videoUrl: request.videoUrl,
  };
  const jobId = newJobId();
  const admission = await ctx.ledger.admit({
    guildId,
    userId: interaction.user.id,
    jobId,
    duration: input.duration,
  });
  if (!admission.ok) return { ok: false, message: refusalText(admission.refusal) };
  return {
    ok: true,
    job: {
      id: jobId,
      guildId,
      channelId,
      userId: interaction.user.id,
      origin: origin.kind,
      parentId: origin.parentId,
      input,
      cost: admission.cost,
      state: 'queued',
      createdAt: now,
      updatedAt: now,
      interaction: {
        applicationId: interaction.applicationId,
        token: interaction.token,
        issuedAt: now,
        attachmentSizeLimit: interaction.attachmentSizeLimit ?? 10 * 1024 * 1024,
        appPermissions: interaction.appPermissions?.bitfield.toString() ?? '0',
      },
      statusMessageId: null,
      submitIntentAt: null,
      segmind: null,
      outputUrl: null,
      renderSeconds: null,
      result: null,
      failure: null,
      finishedAt: null,
    },
  };
}
