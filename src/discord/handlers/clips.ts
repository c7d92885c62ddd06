import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags, Routes } from 'discord.js';
import { ButtonStyle } from 'discord-api-types/v10';
import { jobCost } from '../../credits/admission.ts';
import { outputStillKept } from '../../jobs/output.ts';
import type { JobRecord } from '../../jobs/record.ts';
import { removedByModerator } from '../../jobs/record.ts';
import { SegmindError } from '../../segmind/errors.ts';
import { button, row } from '../components.ts';
import type { BotContext } from '../context.ts';
import { type T, translator } from '../i18n.ts';
import { DeliveryError, discordRefusal, uploadLimitOf } from '../messageSender.ts';
import { channelMention, jumpUrl } from '../messages/format.ts';
import { clipsId, HISTORY_PAGE_SIZE, historyView, parseClipsId } from '../messages/history.ts';
import { replyEphemeral, UserError } from '../respond.ts';
import { updateMessage, type View } from '../updateMessage.ts';
import { loadJob, rerunJob } from './clip.ts';

/** The member's job ids, newest first: their history, then any older ids only their account knew. */
async function memberJobIds(ctx: BotContext, guildId: string, userId: string): Promise<string[]> {
  const [history, account] = await Promise.all([
    ctx.history.list(guildId, userId),
    ctx.ledger.peek(guildId, userId),
  ]);
  return [...new Set([...history, ...account.recentJobs])];
}

async function historyPage(ctx: BotContext, t: T, guildId: string, userId: string, page: number) {
  const ids = await memberJobIds(ctx, guildId, userId);
  const pages = Math.ceil(ids.length / HISTORY_PAGE_SIZE);
  const current = Math.max(0, Math.min(page, pages - 1));
  const first = current * HISTORY_PAGE_SIZE;
  const jobs = await ctx.jobs.getMany(ids.slice(first, first + HISTORY_PAGE_SIZE));
  return historyView(t, { memberId: userId, page: current, pages, jobs, first });
}

/** `/clips`: the caller's clips in this server, privately, five to a page. */
export async function handleClips(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const t = translator(interaction.locale);
  await replyEphemeral(interaction, historyPage(ctx, t, interaction.guildId ?? '', interaction.user.id, 0));
}

/** `clips:…` buttons: paging, Re-post, and Same seed when the file is gone. */
export async function handleClipsButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const parsed = parseClipsId(interaction.customId);
  if (!parsed) throw new UserError((t) => t('common.badCustomId'));
  if (parsed.memberId !== interaction.user.id) throw new UserError((t) => t('history.notYours'));
  const t = translator(interaction.locale);
  if (parsed.action === 'page') {
    await updateMessage(
      interaction,
      historyPage(ctx, t, interaction.guildId ?? '', interaction.user.id, parsed.page),
    );
    return;
  }
  const job = await loadJob(ctx, interaction, parsed.jobId);
  if (job.userId !== interaction.user.id) throw new UserError((say) => say('history.notYours'));
  if (parsed.action === 'same') {
    await rerunJob(ctx, interaction, job, true);
    return;
  }
  if (job.state !== 'done' || !job.result) throw new UserError((say) => say('history.notDelivered'));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await interaction.editReply(await repost(ctx, interaction, job, job.result, t));
}

/** Posts the clip again if its message is gone and the file still downloads; else offers Same seed. */
async function repost(
  ctx: BotContext,
  interaction: ButtonInteraction,
  job: JobRecord,
  result: NonNullable<JobRecord['result']>,
  t: T,
): Promise<View> {
  const say = (content: string, components: View['components'] = []): View => ({
    content,
    embeds: [],
    components,
    allowedMentions: { parse: [] },
  });
  if (removedByModerator(job)) return say(t('history.removed'));
  if (await messageExists(interaction, result.channelId, result.messageId))
    return say(t('history.stillThere', { url: jumpUrl(job.guildId, result.channelId, result.messageId) }));
  const sameSeed = async () => {
    const settings = await ctx.settings.get(job.guildId);
    return say(t('history.expired', { count: jobCost(job.input.duration, settings) }), [
      row(
        button(
          clipsId({ action: 'same', memberId: job.userId, jobId: job.id }),
          t('buttons.same'),
          ButtonStyle.Primary,
          '🔁',
        ),
      ),
    ]);
  };
  if (!outputStillKept(job, ctx.clock.now())) return sameSeed();
  // Fresh permissions and upload limit when the member is in the clip's channel; else those stored.
  const here = interaction.channelId === job.channelId;
  const target: JobRecord = here
    ? {
        ...job,
        interaction: {
          ...job.interaction,
          appPermissions: interaction.appPermissions?.bitfield.toString() ?? job.interaction.appPermissions,
        },
      }
    : job;
  const limit = here ? uploadLimitOf(interaction) : job.interaction.attachmentSizeLimit;
  try {
    const posted = await ctx.fetchOutput(job, (video) => ctx.notifier.repost(target, video, limit));
    const applied = await ctx.runner.lifecycle.apply(job.id, { type: 'reposted', result: posted });
    if (!applied.ok) {
      // A moderator removed the clip while it was being posted again: take the new post down.
      await ctx.notifier.deleteClip({ ...job, result: posted }, posted.channelId, posted.messageId);
      return say(t('history.removed'));
    }
    return say(t('history.reposted', { url: jumpUrl(job.guildId, posted.channelId, posted.messageId) }));
  } catch (error) {
    if (error instanceof SegmindError) {
      ctx.logger.info({ err: error, jobId: job.id }, 're-post: the output is no longer downloadable');
      return sameSeed();
    }
    if (error instanceof DeliveryError || isForbidden(error))
      throw new UserError((say) => say('history.cannotPost', { channel: channelMention(job.channelId) }));
    throw error;
  }
}

const isForbidden = (error: unknown) => discordRefusal(error) === 'forbidden';

/** Whether the clip's message is still there (a deleted message or channel answers 10008 / 10003). */
async function messageExists(interaction: ButtonInteraction, channelId: string, messageId: string) {
  try {
    await interaction.client.rest.get(Routes.channelMessage(channelId, messageId));
    return true;
  } catch (error) {
    if (discordRefusal(error) === 'gone') return false;
    if (isForbidden(error))
      throw new UserError((say) => say('history.cannotPost', { channel: channelMention(channelId) }));
    throw error;
  }
}
