import { MAX_ROLE_POLICIES, ROLE_ACCESS, type RolePolicy } from '../../../credits/roles.ts';
import { roleMention } from '../../memberRoles.ts';
import { mention } from '../../messages/format.ts';
import { DEFAULT_ROLE_POLICY, describeRoleChange, rolesEmbed } from '../../messages/roles.ts';
import { UserError } from '../../respond.ts';
import type { ModContext, Reply, SubcommandHandler } from './index.ts';

/** `-1` puts a number back to the server's own setting. */
const ownOrServer = (value: number | null, current: number | null) =>
  value === null ? current : value < 0 ? null : value;

const isDefault = (p: RolePolicy) =>
  p.allowance === null && p.maxJobs === null && p.access === DEFAULT_ROLE_POLICY.access;

function roleOf(m: ModContext): { id: string; text: string } {
  const id = m.interaction.options.getRole('role', true).id;
  return { id, text: roleMention(id, m.guildId) };
}

/** Saves the role's new policy (none at all when it is back to the defaults). */
async function save(m: ModContext, roleId: string, next: RolePolicy | null): Promise<void> {
  const settings = await m.ctx.settings.get(m.guildId);
  const { [roleId]: _, ...others } = settings.roles;
  await m.ctx.settings.update(m.guildId, { roles: next ? { ...others, [roleId]: next } : others });
}

/** `/clipcast role set|clear|show`: per-role allowances, job caps and access, logged. */
export const roleCommand: Record<string, SubcommandHandler> = {
  show: async (m) => ({ embeds: [rolesEmbed(m.t, await m.ctx.settings.get(m.guildId), m.guildId)] }),

  set: async (m): Promise<Reply> => {
    const role = roleOf(m);
    const options = m.interaction.options;
    const allowance = options.getInteger('allowance');
    const jobs = options.getInteger('jobs');
    const access = ROLE_ACCESS.find((a) => a === options.getString('access'));
    if (allowance === null && jobs === null && access === undefined)
      throw new UserError((t) => t('roles.nothingGiven', { role: role.text }));
    if (jobs === 0) throw new UserError((t) => t('roles.jobsZero'));
    const settings = await m.ctx.settings.get(m.guildId);
    const current = settings.roles[role.id] ?? DEFAULT_ROLE_POLICY;
    const next: RolePolicy = {
      allowance: ownOrServer(allowance, current.allowance),
      maxJobs: ownOrServer(jobs, current.maxJobs),
      access: access ?? current.access,
    };
    const summary = describeRoleChange(m.t, current, next, settings);
    if (!summary)
      return { content: m.t('moderation.nothingChanged'), embeds: [rolesEmbed(m.t, settings, m.guildId)] };
    if (!settings.roles[role.id] && Object.keys(settings.roles).length >= MAX_ROLE_POLICIES)
      throw new UserError((t) => t('roles.tooMany', { max: MAX_ROLE_POLICIES }));
    await save(m, role.id, isDefault(next) ? null : next);
    await m.log((t) =>
      t('roles.log.set', {
        mod: mention(m.moderatorId),
        role: role.text,
        changes: describeRoleChange(t, current, next, settings),
      }),
    );
    const after = await m.ctx.settings.get(m.guildId);
    return {
      content: m.t('roles.updated', { role: role.text, changes: summary }),
      embeds: [rolesEmbed(m.t, after, m.guildId)],
    };
  },

  clear: async (m) => {
    const role = roleOf(m);
    const settings = await m.ctx.settings.get(m.guildId);
    if (!settings.roles[role.id]) return { content: m.t('roles.nothingToClear', { role: role.text }) };
    await save(m, role.id, null);
    await m.log((t) => t('roles.log.cleared', { mod: mention(m.moderatorId), role: role.text }));
    const after = await m.ctx.settings.get(m.guildId);
    return {
      content: m.t('roles.cleared', { role: role.text }),
      embeds: [rolesEmbed(m.t, after, m.guildId)],
    };
  },
};
