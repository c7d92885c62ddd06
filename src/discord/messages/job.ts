import type { APIEmbed } from 'discord-api-types/v10';
import type { JobRecord } from '../../jobs/record.ts';
import type { StatusView } from '../../jobs/statusDisplay.ts';
import { classifyFailure } from '../../segmind/errors.ts';
import { MAX_LINE_BREAKS } from '../../text/normalize.ts';
import { truncate } from '../../text/public.ts';
import type { T } from '../i18n.ts';
import {
  BRAND_COLOR,
  clockText,
  DESCRIPTION_LIMIT,
  MESSAGE_LIMIT,
  mention,
  progressBar,
  relative,
  shown,
} from './format.ts';

/** The public messages of a job: its status while under way, the clip, or the failure. */

/** A prompt keeps its line breaks in the result embed (the normaliser allows a few), never more. */
const MAX_PROMPT_LINES = MAX_LINE_BREAKS + 1;

export type Told = 'logChannel' | 'owner';

const referenceCount = (job: JobRecord) => job.input.imageUrls.length + (job.input.videoUrl ? 1 : 0);

/** " · 2 references", or nothing for a job without any. */
function referencesSuffix(t: T, job: JobRecord): string {
  const refs = referenceCount(job);
  return refs ? ` · ${t('status.references', { count: refs })}` : '';
}

function settingsLine(t: T, job: JobRecord): string {
  const base = t('status.settings', {
    duration: job.input.duration,
    aspectRatio: job.input.aspectRatio,
    seed: job.input.seed,
  });
  return `${base}${referencesSuffix(t, job)}`;
}

function originLine(t: T, job: JobRecord): string {
  if (!job.parentId && job.origin !== 'animate') return '';
  return `\n↪ ${t(`status.origin.${job.origin}`, { parent: `\`${job.parentId ?? ''}\`` })}`;
}

function head(t: T, job: JobRecord): string {
  const prompt = t('common.quoted', { text: shown(job.input.prompt, 80) });
  return `${mention(job.userId)} · ${prompt}\n${settingsLine(t, job)}${originLine(t, job)}`;
}

/** What the status message shows: the job's own views, and "accepted" before it has any. */
type ShownStatus = StatusView | { kind: 'accepted' };

/** The public status message while a job is under way (views arrive rounded to 5 s steps). */
export function statusText(t: T, job: JobRecord, view: ShownStatus): string {
  switch (view.kind) {
    case 'accepted':
      return `${head(t, job)}\n${t('status.accepted')}`;
    case 'queued':
      return `${head(t, job)}\n${t('status.queued', { position: view.position })}`;
    case 'submitting':
      return `${head(t, job)}\n${t('status.submitting')}`;
    case 'rendering': {
      const fraction = Math.min(0.95, view.elapsedMs / Math.max(1, view.expectedMs));
      // Past the usual time there is no arrival time to give ("ready 7 minutes ago" would be wrong).
      const late = view.elapsedMs >= view.expectedMs;
      return `${head(t, job)}\n${t(late ? 'status.renderingLate' : 'status.rendering', {
        bar: progressBar(fraction),
        percent: Math.round(fraction * 100),
        elapsed: clockText(view.elapsedMs),
        expected: Math.round(view.expectedMs / 1000),
        eta: relative(view.etaAt),
      })}`;
    }
    case 'delivering':
      return `${head(t, job)}\n${t('status.delivering')}`;
    case 'delivery_retry':
      return `${head(t, job)}\n${t('status.deliveryRetry', { when: relative(view.retryAt) })}`;
  }
}

export function resultEmbed(t: T, job: JobRecord): APIEmbed {
  const refs = referenceCount(job);
  return {
    color: BRAND_COLOR,
    title: t('result.title'),
    description: shown(job.input.prompt, DESCRIPTION_LIMIT, MAX_PROMPT_LINES),
    fields: [
      { name: t('result.seed'), value: `\`${job.input.seed}\``, inline: true },
      { name: t('result.duration'), value: t('common.seconds', { count: job.input.duration }), inline: true },
      { name: t('result.aspectRatio'), value: job.input.aspectRatio, inline: true },
      { name: t('result.cost'), value: t('common.credits', { count: job.cost }), inline: true },
      { name: t('result.requestedBy'), value: mention(job.userId), inline: true },
      ...(refs ? [{ name: t('result.references'), value: String(refs), inline: true }] : []),
    ],
    footer: {
      text: job.parentId
        ? t('result.footerFrom', { id: job.id, parent: job.parentId })
        : t('result.footer', { id: job.id }),
    },
  };
}

export function resultContent(t: T, job: JobRecord, link?: string): string {
  const base = t('result.ready', { user: mention(job.userId) });
  return link ? `${base}\n${t('result.link', { link })}` : base;
}

export const pingText = (t: T, job: JobRecord, url: string) =>
  t('result.ping', { user: mention(job.userId), url });

/**
 * Advice for a refused prompt, from Segmind's FAILED reason by keywords (segmind-v2.md, "Why a
 * prompt is rejected": most refusals are not policy blocks, and an uploaded reference video is
 * refused far more often than a prompt alone).
 */
export function failureAdvice(job: JobRecord): 'safety' | 'reference_video' | 'reference_image' | null {
  const code = job.failure?.code;
  if (code !== 'content_blocked' && code !== 'render_failed') return null;
  const category = classifyFailure(job.failure?.detail);
  if (category === 'reference_video' || (category === 'safety' && job.input.videoUrl))
    return 'reference_video';
  if (category === 'safety' || category === 'reference_image') return category;
  return null;
}

/** The public failure message; `told` says who heard about an operator problem. */
export function failureText(t: T, job: JobRecord, told: Told): string {
  const code = job.failure?.code ?? 'render_failed';
  if (code === 'cancelled')
    return `${head(t, job)}\n${t('failure.cancelled')}${job.cost > 0 ? ` — ${refunded(t, job)}` : ''}`;
  const parts = [
    t('failure.failed', { reason: t(`failure.code.${code}`, { told: t(`video.told.${told}`) }) }),
  ];
  const detail = job.failure?.detail;
  if ((code === 'render_failed' || code === 'content_blocked') && detail) {
    const reason = shown(detail, 150);
    // “… policy.” needs no second full stop after the quote.
    const stop = /[.!?。！？…]$/.test(reason) ? '' : t('common.fullStop');
    parts.push(`${t('failure.providerSaid', { reason })}${stop}`);
  }
  const advice = failureAdvice(job);
  if (advice === 'safety') parts.push(t('failure.advice.safety'));
  if (advice === 'reference_video') parts.push(t('failure.advice.referenceVideo'));
  if (advice === 'reference_image') parts.push(t('failure.advice.referenceImage'));
  if (job.cost > 0) parts.push(refunded(t, job));
  const sentences = parts.reduce((a, b) => t('common.twoSentences', { a, b }));
  return truncate(`${head(t, job)}\n${sentences}`, MESSAGE_LIMIT);
}

const refunded = (t: T, job: JobRecord) => t('failure.refunded', { count: job.cost });

/** "❌ timed out (refunded)"; a job that cost nothing had nothing to refund. */
function failedOutcome(t: T, job: JobRecord): string {
  const reason = t(`log.reason.${job.failure?.code ?? 'internal'}`);
  return job.cost > 0 ? t('log.failed', { reason }) : `❌ ${reason}`;
}

/** One line in the server's log channel per finished job. */
export function jobLogLine(t: T, job: JobRecord, url: string | null): string {
  const outcome =
    job.state === 'done'
      ? t(job.result?.delivery === 'link' ? 'log.deliveredLink' : 'log.delivered')
      : failedOutcome(t, job);
  return t('log.job', {
    user: mention(job.userId),
    prompt: shown(job.input.prompt, 120),
    refs: referencesSuffix(t, job),
    seed: job.input.seed,
    credits: t('common.credits', { count: job.cost }),
    outcome,
    link: url ? ` · ${url}` : '',
  });
}
