import { PermissionFlagsBits } from 'discord-api-types/v10';

/**
 * The one moderator rule: Manage Server. The moderator command is hidden from others by default,
 * but server admins can change that in Discord's settings, so every moderator action checks this
 * in code too (and so do Delete and Cancel on someone else's job).
 */
export function isModerator(interaction: { memberPermissions: { has(p: bigint): boolean } | null }): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

/** What the bot needs in a channel to post there with its own token (after the interaction's 15 minutes). */
export const CHANNEL_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
] as const;
