import { z } from 'zod';

/** The four states Segmind documents; anything else is treated as "not finished". */
export const KNOWN_STATUSES = ['QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;

export const submitResponseSchema = z.object({
  request_id: z.string().regex(/^[A-Za-z0-9-]{8,128}$/, 'request_id must be an opaque id'),
  status: z.string().optional(),
  status_url: z.string().optional(),
  response_url: z.string().optional(),
  poll_url: z.string().optional(),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

export const statusResponseSchema = z.object({
  status: z.string(),
  request_id: z.string().optional(),
  error: z.unknown().optional(),
  metrics: z.record(z.string(), z.unknown()).nullish(),
});

export const resultResponseSchema = z.object({
  status: z.string().optional(),
  output: z.unknown().optional(),
  video: z
    .object({
      url: z.string().optional(),
      file_size: z.number().optional(),
      content_type: z.string().optional(),
    })
    .partial()
    .nullish(),
  error: z.unknown().optional(),
  seed: z.unknown().optional(),
  metrics: z.record(z.string(), z.unknown()).nullish(),
});

export const errorEnvelopeSchema = z.object({ error: z.unknown() }).partial();

/** The body sent for gemini-omni-flash. */
export interface SubmitInput {
  prompt: string;
  aspectRatio: '16:9' | '9:16';
  duration: 3 | 5 | 10;
  seed: number;
  imageUrls: readonly string[];
  videoUrl?: string | null | undefined;
}

export interface SubmitResult {
  requestId: string;
  statusUrl: string;
  responseUrl: string;
}

export type RenderStatus =
  | { state: 'pending'; raw: string }
  | { state: 'completed'; inferenceSeconds?: number | undefined }
  | { state: 'failed'; reason: string };
