import type { FakeDiscord, FakeUser } from '../fakeDiscord.ts';
import type { Names } from './markup.ts';
import type { Lookups } from './slashCommand.ts';

/** Who and what is in the sandbox's server: members, roles and channels, found by name or id. */

const MODERATOR = (32n | 8192n | 1024n | 2048n | 65536n | (1n << 31n)).toString();

export const ROLES = [
  { id: '200000000000000001', name: 'supporter' },
  { id: '200000000000000002', name: 'newcomer' },
];

/** alice (a moderator: Manage Server and Manage Messages), bob and carol (members). */
export function sandboxMembers(): Map<string, FakeUser> {
  return new Map<string, FakeUser>([
    ['alice', { id: '100000000000000001', username: 'alice', permissions: MODERATOR }],
    ['bob', { id: '100000000000000002', username: 'bob' }],
    ['carol', { id: '100000000000000004', username: 'carol' }],
  ]);
}

const channelsOf = (discord: FakeDiscord) => [
  { id: discord.guild.channelId, name: 'general' },
  { id: discord.guild.logChannelId, name: 'mod-log' },
];

export function markupNames(discord: FakeDiscord, members: Map<string, FakeUser>): Names {
  const users = [...members.values(), discord.botUser, discord.owner];
  return {
    user: (id) => users.find((u) => u.id === id)?.username,
    channel: (id) => channelsOf(discord).find((c) => c.id === id)?.name,
    role: (id) => ROLES.find((r) => r.id === id)?.name,
  };
}

export function lookups(
  discord: FakeDiscord,
  members: Map<string, FakeUser>,
  attachment: Lookups['attachment'],
): Lookups {
  return {
    user: (name) => members.get(name),
    userNames: () => [...members.keys()],
    channel: (name) => channelsOf(discord).find((c) => c.name === name),
    channelNames: () => channelsOf(discord).map((c) => c.name),
    role: (name) => ROLES.find((r) => r.name === name),
    roleNames: () => ROLES.map((r) => r.name),
    attachment,
  };
}
