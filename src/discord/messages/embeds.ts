import type { APIEmbed } from 'discord-api-types/v10';
import { type Account, reservedTotal } from '../../credits/account.ts';
import type { GuildSettings } from '../../credits/settings.ts';
import type { JobRecord } from '../../jobs/record.ts';
import { truncate } from '../../text/public.ts';
import { DURATIONS } from '../../videoInput.ts';
import type { T } from '../i18n.ts';
import { BRAND_COLOR, channelMention, FIELD_LIMIT, linesWithin, listOf, relative, shown } from './format.ts';
import { budgetSettingValue } from './money.ts';

/** `/credits` (and the moderators' `credits show`): balance, allowance, next refill and recent jobs. */
export function creditsEmbed(
  t: T,
  options: {
    who: string;
    account: Account;
    settings: GuildSettings;
    nextRefillAt: number;
    recent: JobRecord[];
  },
): APIEmbed {
  const { account, settings } = options;
  const costs = DURATIONS.map(
    (d) => `${t('common.seconds', { count: d })} → ${d * settings.costPerSecond}`,
  ).join(' · ');
  const jobs = options.recent.length
    ? linesWithin(
        options.recent.map((j) =>
          t('credits.recentJob', {
            id: j.id.slice(0, 8),
            icon: stateIcon(j),
            prompt: shown(j.input.prompt, 40),
            seed: j.input.seed,
            credits: t('common.credits', { count: j.cost }),
          }),
        ),
        FIELD_LIMIT,
      )
    : t('credits.noJobs');
  return {
    color: BRAND_COLOR,
    title: t('credits.title', { who: options.who }),
    fields: [
      {
        name: t('credits.balance'),
        value: `**${account.balance}**${account.blocked ? ` ${t('credits.blocked')}` : ''}`,
        inline: true,
      },
      {
        name: t('credits.reserved'),
        value: t('credits.reservedValue', { count: reservedTotal(account) }),
        inline: true,
      },
      {
        name: t('credits.allowance'),
        value: t('credits.allowanceValue', { allowance: settings.allowance, hours: settings.refillHours }),
        inline: true,
      },
      { name: t('credits.nextRefill'), value: relative(options.nextRefillAt), inline: true },
      { name: t('credits.costs'), value: costs, inline: false },
      { name: t('credits.recent'), value: jobs, inline: false },
    ],
  };
}

export function stateIcon(job: JobRecord): string {
  return {
    queued: '⏳',
    submitting: '📤',
    rendering: '🎬',
    delivering: '📦',
    done: '✅',
    failed: job.failure?.code === 'cancelled' ? '🚫' : '❌',
  }[job.state];
}

/** Settings shown as one value each (role policies have their own view). */
type SettingKey = Exclude<keyof GuildSettings, 'v' | 'roles'>;

/** A setting's value as moderators read it: mentions for channels, units for numbers. */
export function settingValue(t: T, key: SettingKey, settings: GuildSettings): string {
  const list = (xs: readonly string[], fmt: (x: string) => string) =>
    xs.length ? truncate(listOf(t, xs.map(fmt)), FIELD_LIMIT) : t('common.none');
  switch (key) {
    case 'allowedChannels':
      return settings.allowedChannels.length
        ? list(settings.allowedChannels, channelMention)
        : t('settings.everyChannel');
    case 'blockedWords':
      // Moderators' words, shown as plain text (escaped, mentions and links neutralised, one line each).
      return list(settings.blockedWords, (w) => shown(w, 60));
    case 'logChannelId':
      return settings.logChannelId ? channelMention(settings.logChannelId) : t('common.off');
    case 'cooldownSeconds':
      return settings.cooldownSeconds
        ? t('common.seconds', { count: settings.cooldownSeconds })
        : t('common.none');
    case 'defaultDuration':
      return t('common.seconds', { count: settings.defaultDuration });
    case 'refillHours':
      return t('common.hours', { count: settings.refillHours });
    case 'dailyBudgetUsd':
      return budgetSettingValue(t, settings);
    case 'costPreviewAt':
      return settings.costPreviewAt === null
        ? t('common.off')
        : t('settings.costPreviewValue', { count: settings.costPreviewAt });
    default:
      return String(settings[key]);
  }
}

const SETTING_KEYS: readonly SettingKey[] = [
  'allowance',
  'refillHours',
  'costPerSecond',
  'cooldownSeconds',
  'maxJobsPerUser',
  'maxJobsPerGuild',
  'defaultAspectRatio',
  'defaultDuration',
  'dailyBudgetUsd',
  'costPreviewAt',
  'allowedChannels',
  'blockedWords',
  'logChannelId',
];

export function settingsEmbed(t: T, settings: GuildSettings): APIEmbed {
  return {
    color: BRAND_COLOR,
    title: t('settings.title'),
    fields: SETTING_KEYS.map((key) => ({
      name: t(`settings.label.${key}`),
      value: settingValue(t, key, settings),
      inline: !['allowedChannels', 'blockedWords'].includes(key),
    })),
  };
}

/** What changed between two settings, in moderators' words ("Log channel: off → #clips"); empty when nothing did. */
export function describeChange(t: T, before: GuildSettings, after: GuildSettings): string {
  const changes = SETTING_KEYS.filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  ).map((key) => {
    const label = t(`settings.label.${key}`);
    const diff = listDiff(key, before, after);
    if (diff) return `${label}: ${diff}`;
    return t('moderation.change', {
      label,
      before: settingValue(t, key, before),
      after: settingValue(t, key, after),
    });
  });
  return truncate(listOf(t, changes), 1500);
}

/**
 * A list that had entries and still has some reads as what was added and removed ("+gore, −blood"),
 * not as two long lists.
 */
function listDiff(key: SettingKey, before: GuildSettings, after: GuildSettings): string | undefined {
  if (key !== 'blockedWords' && key !== 'allowedChannels') return undefined;
  const was = before[key];
  const now = after[key];
  if (was.length === 0 || now.length === 0) return undefined;
  const fmt = key === 'blockedWords' ? (w: string) => shown(w, 60) : channelMention;
  return [
    ...now.filter((x) => !was.includes(x)).map((x) => `+${fmt(x)}`),
    ...was.filter((x) => !now.includes(x)).map((x) => `−${fmt(x)}`),
  ].join(' ');
}
