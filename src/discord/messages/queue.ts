import { ButtonStyle } from 'discord-api-types/v10';
import { TRANSITIONS } from '../../jobs/machine.ts';
import type { JobRecord } from '../../jobs/record.ts';
import { button, row } from '../components.ts';
import type { T } from '../i18n.ts';
import type { View } from '../updateMessage.ts';
import { ago, BRAND_COLOR, DESCRIPTION_LIMIT, linesWithin, mention, relative, shown } from './format.ts';

/** At most this many jobs are listed, each with its Cancel button (4 rows of 5; the 5th row refreshes). */
const QUEUE_LISTED = 20;

const queueCancelId = (jobId: string) => `queue:cancel:${jobId}`;
/** The job a queue view's Cancel names, or undefined for any other custom id. */
export const parseQueueCancelId = (customId: string) => /^queue:cancel:([a-f0-9]{16})$/.exec(customId)?.[1];
export const QUEUE_REFRESH_ID = 'queue:refresh';

export interface QueueEntry {
  job: JobRecord;
  /** Place in the bot-wide line, for a queued job. */
  position: number | null;
}

/** What the machine lets a Cancel end (queued and rendering jobs). */
const cancellable = (job: JobRecord) => TRANSITIONS[job.state].cancel !== undefined;

function stateText(t: T, entry: QueueEntry, now: number): string {
  const { job } = entry;
  if (job.state === 'queued') return t('queue.state.queued', { position: entry.position ?? '?' });
  // Rendered, waiting (perhaps hours) to retry its download: it holds credits, not a job place.
  // Once the time has come, the attempt is under way and it reads "Uploading" again.
  if (job.state === 'delivering' && job.download && job.download.retryAt > now)
    return t('queue.state.deliveryRetry', { when: relative(job.download.retryAt) });
  if (job.state === 'submitting' || job.state === 'rendering' || job.state === 'delivering')
    return t(`queue.state.${job.state}`);
  return '';
}

/** `/clipcast queue`: this server's unfinished jobs, oldest first, each with Cancel when it can be. */
export function queueView(t: T, entries: readonly QueueEntry[], now: number, notice = ''): View {
  const listed = entries.slice(0, QUEUE_LISTED);
  const lines = listed.map((entry, i) =>
    t('queue.entry', {
      n: i + 1,
      state: stateText(t, entry, now),
      user: mention(entry.job.userId),
      prompt: shown(entry.job.input.prompt, 60),
      credits: t('common.credits', { count: entry.job.cost }),
      age: ago(entry.job.createdAt),
    }),
  );
  if (entries.length > listed.length) lines.push(t('queue.more', { count: entries.length - listed.length }));
  const cancels = listed.flatMap((entry, i) =>
    cancellable(entry.job)
      ? [button(queueCancelId(entry.job.id), t('queue.cancelButton', { n: i + 1 }), ButtonStyle.Danger)]
      : [],
  );
  const rows = [];
  for (let i = 0; i < cancels.length; i += 5) rows.push(row(...cancels.slice(i, i + 5)));
  rows.push(row(button(QUEUE_REFRESH_ID, t('queue.refresh'), ButtonStyle.Secondary, '🔄')));
  return {
    content: notice,
    embeds: [
      {
        color: BRAND_COLOR,
        title: t('queue.title'),
        description: lines.length ? linesWithin(lines, DESCRIPTION_LIMIT) : t('queue.empty'),
        ...(lines.length ? { footer: { text: t('queue.hint') } } : {}),
      },
    ],
    components: rows,
    allowedMentions: { parse: [] },
  };
}
