import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';

export type ClipAction = 'reroll' | 'same' | 'edit' | 'delete' | 'cancel';
export const CLIP_ACTIONS: readonly ClipAction[] = ['reroll', 'same', 'edit', 'delete', 'cancel'];

/** `clip:<action>:<jobId>`: the state lives in storage, so a button works after any restart. */
export const customId = (action: ClipAction | 'editmodal', jobId: string) => `clip:${action}:${jobId}`;

const button = (
  action: ClipAction,
  jobId: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger,
  emoji: string,
): APIButtonComponent => ({
  type: ComponentType.Button,
  custom_id: customId(action, jobId),
  label,
  style,
  emoji: { name: emoji },
});

export function resultButtons(jobId: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('reroll', jobId, 'Re-roll', ButtonStyle.Primary, '🎲'),
        button('same', jobId, 'Same seed', ButtonStyle.Secondary, '🔁'),
        button('edit', jobId, 'Edit', ButtonStyle.Secondary, '✏️'),
        button('delete', jobId, 'Delete', ButtonStyle.Danger, '🗑️'),
      ],
    },
  ];
}

export function queuedButtons(jobId: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [button('cancel', jobId, 'Cancel', ButtonStyle.Secondary, '✖️')],
    },
  ];
}

/** Parses a custom id; anything malformed or unknown yields null. */
export function parseCustomId(id: unknown): { action: ClipAction | 'editmodal'; jobId: string } | null {
  if (typeof id !== 'string' || id.length > 100) return null;
  const match = /^clip:(reroll|same|edit|delete|cancel|editmodal):([a-f0-9]{16})$/.exec(id);
  if (!match) return null;
  return { action: match[1] as ClipAction | 'editmodal', jobId: match[2] as string };
}
