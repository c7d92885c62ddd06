import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ModalSubmitInteraction } from 'discord.js';
import type { Logger } from '../logger.ts';
import { UserError } from './respond.ts';

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

/**
 * `form:<kind>:<subject>:<expiry, base 36 s>:<mac>` (well under Discord's 100 characters). The
 * subject is what the form is about: a job id, or a message as `<channel>.<message>` in base 36.
 */
export function formId(key: Buffer, kind: string, subject: string, userId: string, now: number): string {
  const expiry = Math.floor((now + FORM_LIFETIME_MS) / 1000).toString(36);
  return `form:${kind}:${subject}:${expiry}:${mac(key, [kind, subject, userId, expiry])}`;
}

type FormCheck =
  | { ok: true; kind: string; jobId: string; subject: string }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

export function checkFormId(key: Buffer, id: unknown, userId: string, now: number): FormCheck {
  if (typeof id !== 'string' || id.length > 100) return { ok: false, reason: 'malformed' };
  const match = /^form:([a-z]{1,20}):([a-z0-9.]{1,40}):([0-9a-z]{1,10}):([A-Za-z0-9_-]{16})$/.exec(id);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, kind = '', subject = '', expiry = '', given = ''] = match;
  const expected = Buffer.from(mac(key, [kind, subject, userId, expiry]));
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, reason: 'forged' };
  if (Number.parseInt(expiry, 36) * 1000 < now) return { ok: false, reason: 'expired' };
  return { ok: true, kind, jobId: subject, subject };
}

/** A message as a form subject: both snowflakes in base 36 (`<channel>.<message>`). */
export function messageSubject(channelId: string, messageId: string): string {
  return `${BigInt(channelId).toString(36)}.${BigInt(messageId).toString(36)}`;
}

/** The message a form subject names, or null when it names none. */
export function parseMessageSubject(subject: string): { channelId: string; messageId: string } | null {
  const match = /^([0-9a-z]{1,13})\.([0-9a-z]{1,13})$/.exec(subject);
  if (!match) return null;
  const decode = (text: string) => [...text].reduce((n, c) => n * 36n + BigInt(Number.parseInt(c, 36)), 0n);
  return { channelId: decode(match[1] ?? '').toString(), messageId: decode(match[2] ?? '').toString() };
}

/**
 * The subject of a submitted form of `kind` that this bot showed to this member, before it expired;
 * otherwise the refusal, as a {@link UserError} (logged, unless the id is merely malformed).
 */
export function requireForm(
  ctx: { clock: { now(): number }; logger: Logger },
  interaction: ModalSubmitInteraction,
  kind: string,
): string {
  const form = checkFormId(
    formKey(interaction.client.token ?? ''),
    interaction.customId,
    interaction.user.id,
    ctx.clock.now(),
  );
  if (form.ok && form.kind === kind) return form.subject;
  if (form.ok || form.reason !== 'malformed')
    ctx.logger.warn(
      { userId: interaction.user.id, reason: form.ok ? 'kind' : form.reason },
      'refused a form',
    );
  throw new UserError((t) =>
    t(!form.ok && form.reason === 'expired' ? 'common.formExpired' : 'common.badCustomId'),
  );
}

/** A text field of a submitted form; empty when the form has no such field. */
export function textField(interaction: ModalSubmitInteraction, id: string): string {
  try {
    return interaction.fields.getTextInputValue(id) ?? '';
  } catch {
    return '';
  }
}
