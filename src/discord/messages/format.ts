import { publicText, truncate } from '../../text/public.ts';
import type { T } from '../i18n.ts';

/** Small formatting pieces every message uses. User or provider text is escaped before display. */

export const BRAND_COLOR = 0x7c5cff;

// Discord's relative timestamps render in each reader's locale and stay current.
/** A moment to come, as Discord shows it to each reader ("in 5 minutes"); rounded up, never early. */
export const relative = (ms: number) => `<t:${Math.ceil(ms / 1000)}:R>`;
/** A moment that has passed ("2 minutes ago"); rounded down, so it never reads as "in 1 second". */
export const ago = (ms: number) => `<t:${Math.floor(ms / 1000)}:R>`;
/**
 * Lines joined, within `limit`: whole lines while they fit, then "…" — never half a mention,
 * timestamp or emoji. Unchanged when everything fits.
 */
export function linesWithin(lines: readonly string[], limit: number): string {
  const all = lines.join('\n');
  if (all.length <= limit) return all;
  let kept = '';
  for (const line of lines) {
    const next = kept ? `${kept}\n${line}` : line;
    if (next.length + 2 > limit) break;
    kept = next;
  }
  return kept ? `${kept}\n…` : truncate(all, limit);
}

/** Items joined as the reader's language lists them (", " or "、"). */
export const listOf = (t: T, items: readonly string[]) => items.join(t('common.listSeparator'));

export const mention = (userId: string) => `<@${userId}>`;
export const channelMention = (channelId: string) => `<#${channelId}>`;

export const jumpUrl = (guildId: string, channelId: string, messageId: string) =>
  `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;

/**
 * Member or provider text as it may appear in a channel: one line (or `lines`), at most `max`
 * characters cut on a grapheme boundary, markdown escaped, mentions broken, links without previews
 * (see `text/public.ts` for the order of operations).
 */
export const shown = (text: string, max: number, lines = 1) =>
  publicText(text, { maxLength: max, maxLines: lines });

export function progressBar(fraction: number, width = 12): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)}`;
}

export function clockText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Discord's limits on message content and embed fields. */
export const MESSAGE_LIMIT = 2000;
export const FIELD_LIMIT = 1024;
export const DESCRIPTION_LIMIT = 4096;
