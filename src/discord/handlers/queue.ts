import type { ButtonInteraction } from 'discord.js';
import { isUnfinished, type JobRecord } from '../../jobs/record.ts';
import type { BotContext } from '../context.ts';
import { type T, translator } from '../i18n.ts';
import { mention } from '../messages/format.ts';
import { parseQueueCancelId, QUEUE_REFRESH_ID, type QueueEntry, queueView } from '../messages/queue.ts';
import { isModerator } from '../permissions.ts';
import { UserError } from '../respond.ts';
import { updateMessage, type View } from '../updateMessage.ts';
import { loadJob } from './clip.ts';

const ORDER = { delivering: 0, rendering: 1, submitting: 2, queued: 3, done: 4, failed: 4 } as const;

/** The server's unfinished jobs: those under way first, then the queued ones in line order. */
async function queueEntries(ctx: BotContext, guildId: string): Promise<QueueEntry[]> {
  const ids = Object.keys(await ctx.ledger.activeJobs(guildId));
  const jobs = (await ctx.jobs.getMany(ids)).filter(isUnfinished);
  const entries = await Promise.all(
    jobs.map(async (job) => ({
      job,
      position: job.state === 'queued' ? await ctx.runner.slots.position(job.id) : null,
    })),
  );
  return entries.sort(
    (a, b) =>
      ORDER[a.job.state] - ORDER[b.job.state] ||
      (a.position ?? 0) - (b.position ?? 0) ||
      a.job.createdAt - b.job.createdAt,
  );
}

export async function queueReply(ctx: BotContext, t: T, guildId: string, notice = ''): Promise<View> {
  return queueView(t, await queueEntries(ctx, guildId), ctx.clock.now(), notice);
}

/**
 * `queue:cancel:<jobId>` and `queue:refresh` on the moderators' queue view. The view is private, but
 * a custom id can be forged, so each press checks the presser is a moderator and the job is this
 * server's. A cancelled job is refunded (the lifecycle does it) and logged in the log channel.
 */
export async function handleQueueButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  if (!isModerator(interaction)) throw new UserError((t) => t('moderation.moderatorOnly'));
  const guildId = interaction.guildId ?? '';
  const t = translator(interaction.locale);
  if (interaction.customId === QUEUE_REFRESH_ID) {
    await updateMessage(interaction, queueReply(ctx, t, guildId));
    return;
  }
  const jobId = parseQueueCancelId(interaction.customId);
  if (!jobId) throw new UserError((say) => say('common.badCustomId'));
  let cancelled: JobRecord | undefined;
  // The cancel runs inside the acknowledged work, so a slow store never misses Discord's 3 s.
  const work = (async () => {
    const job = await loadJob(ctx, interaction, jobId);
    const outcome = await ctx.runner.cancel(job.id, interaction.user.id);
    if (outcome !== 'cancelled') throw new UserError((say) => say('clip.notCancellable'));
    cancelled = job;
    const notice = t('queue.cancelled', {
      job: job.id,
      user: mention(job.userId),
      credits: t('common.credits', { count: job.cost }),
    });
    return queueReply(ctx, t, guildId, notice);
  })();
  try {
    await updateMessage(interaction, work);
  } finally {
    if (cancelled) await logCancel(ctx, guildId, interaction.user.id, cancelled);
  }
}

function logCancel(ctx: BotContext, guildId: string, moderatorId: string, job: JobRecord): Promise<boolean> {
  return ctx.notifier.log(guildId, (lt) =>
    lt('moderation.log.cancelled', {
      mod: mention(moderatorId),
      job: `\`${job.id}\``,
      user: mention(job.userId),
      credits: lt('common.credits', { count: job.cost }),
    }),
  );
}
