import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Modals are accepted only for a form the bot showed to that member: the form's custom id carries
 * an expiry and a MAC over (form, job, member, expiry) keyed with a secret derived from the bot's
 * token, so a forged or replayed form from anyone else is refused — without storing anything.
 */
export const FORM_LIFETIME_MS = 30 * 60_000;

export function formKey(botToken: string): Buffer {
  return createHmac('sha256', 'clipcast form key').update(botToken).digest();
}

const mac = (key: Buffer, parts: readonly string[]) =>
  createHmac('sha256', key).update(parts.join(':')).digest('base64url').slice(0, 16);

/** `form:<kind>:<jobId>:<expiry, base 36 s>:<mac>` (well under Discord's 100 characters). */
export function formId(key: Buffer, kind: string, jobId: string, userId: string, now: number): string {
  const expiry = Math.floor((now + FORM_LIFETIME_MS) / 1000).toString(36);
  return `form:${kind}:${jobId}:${expiry}:${mac(key, [kind, jobId, userId, expiry])}`;
}

export type FormCheck =
  | { ok: true; kind: string; jobId: string }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

export function checkFormId(key: Buffer, id: unknown, userId: string, now: number): FormCheck {
  if (typeof id !== 'string' || id.length > 100) return { ok: false, reason: 'malformed' };
  const match = /^form:([a-z]{1,20}):([a-f0-9]{16}):([0-9a-z]{1,10}):([A-Za-z0-9_-]{16})$/.exec(id);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, kind = '', jobId = '', expiry = '', given = ''] = match;
  const expected = Buffer.from(mac(key, [kind, jobId, userId, expiry]));
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, reason: 'forged' };
  if (Number.parseInt(expiry, 36) * 1000 < now) return { ok: false, reason: 'expired' };
  return { ok: true, kind, jobId };
}
