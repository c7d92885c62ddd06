import type { APIEmbed } from 'discord-api-types/v10';
import type { Account } from '../credits/account.ts';
import type { Refusal } from '../credits/ledger.ts';
import type { GuildSettings } from '../credits/settings.ts';
import type { FailureCode, JobRecord, StatusView } from '../jobs/job.ts';
import type { ProviderState } from '../segmind/providerHealth.ts';

/** Every sentence the bot shows people lives here, so wording and localisation touch one file. */

export const BRAND_COLOR = 0x7c5cff;
const FAIL_COLOR = 0xe5484d;

/** Discord's relative timestamp: renders as "in 5 minutes" in each reader's locale. */
export const relative = (ms: number) => `<t:${Math.ceil(ms / 1000)}:R>`;

export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Neutralises markdown and mentions so user text shows as typed and pings nobody. */
export function quote(text: string): string {
  return text.replace(/([\\`*_~|>#[\]()-])/g, '\\$1').replace(/@/g, '@\u200b');
}

export function progressBar(fraction: number, width = 12): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)}`;
}

function clockText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function settingsLine(job: JobRecord): string {
  const refs = job.input.imageUrls.length + (job.input.videoUrl ? 1 : 0);
  return `${job.input.duration}s · ${job.input.aspectRatio} · seed ${job.input.seed}${refs ? ` · ${refs} reference${refs === 1 ? '' : 's'}` : ''}`;
}

function originLine(job: JobRecord): string {
  if (!job.parentId) return '';
  const what = {
    reroll: 'Re-roll',
    same_seed: 'Same-seed run',
    edit: 'Edited version',
    command: 'Follow-up',
  }[job.origin];
  return `\n↪ ${what} of job \`${job.parentId}\``;
}

/** The public status message while a job is under way. Elapsed time is shown in 5 s steps. */
export function statusText(job: JobRecord, view: StatusView): string {
  const head = `<@${job.userId}> · “${quote(excerpt(job.input.prompt))}”\n${settingsLine(job)}${originLine(job)}`;
  switch (view.kind) {
    case 'queued':
      return `${head}\n⏳ **Queued** — position **${view.position}** in line. You can cancel until it starts.`;
    case 'submitting':
      return `${head}\n📤 **Starting** — sending your request to the renderer…`;
    case 'rendering': {
      // Everything shown moves in 5 s steps, so the text (and so the message) changes at most that often.
      const shown = Math.floor(view.elapsedMs / 5000) * 5000;
      const fraction = Math.min(0.95, shown / Math.max(1, view.expectedMs));
      return `${head}\n🎬 **Rendering** ${progressBar(fraction)} ${Math.round(fraction * 100)}% · ${clockText(shown)} elapsed (usually about ${Math.round(view.expectedMs / 1000)} s)`;
    }
    case 'delivering':
      return `${head}\n📦 **Uploading** your clip…`;
  }
}

export function resultEmbed(job: JobRecord, requesterName: string | undefined): APIEmbed {
  const refs = job.input.imageUrls.length + (job.input.videoUrl ? 1 : 0);
  return {
    color: BRAND_COLOR,
    title: '🎞️ Your clip is ready',
    description: quote(job.input.prompt).slice(0, 4000),
    fields: [
      { name: 'Seed', value: `\`${job.input.seed}\``, inline: true },
      { name: 'Duration', value: `${job.input.duration} s`, inline: true },
      { name: 'Aspect ratio', value: job.input.aspectRatio, inline: true },
      { name: 'Cost', value: `${job.cost} credit${job.cost === 1 ? '' : 's'}`, inline: true },
      { name: 'Requested by', value: `<@${job.userId}>`, inline: true },
      ...(refs ? [{ name: 'References', value: String(refs), inline: true }] : []),
    ],
    footer: {
      text: `job ${job.id}${job.parentId ? ` · from ${job.parentId}` : ''}${requesterName ? ` · ${requesterName}` : ''}`,
    },
  };
}

export function resultContent(job: JobRecord, link?: string): string {
  const base = `<@${job.userId}> your clip is ready.`;
  return link
    ? `${base}\nThe video is larger than this server’s upload limit, so here is a link (valid for about 7 days): ${link}`
    : base;
}

export const pingText = (job: JobRecord, jumpUrl: string) =>
  `<@${job.userId}> your clip is ready: ${jumpUrl}`;

const FAILURE_TEXT: Record<FailureCode, string> = {
  render_failed: 'The renderer could not make this video.',
  content_blocked:
    'The renderer’s content filter blocked this request. Try rewording the prompt or using other references.',
  submit_rejected: 'The renderer did not accept the request. Please try again in a moment.',
  uncertain_submit:
    'The bot restarted while sending your request and cannot tell whether the renderer received it, so it stopped here rather than risk charging twice.',
  expired: 'The renderer no longer has this request (it expired).',
  timeout: 'The render took far longer than usual, so the bot stopped waiting.',
  delivery: 'The video was rendered but could not be downloaded or posted here.',
  cancelled: 'Cancelled.',
  misconfigured: 'The bot is misconfigured right now; the moderators have been told.',
  provider_down: 'The video service is failing right now. Please try again in a few minutes.',
};

export function failureText(job: JobRecord): string {
  const code = job.failure?.code ?? 'render_failed';
  const refund =
    job.cost > 0 ? ` Your ${job.cost} credit${job.cost === 1 ? ' was' : 's were'} refunded.` : '';
  const reason =
    code === 'render_failed' && job.failure?.detail ? ` (${quote(excerpt(job.failure.detail, 150))})` : '';
  return `<@${job.userId}> · “${quote(excerpt(job.input.prompt))}”\n${settingsLine(job)}${originLine(job)}\n❌ **${code === 'cancelled' ? 'Cancelled' : 'Failed'}** — ${FAILURE_TEXT[code]}${reason}${refund}`;
}

export const failureColor = FAIL_COLOR;

export function refusalText(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'blocked':
      return '🚫 You are blocked from making videos in this server. Ask a moderator if you think this is a mistake.';
    case 'cooldown':
      return `⏱️ Cooldown: you can start your next video ${relative(refusal.retryAt)}.`;
    case 'user_jobs':
      return `⏳ You already have ${refusal.limit} video${refusal.limit === 1 ? '' : 's'} in progress (the limit here). Try again when one finishes.`;
    case 'guild_jobs':
      return `⏳ This server already has ${refusal.limit} videos in progress (its limit). Try again in a minute.`;
    case 'balance':
      return `💳 This video costs **${refusal.cost}** credit${refusal.cost === 1 ? '' : 's'} and you have **${refusal.balance}**. Your credits refill ${relative(refusal.retryAt)}; a shorter duration costs less.`;
  }
}

export const text = {
  channelNotAllowed: (channels: readonly string[]) =>
    `🚫 /video is not enabled in this channel. Try ${channels
      .slice(0, 5)
      .map((c) => `<#${c}>`)
      .join(', ')}.`,
  blockedWord: (word: string) =>
    `🚫 Your prompt contains “${quote(word)}”, which this server does not allow. Reword it and try again (nothing was charged).`,
  provider: (state: Exclude<ProviderState, { ok: true }>) =>
    state.reason === 'misconfigured'
      ? '🛠️ The bot is misconfigured right now, and the moderators have been told. Nothing was charged.'
      : `🌧️ The video service is failing right now. Try again ${relative(state.retryAt)} (nothing was charged).`,
  internalError: (ref: string) =>
    `Something went wrong on our side (ref \`${ref}\`). Nothing was charged; please try again.`,
  slowStorage: 'The bot is busy right now. Please try again in a moment (nothing was charged).',
  unknownJob: 'That job no longer exists.',
  otherGuildJob: 'That button belongs to a job from another server.',
  notYourDelete: 'Only the requester or a moderator can delete this.',
  notYourCancel: 'Only the requester or a moderator can cancel this job.',
  deleted: '🗑️ Deleted.',
  cancelled: (cost: number) => `✅ Cancelled. ${cost} credit${cost === 1 ? '' : 's'} refunded.`,
  notQueued: 'That job has already started, so it can no longer be cancelled.',
  referencesExpired: (n: number) =>
    `🖼️ ${n === 1 ? 'A reference file' : `${n} reference files`} of the original job ${n === 1 ? 'is' : 'are'} no longer available on Discord (uploads to commands expire). Run /video again with the files attached.`,
  badCustomId: 'That button is not recognised. It may be from an older version of the bot.',
  moderatorOnly: 'This is a moderator command (it needs the Manage Server permission).',
  missingPermissions:
    '⚠️ Heads-up: I lack View Channel, Send Messages, Embed Links or Attach Files in this channel. Your video is on its way, but if it takes longer than 15 minutes I will not be able to post it here (you would be refunded). A moderator can fix my permissions.',
};

export function creditsEmbed(options: {
  who: string;
  account: Account;
  settings: GuildSettings;
  nextRefillAt: number;
  recent: JobRecord[];
}): APIEmbed {
  const { account, settings } = options;
  const reserved = Object.values(account.reserved).reduce((a, b) => a + b, 0);
  const costs = ([3, 5, 10] as const).map((d) => `${d} s → ${d * settings.costPerSecond}`).join(' · ');
  const jobs = options.recent.length
    ? options.recent
        .map(
          (j) =>
            `\`${j.id.slice(0, 8)}\` ${stateIcon(j)} “${quote(excerpt(j.input.prompt, 40))}” · seed ${j.input.seed} · ${j.cost} cr`,
        )
        .join('\n')
        .slice(0, 1024)
    : 'No videos yet.';
  return {
    color: BRAND_COLOR,
    title: `Credits — ${options.who}`,
    fields: [
      {
        name: 'Balance',
        value: `**${account.balance}**${account.blocked ? ' (blocked)' : ''}`,
        inline: true,
      },
      { name: 'Reserved', value: `${reserved} (in progress)`, inline: true },
      { name: 'Allowance', value: `${settings.allowance} every ${settings.refillHours} h`, inline: true },
      { name: 'Next refill', value: relative(options.nextRefillAt), inline: true },
      { name: 'Cost per video', value: costs, inline: false },
      { name: 'Recent jobs', value: jobs, inline: false },
    ],
  };
}

function stateIcon(job: JobRecord): string {
  return {
    queued: '⏳',
    submitting: '📤',
    rendering: '🎬',
    delivering: '📦',
    done: '✅',
    failed: job.failure?.code === 'cancelled' ? '🚫' : '❌',
  }[job.state];
}

export function settingsEmbed(settings: GuildSettings): APIEmbed {
  const list = (xs: readonly string[], fmt: (x: string) => string, empty: string) =>
    xs.length ? xs.map(fmt).join(', ').slice(0, 1024) : empty;
  return {
    color: BRAND_COLOR,
    title: 'clipcast settings for this server',
    fields: [
      {
        name: 'Allowance',
        value: `${settings.allowance} credits every ${settings.refillHours} h`,
        inline: true,
      },
      { name: 'Cost', value: `${settings.costPerSecond} credit/s of video`, inline: true },
      {
        name: 'Cooldown',
        value: settings.cooldownSeconds ? `${settings.cooldownSeconds} s` : 'none',
        inline: true,
      },
      { name: 'Jobs per member', value: String(settings.maxJobsPerUser), inline: true },
      { name: 'Jobs in this server', value: String(settings.maxJobsPerGuild), inline: true },
      {
        name: 'Defaults',
        value: `${settings.defaultDuration} s · ${settings.defaultAspectRatio}`,
        inline: true,
      },
      {
        name: 'Allowed channels',
        value: list(settings.allowedChannels, (c) => `<#${c}>`, 'every channel'),
        inline: false,
      },
      {
        name: 'Blocked words',
        value: list(settings.blockedWords, (w) => `\`${w.replace(/`/g, "'")}\``, 'none'),
        inline: false,
      },
      {
        name: 'Log channel',
        value: settings.logChannelId ? `<#${settings.logChannelId}>` : 'off',
        inline: true,
      },
    ],
  };
}

export function jobLogLine(job: JobRecord, jumpUrl: string | null): string {
  const refs = job.input.imageUrls.length + (job.input.videoUrl ? 1 : 0);
  const outcome =
    job.state === 'done'
      ? `✅ delivered (${job.result?.delivery ?? 'attachment'})`
      : `❌ ${job.failure?.code ?? 'failed'} (refunded)`;
  return `🎬 <@${job.userId}> · “${quote(excerpt(job.input.prompt, 120))}” · ${refs} ref · seed ${job.input.seed} · ${job.cost} cr · ${outcome}${jumpUrl ? ` · ${jumpUrl}` : ''}`;
}

export const jumpUrl = (guildId: string, channelId: string, messageId: string) =>
  `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
