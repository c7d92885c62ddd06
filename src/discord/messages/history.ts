import { ButtonStyle } from 'discord-api-types/v10';
import { type JobRecord, removedByModerator } from '../../jobs/record.ts';
import { button, row } from '../components.ts';
import type { T } from '../i18n.ts';
import type { View } from '../updateMessage.ts';
import { stateIcon } from './embeds.ts';
import { ago, BRAND_COLOR, DESCRIPTION_LIMIT, jumpUrl, linesWithin, shown } from './format.ts';

/** Clips per page of `/clips` (one row of Re-post buttons, one of Previous/Next). */
export const HISTORY_PAGE_SIZE = 5;

/**
 * `/clips` buttons carry everything they need: `clips:page:<member>:<page>`,
 * `clips:repost:<member>:<job>`, `clips:same:<member>:<job>`. Only that member may press them.
 */
type ClipsAction =
  | { action: 'page'; memberId: string; page: number }
  | { action: 'repost' | 'same'; memberId: string; jobId: string };

export const clipsId = (action: ClipsAction) =>
  `clips:${action.action}:${action.memberId}:${action.action === 'page' ? action.page : action.jobId}`;

const CLIPS_ID = /^clips:(page|repost|same):(\d{15,21}):([a-f0-9]{16}|\d{1,3})$/;

export function parseClipsId(id: string): ClipsAction | null {
  const match = CLIPS_ID.exec(id);
  const [, action, memberId, arg] = match ?? [];
  if (!memberId || !arg) return null;
  if (action === 'page') return /^\d+$/.test(arg) ? { action, memberId, page: Number(arg) } : null;
  if ((action === 'repost' || action === 'same') && /^[a-f0-9]{16}$/.test(arg))
    return { action, memberId, jobId: arg };
  return null;
}

function stateWord(t: T, job: JobRecord): string {
  if (job.state === 'failed' && job.failure?.code === 'cancelled') return t('history.state.cancelled');
  if (job.state === 'done' && job.clipDeleted)
    return t(removedByModerator(job) ? 'history.state.removed' : 'history.state.deleted');
  return t(`history.state.${job.state}`);
}

/** Where the clip is (or was): its result message, else its status message. */
function clipUrl(job: JobRecord): string | null {
  if (job.clipDeleted) return null;
  if (job.result) return jumpUrl(job.guildId, job.result.channelId, job.result.messageId);
  return job.statusMessageId ? jumpUrl(job.guildId, job.channelId, job.statusMessageId) : null;
}

/** One page of the member's clips, newest first, with Re-post for delivered ones. */
export function historyView(
  t: T,
  o: { memberId: string; page: number; pages: number; jobs: readonly JobRecord[]; first: number },
): View {
  const lines = o.jobs.map((job, i) => {
    const url = clipUrl(job);
    return t('history.entry', {
      n: o.first + i + 1,
      icon: stateIcon(job),
      prompt: shown(job.input.prompt, 50),
      seed: job.input.seed,
      credits: t('common.credits', { count: job.cost }),
      state: stateWord(t, job),
      age: ago(job.createdAt),
      link: url ? t('history.jump', { url }) : '',
    });
  });
  const reposts = o.jobs.flatMap((job, i) =>
    job.state === 'done' && !removedByModerator(job)
      ? [
          button(
            clipsId({ action: 'repost', memberId: o.memberId, jobId: job.id }),
            t('history.repost', { n: o.first + i + 1 }),
            ButtonStyle.Secondary,
            '📤',
          ),
        ]
      : [],
  );
  const page = (p: number, label: string, emoji: string, disabled: boolean) => ({
    ...button(
      clipsId({ action: 'page', memberId: o.memberId, page: p }),
      label,
      ButtonStyle.Secondary,
      emoji,
    ),
    disabled,
  });
  const rows = [];
  if (reposts.length) rows.push(row(...reposts));
  if (o.pages > 1)
    rows.push(
      row(
        page(Math.max(0, o.page - 1), t('history.previous'), '◀️', o.page === 0),
        page(Math.min(o.pages - 1, o.page + 1), t('history.next'), '▶️', o.page >= o.pages - 1),
      ),
    );
  return {
    content: '',
    embeds: [
      {
        color: BRAND_COLOR,
        title: t('history.title'),
        description: lines.length ? linesWithin(lines, DESCRIPTION_LIMIT) : t('history.empty'),
        ...(o.pages > 0 ? { footer: { text: t('history.page', { page: o.page + 1, pages: o.pages }) } } : {}),
      },
    ],
    components: rows,
    allowedMentions: { parse: [] },
  };
}
