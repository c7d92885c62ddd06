import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { T } from './i18n.ts';

/**
 * Buttons carry their state in storage, not in memory: `clip:<action>:<jobId>` works after any
 * restart. Only the job id travels in the custom id; who may press what is checked on the job.
 */
const CLIP_ACTIONS = ['reroll', 'same', 'edit', 'delete', 'cancel'] as const;
export type ClipAction = (typeof CLIP_ACTIONS)[number];

export const customId = (action: ClipAction, jobId: string) => `clip:${action}:${jobId}`;

const CLIP_ID = new RegExp(`^clip:(${CLIP_ACTIONS.join('|')}):([a-f0-9]{16})$`);

/** Parses a clip custom id; anything malformed or unknown yields null. */
export function parseCustomId(id: unknown): { action: ClipAction; jobId: string } | null {
  if (typeof id !== 'string' || id.length > 100) return null;
  const match = CLIP_ID.exec(id);
  const action = CLIP_ACTIONS.find((a) => a === match?.[1]);
  return action && match?.[2] ? { action, jobId: match[2] } : null;
}

type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger;

export function button(
  customIdValue: string,
  label: string,
  style: Style,
  emoji?: string,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: customIdValue,
    label,
    style,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

export const row = (...components: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> => ({
  type: ComponentType.ActionRow,
  components,
});

export function resultButtons(t: T, jobId: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    row(
      button(customId('reroll', jobId), t('buttons.reroll'), ButtonStyle.Primary, '🎲'),
      button(customId('same', jobId), t('buttons.same'), ButtonStyle.Secondary, '🔁'),
      button(customId('edit', jobId), t('buttons.edit'), ButtonStyle.Secondary, '✏️'),
      button(customId('delete', jobId), t('buttons.delete'), ButtonStyle.Danger, '🗑️'),
    ),
  ];
}

export function queuedButtons(t: T, jobId: string): APIActionRowComponent<APIButtonComponent>[] {
  return [row(button(customId('cancel', jobId), t('buttons.cancel'), ButtonStyle.Secondary, '✖️'))];
}

/** On a refused prompt: Edit, so the member can reword and retry in one step. */
export function editButton(t: T, jobId: string): APIActionRowComponent<APIButtonComponent>[] {
  return [row(button(customId('edit', jobId), t('buttons.edit'), ButtonStyle.Primary, '✏️'))];
}

/**
 * A moderator's confirmation: `confirm:<what>:<yes|no>:<moderator id>:<expiry, epoch s>`. Only that
 * moderator may answer, and only before it expires; no state is kept.
 */
const CONFIRMATIONS = ['settings-reset'] as const;
type Confirmation = (typeof CONFIRMATIONS)[number];

export function confirmButtons(
  what: Confirmation,
  moderatorId: string,
  expiresAt: number,
  labels: { yes: string; no: string },
): APIActionRowComponent<APIButtonComponent>[] {
  const id = (answer: 'yes' | 'no') =>
    `confirm:${what}:${answer}:${moderatorId}:${Math.floor(expiresAt / 1000)}`;
  return [
    row(
      button(id('yes'), labels.yes, ButtonStyle.Danger),
      button(id('no'), labels.no, ButtonStyle.Secondary),
    ),
  ];
}

export function parseConfirmation(
  id: unknown,
): { what: Confirmation; yes: boolean; moderatorId: string; expiresAt: number } | null {
  if (typeof id !== 'string' || id.length > 100) return null;
  const match = /^confirm:([a-z-]{1,30}):(yes|no):(\d{15,21}):(\d{1,12})$/.exec(id);
  const what = CONFIRMATIONS.find((c) => c === match?.[1]);
  if (!what || !match?.[3] || !match[4]) return null;
  return { what, yes: match[2] === 'yes', moderatorId: match[3], expiresAt: Number(match[4]) * 1000 };
}
