import type { z } from 'zod';
import { isObject } from '../util/isObject.ts';
import { infoSchemas, looseNumber, REQUEST_ID, type RenderInfo } from './schemas.ts';

/**
 * Tolerant readers for Segmind's bodies. Segmind documents little and its examples disagree with
 * any strict typing (segmind-v2.md, "Result": "Types of everything but the URL are unreliable"), so
 * each reader takes only what is essential strictly and treats everything else as optional
 * information: a field that does not fit is skipped and its *name* reported in `ignored`.
 * None of these functions throws.
 */

function at(body: unknown, path: readonly string[]): unknown {
  let current = body;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Reads one optional field; absent (undefined or null) is silent, present but unfit is recorded. */
function optional<T>(body: unknown, path: readonly string[], schema: z.ZodType<T>, ignored: string[]) {
  const value = at(body, path);
  if (value === undefined || value === null) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  ignored.push(path.join('.'));
  return undefined;
}

function readInfo(body: unknown, ignored: string[]): RenderInfo {
  const s = infoSchemas;
  return {
    seed: optional(body, ['seed'], s.seed, ignored),
    fileSize: optional(body, ['video', 'file_size'], s.fileSize, ignored),
    contentType: optional(body, ['video', 'content_type'], s.contentType, ignored),
    inferenceSeconds: optional(body, ['metrics', 'inference_time'], s.inferenceSeconds, ignored),
    costUsd: optional(body, ['metrics', 'cost'], s.costUsd, ignored),
    remainingCreditsUsd: optional(body, ['metrics', 'remaining_credits'], s.remainingCreditsUsd, ignored),
  };
}

/** A reason of any shape (string, `{message}`, a list of details, …) as at most 500 characters. */
function errorText(value: unknown, depth = 0): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim().slice(0, 500);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth < 3 && Array.isArray(value)) {
    return value
      .map((v) => errorText(v, depth + 1))
      .filter(Boolean)
      .join('; ')
      .slice(0, 500);
  }
  if (depth < 3 && isObject(value)) {
    for (const key of ['message', 'msg', 'detail', 'error', 'reason']) {
      const text = errorText(value[key], depth + 1);
      if (text) return text;
    }
  }
  try {
    return (JSON.stringify(value) ?? '').slice(0, 500);
  } catch {
    return '';
  }
}

/** The message of an error response, JSON or not (405 is HTML: segmind-v2.md, "Expiry and errors"). */
export function errorMessage(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (isObject(body)) return errorText(body.error ?? body.message ?? body.detail);
    return errorText(body);
  } catch {
    return text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
  }
}

interface ReadSubmit {
  requestId: string;
  statusUrl: string | undefined;
  responseUrl: string | undefined;
}

/** The id (strict format) and the URLs (origin checked by the caller); undefined without a usable id. */
export function readSubmit(body: unknown): ReadSubmit | undefined {
  const id = at(body, ['request_id']);
  if (typeof id !== 'string' || !REQUEST_ID.test(id)) return undefined;
  return {
    requestId: id,
    statusUrl: nonEmptyString(at(body, ['status_url'])),
    responseUrl: nonEmptyString(at(body, ['response_url'])),
  };
}

interface ReadStatus {
  /** Upper-cased; undefined when the body has no readable status. */
  status: string | undefined;
  error: string;
  info: RenderInfo;
  ignored: string[];
}

export function readStatus(body: unknown): ReadStatus {
  const ignored: string[] = [];
  const raw = at(body, ['status']);
  const status = nonEmptyString(raw)?.toUpperCase();
  if (raw !== undefined && status === undefined) ignored.push('status');
  return { status, error: errorText(at(body, ['error'])), info: readInfo(body, ignored), ignored };
}

interface ReadResult extends ReadStatus {
  /** Output URL candidates in order of preference: `output`, then `video.url` (segmind-v2.md, "Result"). */
  urls: string[];
}

export function readResult(body: unknown): ReadResult {
  const read = readStatus(body);
  const urls: string[] = [];
  for (const path of [['output'], ['video', 'url']]) {
    const value = at(body, path);
    const url = nonEmptyString(value);
    if (url !== undefined) urls.push(url);
    else if (value !== undefined && value !== null && value !== '') read.ignored.push(path.join('.'));
  }
  return { ...read, urls };
}

/**
 * `{"credits": 0.0, "free-credits": 0.0184}` (segmind-v2.md, "Account balance"). A missing field
 * counts as zero when the other is there; with neither, there is nothing to report.
 */
export function readBalance(
  body: unknown,
): { creditsUsd: number; freeCreditsUsd: number; totalUsd: number } | undefined {
  const ignored: string[] = [];
  const credits = optional(body, ['credits'], looseNumber, ignored);
  const free =
    optional(body, ['free-credits'], looseNumber, ignored) ??
    optional(body, ['free_credits'], looseNumber, ignored);
  if (credits === undefined && free === undefined) return undefined;
  const creditsUsd = credits ?? 0;
  const freeCreditsUsd = free ?? 0;
  return { creditsUsd, freeCreditsUsd, totalUsd: creditsUsd + freeCreditsUsd };
}
