import { z } from 'zod';

/**
 * What a video request may contain: the one definition from which the slash-command options
 * (`commands/`), the option parser and the stored record's schema (`discord/`, `jobs/`) and the body
 * sent to Segmind (`segmind/`) derive. Values follow Segmind's gemini-omni-flash contract
 * (segmind-v2.md, "Submit"): aspect_ratio 16:9|9:16, duration 3|5|10, seed −1…999999999, ≤ 14
 * image_urls, one reference video (beta).
 */
export const ASPECT_RATIOS = ['16:9', '9:16'] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const DURATIONS = [3, 5, 10] as const;
export type Duration = (typeof DURATIONS)[number];

/** Discord's message and option limit; also what Segmind's form accepts comfortably. */
export const MAX_PROMPT_LENGTH = 2000;
export const MAX_SEED = 999_999_999;
export const MAX_IMAGES = 14;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 100 * 1024 * 1024;

export const aspectRatioSchema = z.enum(ASPECT_RATIOS);
export const durationSchema = z.union(
  DURATIONS.map((d) => z.literal(d)) as [z.ZodLiteral<3>, z.ZodLiteral<5>, z.ZodLiteral<10>],
);

export const isAspectRatio = (value: unknown): value is AspectRatio =>
  aspectRatioSchema.safeParse(value).success;
export const isDuration = (value: unknown): value is Duration => durationSchema.safeParse(value).success;

/** A job's input as stored and sent: the seed is always concrete (the bot draws one when none is given). */
export const videoInputSchema = z.object({
  prompt: z.string().min(1).max(MAX_PROMPT_LENGTH),
  aspectRatio: aspectRatioSchema,
  duration: durationSchema,
  seed: z.number().int().min(0).max(MAX_SEED),
  imageUrls: z.array(z.string()).max(MAX_IMAGES),
  videoUrl: z.string().nullable(),
});
export type VideoInput = z.output<typeof videoInputSchema>;

/** A uniformly random seed in 0 … MAX_SEED (never −1, so every result can be reproduced). */
export function drawSeed(): number {
  const buf = new Uint32Array(1);
  const limit = Math.floor(2 ** 32 / (MAX_SEED + 1)) * (MAX_SEED + 1);
  for (;;) {
    crypto.getRandomValues(buf);
    const n = buf[0] ?? 0;
    // Reject the top sliver so the modulo stays uniform.
    if (n < limit) return n % (MAX_SEED + 1);
  }
}
