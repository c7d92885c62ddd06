import type { FakeDiscord, FakeUser, InteractionHandle } from './fakeDiscord.ts';
import { mod } from './helpers.ts';

/** An option of a moderator command, as Discord sends it (type 3 string, 4 integer, 5 boolean, 6 user, 10 number). */
export type Opt = { name: string; type: number; value: string | number | boolean };

/**
 * `/clipcast [group] sub …` as Discord dispatches it, with user options resolved into objects as
 * Discord does. `path` is `['settings', 'budget']` for a grouped subcommand, `['stats']` for one outside a group.
 */
export function clipcast(
  discord: FakeDiscord,
  path: [string] | [string, string],
  options: Opt[] = [],
  extra: { user?: FakeUser; guildId?: string; attachmentSizeLimit?: number } = {},
): InteractionHandle {
  const users: Record<string, unknown> = {};
  for (const o of options)
    if (o.type === 6)
      users[String(o.value)] = {
        id: o.value,
        username: `user${String(o.value).slice(-2)}`,
        discriminator: '0',
        global_name: null,
        avatar: null,
      };
  const [first, second] = path;
  const command =
    second === undefined
      ? [{ name: first, type: 1, options }]
      : [{ name: first, type: 2, options: [{ name: second, type: 1, options }] }];
  return discord.slash('clipcast', command, {
    user: extra.user ?? mod,
    resolved: { users },
    ...(extra.guildId ? { guildId: extra.guildId } : {}),
    ...(extra.attachmentSizeLimit ? { attachmentSizeLimit: extra.attachmentSizeLimit } : {}),
  });
}

/** The embed fields of the first answer to a moderator command, by name. */
export async function embedFields(handle: InteractionHandle): Promise<Record<string, string>> {
  const body = await handle.callback();
  let embeds = (body.body.data?.embeds ?? []) as Array<{ fields?: Array<{ name: string; value: string }> }>;
  if (body.type === 5) {
    const original = await handle.ephemeralText().then(() => handle.original());
    embeds = (original?.embeds ?? []) as typeof embeds;
  }
  return Object.fromEntries(embeds[0]?.fields?.map((f) => [f.name, f.value]) ?? []);
}
