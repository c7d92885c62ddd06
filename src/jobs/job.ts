/** A job's life: queued → submitting → rendering → delivering → done | failed. */
export type JobState = 'queued' | 'submitting' | 'rendering' | 'delivering' | 'done' | 'failed';

export const UNFINISHED: ReadonlySet<JobState> = new Set(['queued', 'submitting', 'rendering', 'delivering']);

export type FailureCode =
  | 'render_failed' // Segmind reported FAILED
  | 'content_blocked' // FAILED because of the provider's content filter
  | 'submit_rejected' // the submit was refused outright
  | 'uncertain_submit' // a restart left it unknown whether Segmind took the request
  | 'expired' // Segmind forgot the request (404 after an hour)
  | 'timeout' // the render took longer than the bot waits
  | 'delivery' // the video could not be downloaded or posted
  | 'cancelled' // the requester or a moderator cancelled it while queued
  | 'misconfigured' // the operator's Segmind key, plan or credits are wrong
  | 'provider_down'; // Segmind is failing every request (circuit open)

export type JobOrigin = 'command' | 'reroll' | 'same_seed' | 'edit';

export interface JobInput {
  prompt: string;
  aspectRatio: '16:9' | '9:16';
  duration: 3 | 5 | 10;
  /** Always a concrete seed: the bot draws one when the user gives none. */
  seed: number;
  imageUrls: string[];
  videoUrl: string | null;
}

/** Everything needed to finish the job from storage alone, after any restart. */
export interface JobRecord {
  id: string;
  guildId: string;
  channelId: string;
  userId: string;
  origin: JobOrigin;
  parentId: string | null;
  input: JobInput;
  cost: number;
  state: JobState;
  createdAt: number;
  updatedAt: number;
  /** The interaction that owns the public status message (a button press brings a fresh one). */
  interaction: {
    applicationId: string;
    token: string;
    issuedAt: number;
    attachmentSizeLimit: number;
    /** The bot's permissions in the channel, as Discord reported them (a bitfield string). */
    appPermissions: string;
  };
  statusMessageId: string | null;
  /** Set just before the submit POST: a restart after it and before `segmind` means "maybe submitted". */
  submitIntentAt: number | null;
  segmind: { requestId: string; statusUrl: string; responseUrl: string; submittedAt: number } | null;
  outputUrl: string | null;
  renderSeconds: number | null;
  result: { channelId: string; messageId: string; delivery: 'attachment' | 'link'; bytes: number } | null;
  failure: { code: FailureCode; detail: string } | null;
  finishedAt: number | null;
}

export type StatusView =
  | { kind: 'queued'; position: number }
  | { kind: 'submitting' }
  | { kind: 'rendering'; elapsedMs: number; expectedMs: number }
  | { kind: 'delivering' };

/** Short, url-safe, unguessable job ids (custom ids carry them). */
export function newJobId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

export const JOB_ID_PATTERN = /^[a-f0-9]{16}$/;
