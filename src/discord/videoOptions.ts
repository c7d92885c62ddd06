import { z } from 'zod';

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

export interface VideoRequest {
  prompt: string;
  aspectRatio: '16:9' | '9:16' | null;
  duration: 3 | 5 | 10 | null;
  /** null = draw a random one. */
  seed: number | null;
  imageUrls: string[];
  videoUrl: string | null;
}

export const MAX_PROMPT = 2000;
export const MAX_IMAGES = 14;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 100 * 1024 * 1024;
export const MAX_SEED = 999_999_999;

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

const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export const promptSchema = z
  .string({ error: 'The prompt is missing.' })
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'The prompt is empty. Describe what should happen in the video.')
      .max(MAX_PROMPT, `The prompt is too long: keep it under ${MAX_PROMPT} characters.`)
      .refine(
        (s) => !CONTROL.test(s),
        'The prompt contains invisible control characters. Retype it without them.',
      ),
  );

export const seedSchema = z
  .number({ error: 'The seed must be a whole number.' })
  .int('The seed must be a whole number.')
  .min(-1, `The seed must be between -1 and ${MAX_SEED}.`)
  .max(MAX_SEED, `The seed must be between -1 and ${MAX_SEED}.`)
  .nullable()
  .transform((s) => (s === null || s === -1 ? null : s));

const aspectSchema = z.enum(['16:9', '9:16'], { error: 'The aspect ratio must be 16:9 or 9:16.' }).nullable();
const durationSchema = z
  .union([z.literal(3), z.literal(5), z.literal(10)], { error: 'The duration must be 3, 5 or 10 seconds.' })
  .nullable();

function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * Checks one attachment's declared type, file name and size against what the renderer takes.
 * `content_type` is optional and can lie, so the extension must agree with it.
 */
export function checkAttachment(
  attachment: RawAttachment,
  kind: 'image' | 'video',
  label: string,
): { ok: true; url: string } | { ok: false; message: string } {
  const types = kind === 'image' ? IMAGE_TYPES : VIDEO_TYPES;
  const expected = kind === 'image' ? 'an image (PNG, JPEG, WebP or GIF)' : 'a video (MP4, WebM or MOV)';
  const extension = extensionOf(attachment.name ?? '');
  const declared = (attachment.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const byExtension = Object.entries(types).find(([, exts]) => exts.includes(extension))?.[0];
  if (!byExtension)
    return { ok: false, message: `${label} must be ${expected}; “${safeName(attachment.name)}” is not.` };
  if (declared && declared !== byExtension && !(declared in types)) {
    return {
      ok: false,
      message: `${label} must be ${expected}; “${safeName(attachment.name)}” is ${declared}.`,
    };
  }
  const size = Number(attachment.size);
  if (!Number.isFinite(size) || size <= 0)
    return { ok: false, message: `${label} (“${safeName(attachment.name)}”) is empty.` };
  const max = kind === 'image' ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES;
  if (size > max) {
    return { ok: false, message: `${label} is too large (${mb(size)}); the limit is ${mb(max)}.` };
  }
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    return { ok: false, message: `${label} has no usable link. Upload it again.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: `${label} has no usable link. Upload it again.` };
  return { ok: true, url: url.href };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const safeName = (name: string) =>
  String(name ?? '')
    .replace(/[`*_~|<>@]/g, '')
    .slice(0, 60);

/** Validates every /video option. Returns the first problem, phrased as what to fix. */
export function parseVideoOptions(
  raw: RawVideoOptions,
): { ok: true; value: VideoRequest } | { ok: false; message: string } {
  const prompt = promptSchema.safeParse(raw.prompt);
  if (!prompt.success)
    return { ok: false, message: prompt.error.issues[0]?.message ?? 'The prompt is invalid.' };
  const aspect = aspectSchema.safeParse(raw.aspectRatio ?? null);
  if (!aspect.success) return { ok: false, message: 'The aspect ratio must be 16:9 or 9:16.' };
  const duration = durationSchema.safeParse(raw.duration ?? null);
  if (!duration.success) return { ok: false, message: 'The duration must be 3, 5 or 10 seconds.' };
  const seed = seedSchema.safeParse(raw.seed ?? null);
  if (!seed.success) return { ok: false, message: seed.error.issues[0]?.message ?? 'The seed is invalid.' };
  if (raw.images.length > MAX_IMAGES)
    return { ok: false, message: `At most ${MAX_IMAGES} reference images are allowed.` };
  const imageUrls: string[] = [];
  for (const [i, image] of raw.images.entries()) {
    const checked = checkAttachment(image, 'image', `Reference image ${i + 1}`);
    if (!checked.ok) return checked;
    imageUrls.push(checked.url);
  }
  let videoUrl: string | null = null;
  if (raw.video) {
    const checked = checkAttachment(raw.video, 'video', 'The reference video');
    if (!checked.ok) return checked;
    videoUrl = checked.url;
  }
  return {
    ok: true,
    value: {
      prompt: prompt.data,
      aspectRatio: aspect.data,
      duration: duration.data,
      seed: seed.data,
      imageUrls,
      videoUrl,
    },
  };
}

/** A uniformly random seed in 0 … 999 999 999 (never -1, so every result can be reproduced). */
export function drawSeed(): number {
  const buf = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buf);
    const n = buf[0] as number;
    // Reject the top sliver so the modulo stays uniform.
    if (n < 4_000_000_000) return n % (MAX_SEED + 1);
  }
}
