import { z } from 'zod';
import { isObject } from '../util/isObject.ts';
import { videoInputSchema } from '../videoInput.ts';

/**
 * A job's stored record: everything needed to finish the job from storage alone, after any
 * restart. Records carry a version and are parsed on every read ({@link parseJobRecord}); a record
 * written by an older version is migrated, a damaged one is reported as such (never trusted).
 */
export const JOB_RECORD_VERSION = 2;

export const JOB_STATES = ['queued', 'submitting', 'rendering', 'delivering', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

const FAILURE_CODES = [
  'render_failed', // Segmind reported FAILED
  'content_blocked', // FAILED because of the provider's content filter
  'submit_rejected', // the submit was refused outright
  'uncertain_submit', // a restart left it unknown whether Segmind took the request
  'expired', // Segmind forgot the request (404 after an hour)
  'timeout', // the render took longer than the bot waits
  'delivery', // the video could not be downloaded or posted
  'result_unreadable', // Segmind finished but its result could not be read before its retention ended
  'cancelled', // the requester or a moderator cancelled it
  'misconfigured', // the operator's Segmind key, plan or credits are wrong
  'model_unavailable', // the model is retired or unknown to Segmind
  'provider_down', // Segmind is failing every request (circuit open)
  'damaged', // the stored record could not be read
  'internal', // a bug: an unexpected error in a job step
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export const JOB_ORIGINS = ['command', 'reroll', 'same_seed', 'edit', 'animate'] as const;
export type JobOrigin = (typeof JOB_ORIGINS)[number];

const id = z.string().min(1).max(64);

const interactionSchema = z.object({
  applicationId: id,
  token: z.string().min(1).max(500),
  issuedAt: z.number(),
  attachmentSizeLimit: z.number().int().positive(),
  /** The bot's permissions in the channel, as Discord reported them (a bitfield string). */
  appPermissions: z.string().regex(/^\d{1,40}$/),
});

const segmindSchema = z.object({
  requestId: z.string().min(1).max(200),
  statusUrl: z.string(),
  responseUrl: z.string(),
  submittedAt: z.number(),
});

/** Informational figures Segmind reported about the render (any may be missing). */
/** The Discord message an Animate job took its images from: re-read when their links expire. */
const sourceSchema = z.object({ channelId: id, messageId: id });
export type JobSource = z.output<typeof sourceSchema>;

const renderInfoSchema = z.object({
  seconds: z.number().nullable().default(null),
  costUsd: z.number().nullable().default(null),
});

const jobRecordSchema = z.object({
  v: z.literal(JOB_RECORD_VERSION),
  id,
  guildId: id,
  channelId: id,
  userId: id,
  origin: z.enum(JOB_ORIGINS),
  parentId: id.nullable(),
  /** Set for Animate jobs and the re-runs of them. */
  source: sourceSchema.nullable().default(null),
  input: videoInputSchema,
  cost: z.number().int().min(0),
  state: z.enum(JOB_STATES),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The server's locale, for the public messages of this job. */
  locale: z.string().max(10).default('en-US'),
  /** The interaction that owns the public status message (a button press brings a fresh one). */
  interaction: interactionSchema,
  statusMessageId: id.nullable(),
  /** Set just before the submit POST: a restart after it and before `segmind` means "maybe submitted". */
  submitIntentAt: z.number().nullable(),
  segmind: segmindSchema.nullable(),
  render: renderInfoSchema.default({ seconds: null, costUsd: null }),
  outputUrl: z.string().nullable(),
  /** Result reads that failed (unreadable or transient), and when to try again: survives restarts. */
  resultRead: z
    .object({ attempts: z.number().int().min(0), retryAt: z.number() })
    .nullable()
    .default(null),
  /**
   * Downloads of the finished video that failed for a passing reason, and when to try again:
   * survives restarts, so a clip is never lost to a network hiccup (see steps/deliver.ts).
   */
  download: z
    .object({ attempts: z.number().int().min(0), retryAt: z.number() })
    .nullable()
    .default(null),
  result: z
    .object({
      channelId: id,
      messageId: id,
      delivery: z.enum(['attachment', 'link']),
      bytes: z.number().int().min(0),
      /** The "your clip is ready" mention, deleted with the clip. */
      pingMessageId: id.nullable().default(null),
    })
    .nullable(),
  failure: z.object({ code: z.enum(FAILURE_CODES), detail: z.string().max(1000) }).nullable(),
  finishedAt: z.number().nullable(),
  /**
   * When and by whom the delivered clip was deleted with its Delete button (null: still there, or
   * re-posted). A clip a moderator removed is not posted again by its requester.
   */
  clipDeleted: z.object({ at: z.number(), by: z.string() }).nullable().default(null),
});

export type JobRecord = z.output<typeof jobRecordSchema>;

const UNFINISHED: ReadonlySet<JobState> = new Set(['queued', 'submitting', 'rendering', 'delivering']);
export const isUnfinished = (job: Pick<JobRecord, 'state'>) => UNFINISHED.has(job.state);

/**
 * Whether Segmind may have billed the operator for this job: it accepted the request and did not
 * report it FAILED. Segmind bills completed work only (segmind-v2.md), and has no cancel endpoint,
 * so a render cancelled, timed out or undeliverable here was most likely billed there. Money
 * budgets count such a job as spent even though the member's credits come back.
 */
export function mayHaveBeenBilled(job: Pick<JobRecord, 'segmind' | 'failure'>): boolean {
  if (job.segmind === null) return false;
  const code = job.failure?.code;
  return code !== 'render_failed' && code !== 'content_blocked';
}

/** What a failed job cost the operator at Segmind, for the money budgets (undefined: nothing). */
export function billedCost(job: JobRecord): { costUsd: number | null } | undefined {
  return mayHaveBeenBilled(job) ? { costUsd: job.render.costUsd } : undefined;
}

/** Someone other than its requester (a moderator) deleted the clip: it is never posted again. */
export const removedByModerator = (job: Pick<JobRecord, 'clipDeleted' | 'userId'>): boolean =>
  job.clipDeleted !== null && job.clipDeleted.by !== job.userId;

/** Short, url-safe, unguessable job ids (custom ids carry them). */
export function newJobId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

type ParsedRecord = { ok: true; job: JobRecord; migrated: boolean } | { ok: false; problem: string };

/**
 * Reads a stored value as a job record: the current version as is, version 1 (records written
 * before versions existed: no `v`, `renderSeconds` at the top level) migrated, anything else refused.
 */
export function parseJobRecord(raw: unknown): ParsedRecord {
  if (!isObject(raw)) return { ok: false, problem: 'not an object' };
  const migrated = raw.v === undefined;
  const candidate = migrated ? migrateV1(raw) : raw;
  const parsed = jobRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, job: parsed.data, migrated };
}

function migrateV1(value: Record<string, unknown>): Record<string, unknown> {
  const { renderSeconds, ...rest } = value;
  return {
    ...rest,
    v: JOB_RECORD_VERSION,
    render: { seconds: typeof renderSeconds === 'number' ? renderSeconds : null, costUsd: null },
  };
}
