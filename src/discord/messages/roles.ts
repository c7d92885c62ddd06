import type { APIEmbed } from 'discord-api-types/v10';
import type { MemberPolicy, RolePolicy } from '../../credits/roles.ts';
import type { GuildSettings } from '../../credits/settings.ts';
import type { T } from '../i18n.ts';
import { roleMention } from '../memberRoles.ts';
import { BRAND_COLOR, DESCRIPTION_LIMIT, linesWithin, listOf } from './format.ts';

/** Role policies as moderators and members read them ("@Patrons — Allowance: 100 · Jobs at once: 4"). */

export const DEFAULT_ROLE_POLICY: RolePolicy = { allowance: null, maxJobs: null, access: 'default' };

const FIELDS = ['allowance', 'maxJobs', 'access'] as const;
type Field = (typeof FIELDS)[number];

function fieldValue(t: T, field: Field, policy: RolePolicy, settings: GuildSettings): string {
  if (field === 'access') return t(`roles.access.${policy.access}`);
  const own = policy[field];
  if (own !== null) return String(own);
  return t('roles.serverSetting', {
    value: field === 'allowance' ? settings.allowance : settings.maxJobsPerUser,
  });
}

/** The fields a role sets itself, as "Label: value" parts. */
function parts(t: T, policy: RolePolicy, settings: GuildSettings): string {
  return FIELDS.filter((f) => policy[f] !== DEFAULT_ROLE_POLICY[f])
    .map((f) => `${t(`roles.label.${f}`)}: ${fieldValue(t, f, policy, settings)}`)
    .join(' · ');
}

/** What changed for one role ("Allowance: server setting (30) → 100"); empty when nothing did. */
export function describeRoleChange(
  t: T,
  before: RolePolicy,
  after: RolePolicy,
  settings: GuildSettings,
): string {
  const changes = FIELDS.filter((f) => before[f] !== after[f]).map((f) =>
    t('moderation.change', {
      label: t(`roles.label.${f}`),
      before: fieldValue(t, f, before, settings),
      after: fieldValue(t, f, after, settings),
    }),
  );
  return listOf(t, changes);
}

export function rolesEmbed(t: T, settings: GuildSettings, guildId: string): APIEmbed {
  const entries = Object.entries(settings.roles);
  const lines = entries.map(([id, policy]) =>
    t('roles.line', { role: roleMention(id, guildId), parts: parts(t, policy, settings) }),
  );
  const allowOnly = entries.some(([, p]) => p.access === 'allow');
  const note =
    entries.length === 0 ? t('roles.none') : t(allowOnly ? 'roles.allowOnly' : 'roles.mostGenerous');
  return {
    color: BRAND_COLOR,
    title: t('roles.title'),
    description: linesWithin([...lines, '', note], DESCRIPTION_LIMIT).trim(),
  };
}

/** Which of the member's roles give what; null when no role policy touches them. */
export function memberRolesText(t: T, policy: MemberPolicy, guildId: string): string | null {
  const lines: string[] = [];
  if (policy.access.kind === 'denied')
    lines.push(t('roles.deniedBy', { role: roleMention(policy.access.roleId, guildId) }));
  if (policy.access.kind === 'not_allowed') {
    const roles = policy.access.allowRoles.slice(0, 5).map((id) => roleMention(id, guildId));
    lines.push(t('roles.notAllowed', { roles: listOf(t, roles) }));
  }
  if (policy.allowanceFrom)
    lines.push(
      t('roles.allowanceFrom', {
        allowance: policy.allowance,
        role: roleMention(policy.allowanceFrom, guildId),
      }),
    );
  if (policy.maxJobsFrom)
    lines.push(
      t('roles.jobsFrom', { count: policy.maxJobs, role: roleMention(policy.maxJobsFrom, guildId) }),
    );
  return lines.length ? lines.join('\n') : null;
}
