import type { FakeDiscord, FakeLocales, FakeRole, FakeUser, InteractionHandle } from './fakeDiscord.ts';
import { mod } from './helpers.ts';

/** An option of a slash command, as Discord sends it (3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number). */
export type Opt = { name: string; type: number; value: string | number | boolean };

export const userOpt = (id: string): Opt => ({ name: 'user', type: 6, value: id });
export const roleOpt = (role: FakeRole): Opt => ({ name: 'role', type: 8, value: role.id });
export const intOpt = (name: string, value: number): Opt => ({ name, type: 4, value });
export const strOpt = (name: string, value: string): Opt => ({ name, type: 3, value });

/**
 * `/clipcast <group> <sub>` (or `/clipcast <sub>` with a one-element path) with Discord's resolved
 * objects for user, channel and role options.
 */
export function moderate(
  discord: FakeDiscord,
  path: [string, string] | [string],
  options: Opt[] = [],
  user: FakeUser = mod,
  extra: FakeLocales & { guildId?: string; attachmentSizeLimit?: number } = {},
) {
  const users: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  for (const o of options) {
    const id = String(o.value);
    if (o.type === 6)
      users[id] = {
        id,
        username: `user${id.slice(-2)}`,
        discriminator: '0',
        global_name: null,
        avatar: null,
      };
    if (o.type === 7) channels[id] = { id, type: 0, name: 'chan', permissions: '0' };
    if (o.type === 8) {
      const name = [...discord.roles.values()].flat().find((r) => r.id === id)?.name ?? 'role';
      roles[id] = {
        id,
        name,
        permissions: '0',
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      };
    }
  }
  const [first, second] = path;
  const command =
    second === undefined
      ? [{ name: first, type: 1, options }]
      : [{ name: first, type: 2, options: [{ name: second, type: 1, options }] }];
  return discord.slash('clipcast', command, { ...extra, user, resolved: { users, channels, roles } });
}

/** The embed fields of the answer to a moderator command, by name (direct or after a defer). */
export async function embedFields(handle: InteractionHandle): Promise<Record<string, string>> {
  const first = await handle.callback();
  let embeds = (first.body.data?.embeds ?? []) as Array<{ fields?: Array<{ name: string; value: string }> }>;
  if (first.type === 5) {
    await handle.ephemeralText();
    embeds = (handle.original()?.embeds ?? []) as typeof embeds;
  }
  return Object.fromEntries(embeds[0]?.fields?.map((f) => [f.name, f.value]) ?? []);
}
