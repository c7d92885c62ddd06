import type { APIInteractionGuildMember, GuildMember } from 'discord.js';
import type { MemberRoles } from '../credits/admission.ts';
import { isModerator } from './permissions.ts';

export type WithMember = {
  member: GuildMember | APIInteractionGuildMember | null;
  memberPermissions: { has(p: bigint): boolean } | null;
};

/**
 * The role ids of a member as an interaction carries them, or as a command option (`user:`)
 * resolves them: discord.js gives a role manager for a cached server (its ids include `@everyone`,
 * the server's id) and the raw id list otherwise; undefined when Discord sent none.
 */
export function resolvedRoleIds(member: unknown): string[] | undefined {
  if (!member || typeof member !== 'object' || !('roles' in member)) return undefined;
  const roles = member.roles;
  if (Array.isArray(roles)) return roles.filter((id): id is string => typeof id === 'string');
  if (roles && typeof roles === 'object' && 'cache' in roles && roles.cache instanceof Map)
    return [...roles.cache.keys()].filter((id): id is string => typeof id === 'string');
  return undefined;
}

/** What the ledger needs to apply role policies to this member. */
export function memberOf(interaction: WithMember): MemberRoles {
  return { roles: resolvedRoleIds(interaction.member) ?? [], moderator: isModerator(interaction) };
}

/** A role as text: `@everyone` for the server's id (its mention would not render), else a mention. */
export function roleMention(roleId: string, guildId: string | null): string {
  return roleId === guildId ? '@everyone' : `<@&${roleId}>`;
}
