import { DiscordAPIError, type REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { JobSource } from '../jobs/record.ts';
import { MAX_IMAGE_BYTES, MAX_IMAGES } from '../videoInput.ts';

/**
 * The images of a Discord message, as Animate uses them: attachments that are images (by declared
 * type, by name, or — when neither says — by their first bytes), then image embeds, in the order
 * Discord shows them. Everything read here is untrusted: items that do not parse are skipped.
 */

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'jfif', 'webp', 'gif']);

const attachmentSchema = z.object({
  url: z.string(),
  filename: z.string().default(''),
  content_type: z.string().nullish(),
  size: z.number().default(0),
});
const media = z.object({ url: z.string(), proxy_url: z.string().nullish() }).nullish();
const embedSchema = z.object({ type: z.string().optional(), image: media, thumbnail: media });

/** A message as Discord's API (or discord.js, flattened to the same fields) describes it. */
interface MessageImages {
  /** Usable images, in message order, at most {@link MAX_IMAGES}. */
  images: Candidate[];
  /** Every link in the message (attachments and embeds), to find a file again under a fresh link. */
  links: string[];
}

interface Candidate {
  url: string;
  /** True when only the file's bytes can tell whether it is an image. */
  needsSniff: boolean;
}

function items<S extends z.ZodType>(value: unknown, schema: S): Array<z.output<S>> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

const isWebUrl = (raw: string) => {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

function attachmentKind(a: z.output<typeof attachmentSchema>): 'image' | 'unknown' | 'other' {
  const declared = (a.content_type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = /\.([a-z0-9]{1,8})$/i.exec(a.filename)?.[1]?.toLowerCase() ?? '';
  if (IMAGE_TYPES.has(declared)) return 'image';
  if (declared && declared !== 'application/octet-stream') return 'other';
  return IMAGE_EXTENSIONS.has(extension) ? 'image' : 'unknown';
}

/** The images of `message` (`{ attachments, embeds }` as the API sends them). */
export function messageImages(message: unknown): MessageImages {
  const raw = message !== null && typeof message === 'object' ? message : {};
  const attachments = items('attachments' in raw ? raw.attachments : [], attachmentSchema);
  const embeds = items('embeds' in raw ? raw.embeds : [], embedSchema);
  const images: Candidate[] = [];
  for (const a of attachments) {
    const kind = attachmentKind(a);
    if (kind === 'other' || !isWebUrl(a.url) || a.size > MAX_IMAGE_BYTES) continue;
    images.push({ url: a.url, needsSniff: kind === 'unknown' });
  }
  for (const e of embeds) {
    const picture = e.image ?? (e.type === 'image' || e.type === 'gifv' ? e.thumbnail : undefined);
    // Discord's copy of an embedded picture (its media proxy): the bot reads files from Discord only.
    const url = picture?.proxy_url ?? picture?.url;
    if (url && isWebUrl(url)) images.push({ url, needsSniff: false });
  }
  const links = [
    ...attachments.map((a) => a.url),
    ...embeds.flatMap((e) =>
      [e.image?.proxy_url, e.image?.url, e.thumbnail?.proxy_url, e.thumbnail?.url].filter(
        (u): u is string => !!u,
      ),
    ),
  ];
  return { images, links };
}

/** Keeps the candidates that are images (asking `isImage` about the doubtful ones), capped. */
export async function confirmImages(
  candidates: readonly Candidate[],
  isImage: (url: string) => Promise<boolean>,
): Promise<string[]> {
  const checked = await Promise.all(
    candidates.map(async (c) => (!c.needsSniff || (await isImage(c.url)) ? c.url : null)),
  );
  return checked.filter((u): u is string => u !== null).slice(0, MAX_IMAGES);
}

/** Where a file lives, whatever its signature: a CDN link's host and path without the query. */
function fileIdentity(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.host}${url.pathname}`;
  } catch {
    return raw;
  }
}

type SourceRead = { ok: true; message: unknown } | { ok: false; reason: 'gone' | 'unreadable' };

/** Reads the source message again with the bot's token (fresh signed links). */
export async function readSource(rest: REST, source: JobSource): Promise<SourceRead> {
  try {
    return { ok: true, message: await rest.get(Routes.channelMessage(source.channelId, source.messageId)) };
  } catch (error) {
    if (error instanceof DiscordAPIError && (error.code === 10008 || error.code === 10003))
      return { ok: false, reason: 'gone' };
    return { ok: false, reason: 'unreadable' };
  }
}

/**
 * Replaces each dead link by the same file's fresh link in the re-read message; null when one of
 * them is no longer in it.
 */
export function refreshLinks(
  urls: readonly string[],
  dead: readonly string[],
  fresh: MessageImages,
): string[] | null {
  const byIdentity = new Map(fresh.links.map((l) => [fileIdentity(l), l]));
  const out: string[] = [];
  for (const url of urls) {
    if (!dead.includes(url)) {
      out.push(url);
      continue;
    }
    const replacement = byIdentity.get(fileIdentity(url));
    if (!replacement) return null;
    out.push(replacement);
  }
  return out;
}
