import { OAuth2Scopes, PermissionFlagsBits } from 'discord-api-types/v10';

/** What the bot needs in a channel: see and post messages, attach the video, embed its details. */
const REQUIRED_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: REQUIRED_PERMISSIONS.toString(),
    integration_type: '0',
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}
