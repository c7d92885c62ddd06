import { z } from 'zod';
import type { VideoInput } from '../videoInput.ts';

/** The four states Segmind documents [C]; anything else is treated as "not finished". */
export const KNOWN_STATUSES = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;

/**
 * Opaque request ids: a dashed UUID in Segmind's docs, 32 hex characters observed live
 * (segmind-v2.md, "Submit"). Checked strictly because the id goes into URL paths.
 */
export const REQUEST_ID = /^[A-Za-z0-9-]{8,128}$/;

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number, or a string that holds one. Segmind's published examples print `file_size` and `seed`
 * as strings (segmind-v2.md, "Result"), and nothing promises the type of any other informational field.
 */
export const looseNumber = z
  .union([z.number(), z.string().trim().regex(NUMERIC).transform(Number)])
  .pipe(z.number().refine(Number.isFinite));

const nonNegative = looseNumber.pipe(z.number().nonnegative());

/** The informational fields of a status or result; a value that does not fit is ignored. */
export const infoSchemas = {
  seed: looseNumber.pipe(z.number().int().refine(Number.isSafeInteger)),
  fileSize: nonNegative,
  contentType: z.string().trim().min(1).max(200),
  inferenceSeconds: nonNegative,
  costUsd: nonNegative,
  remainingCreditsUsd: looseNumber,
};

/** What Segmind said about a render besides the essentials; every field is optional. */
export interface RenderInfo {
  seed?: number | undefined;
  /** `video.file_size`, bytes. */
  fileSize?: number | undefined;
  /** `video.content_type`. */
  contentType?: string | undefined;
  /** `metrics.inference_time`, seconds. */
  inferenceSeconds?: number | undefined;
  /** `metrics.cost`, USD. */
  costUsd?: number | undefined;
  /** `metrics.remaining_credits`: the account balance after this request, USD. */
  remainingCreditsUsd?: number | undefined;
}

/** The body sent for gemini-omni-flash: a job's {@link VideoInput}, the reference video optional. */
export type SubmitInput = Omit<VideoInput, 'imageUrls' | 'videoUrl'> & {
  imageUrls: readonly string[];
  videoUrl?: VideoInput['videoUrl'] | undefined;
};

export interface SubmitResult {
  requestId: string;
  statusUrl: string;
  responseUrl: string;
}

export type RenderStatus =
  | { state: 'pending'; raw: string }
  | { state: 'completed'; inferenceSeconds?: number | undefined; info: RenderInfo }
  | { state: 'failed'; reason: string };

export interface RenderResult {
  outputUrl: string;
  info: RenderInfo;
}

/** `GET /v1/get-user-credits`, in USD. */
export interface AccountBalance {
  creditsUsd: number;
  freeCreditsUsd: number;
  totalUsd: number;
}
