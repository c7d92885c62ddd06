import { normalizePrompt } from '../text/normalize.ts';
import {
  ASPECT_RATIOS,
  type AspectRatio,
  DURATIONS,
  type Duration,
  isAspectRatio,
  isDuration,
  MAX_IMAGE_BYTES,
  MAX_IMAGES,
  MAX_PROMPT_LENGTH,
  MAX_SEED,
  MAX_VIDEO_BYTES,
} from '../videoInput.ts';
import { megabytes } from './messages/format.ts';
import type { Say } from './respond.ts';

/** A resolved attachment as Discord describes it; every field is untrusted. */
export interface RawAttachment {
  name: string;
  contentType: string | null;
  size: number;
  url: string;
}

export interface RawVideoOptions {
  prompt: unknown;
  aspectRatio: unknown;
  duration: unknown;
  seed: unknown;
  /** In option order: image1 … image14 (missing ones left out). */
  images: RawAttachment[];
  video: RawAttachment | null;
}

/** A validated request; null settings take the server's defaults, a null seed is drawn by the bot. */
export interface VideoRequest {
  prompt: string;
  aspectRatio: AspectRatio | null;
  duration: Duration | null;
  seed: number | null;
  imageUrls: string[];
  videoUrl: string | null;
}

export type Parsed<V> = { ok: true; value: V } | { ok: false; say: Say };

const refuse = (say: Say): { ok: false; say: Say } => ({ ok: false, say });

const IMAGE_TYPES: Record<string, string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
};
const VIDEO_TYPES: Record<string, string[]> = {
  'video/mp4': ['mp4', 'm4v'],
  'video/webm': ['webm'],
  'video/quicktime': ['mov'],
};

const PROMPT_PROBLEMS = {
  missing: 'video.invalid.promptMissing',
  empty: 'video.invalid.promptEmpty',
  too_long: 'video.invalid.promptTooLong',
  invisible: 'video.invalid.promptInvisible',
  control: 'video.invalid.promptControl',
} as const;

/**
 * The prompt as typed into a command, a modal or the context menu: the same normaliser everywhere
 * (`text/normalize.ts`), and what it returns is exactly what Segmind receives and the channel shows.
 */
export function parsePrompt(raw: unknown): Parsed<string> {
  const normalized = normalizePrompt(raw, { maxLength: MAX_PROMPT_LENGTH });
  if (normalized.ok) return { ok: true, value: normalized.prompt };
  const key = PROMPT_PROBLEMS[normalized.problem];
  return refuse((t) => t(key, { max: MAX_PROMPT_LENGTH }));
}

/** −1, empty or absent = random (null); otherwise 0 … MAX_SEED. Accepts a number or the text of a modal field. */
export function parseSeed(raw: unknown): Parsed<number | null> {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === null || text === undefined || text === '') return { ok: true, value: null };
  const n = typeof text === 'string' ? (/^-?\d{1,10}$/.test(text) ? Number(text) : Number.NaN) : text;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < -1 || n > MAX_SEED)
    return refuse((t) => t('video.invalid.seed', { max: MAX_SEED }));
  return { ok: true, value: n === -1 ? null : n };
}

function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

const safeName = (name: unknown) =>
  String(name ?? '')
    .replace(/[`*_~|<>@\\]/g, '')
    .slice(0, 60);

/**
 * Checks one attachment's declared type, file name and size against what the renderer takes.
 * `content_type` is optional and can lie, so the extension must agree with it.
 */
function checkAttachment(attachment: RawAttachment, kind: 'image' | 'video', label: Say): Parsed<string> {
  const types = kind === 'image' ? IMAGE_TYPES : VIDEO_TYPES;
  const name = safeName(attachment.name);
  const extension = extensionOf(String(attachment.name ?? ''));
  const declared =
    String(attachment.contentType ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? '';
  const byExtension = Object.entries(types).find(([, exts]) => exts.includes(extension))?.[0];
  if (!byExtension)
    return refuse((t) =>
      t(kind === 'image' ? 'video.invalid.notImage' : 'video.invalid.notVideo', { label: label(t), name }),
    );
  if (declared && declared !== byExtension && !(declared in types)) {
    return refuse((t) =>
      t('video.invalid.declaredOther', {
        label: label(t),
        name,
        declared: safeName(declared),
        expected: t(kind === 'image' ? 'video.invalid.anImage' : 'video.invalid.aVideo'),
      }),
    );
  }
  const size = Number(attachment.size);
  if (!Number.isFinite(size) || size <= 0)
    return refuse((t) => t('video.invalid.empty', { label: label(t), name }));
  const max = kind === 'image' ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES;
  if (size > max)
    return refuse((t) =>
      t('video.invalid.tooLarge', { label: label(t), size: megabytes(size), max: megabytes(max) }),
    );
  let url: URL;
  try {
    url = new URL(String(attachment.url));
  } catch {
    return refuse((t) => t('video.invalid.noLink', { label: label(t) }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return refuse((t) => t('video.invalid.noLink', { label: label(t) }));
  return { ok: true, value: url.href };
}

/** Validates every /video option; the first problem is phrased as what to fix. */
export function parseVideoOptions(raw: RawVideoOptions): Parsed<VideoRequest> {
  const prompt = parsePrompt(raw.prompt);
  if (!prompt.ok) return prompt;
  const aspectRatio = raw.aspectRatio ?? null;
  if (aspectRatio !== null && !isAspectRatio(aspectRatio))
    return refuse((t) => t('video.invalid.aspectRatio', { choices: ASPECT_RATIOS.join(' / ') }));
  const duration = raw.duration ?? null;
  if (duration !== null && !isDuration(duration))
    return refuse((t) => t('video.invalid.duration', { choices: DURATIONS.join(' / ') }));
  const seed = parseSeed(raw.seed ?? null);
  if (!seed.ok) return seed;
  if (raw.images.length > MAX_IMAGES)
    return refuse((t) => t('video.invalid.tooManyImages', { max: MAX_IMAGES }));
  const imageUrls: string[] = [];
  for (const [i, image] of raw.images.entries()) {
    const checked = checkAttachment(image, 'image', (t) => t('video.invalid.imageLabel', { n: i + 1 }));
    if (!checked.ok) return checked;
    imageUrls.push(checked.value);
  }
  let videoUrl: string | null = null;
  if (raw.video) {
    const checked = checkAttachment(raw.video, 'video', (t) => t('video.invalid.videoLabel'));
    if (!checked.ok) return checked;
    videoUrl = checked.value;
  }
  return {
    ok: true,
    value: { prompt: prompt.value, aspectRatio, duration, seed: seed.value, imageUrls, videoUrl },
  };
}
