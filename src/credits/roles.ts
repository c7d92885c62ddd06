import { z } from 'zod';

/** How many roles a server may give a policy (the settings record stays small). */
export const MAX_ROLE_POLICIES = 50;

export const ROLE_ACCESS = ['default', 'allow', 'deny'] as const;

/** What a moderator set for one role; `null` means "the server's own setting". */
const rolePolicySchema = z.object({
  /** Credits per refill period for members with this role. */
  allowance: z.number().int().min(0).max(100_000).nullable().default(null),
  /** Unfinished jobs at once for members with this role. */
  maxJobs: z.number().int().min(1).max(50).nullable().default(null),
  /**
   * `deny`: members with this role may not use the bot (it wins over everything). `allow`: once any
   * role is set to allow, only members with such a role (and moderators) may use the bot.
   */
  access: z.enum(ROLE_ACCESS).default('default'),
});
export type RolePolicy = z.output<typeof rolePolicySchema>;

export const rolePoliciesSchema = z
  .record(z.string().regex(/^\d{1,21}$/), rolePolicySchema)
  .refine((roles) => Object.keys(roles).length <= MAX_ROLE_POLICIES, {
    message: `at most ${MAX_ROLE_POLICIES} roles`,
  });
export type RolePolicies = z.output<typeof rolePoliciesSchema>;

/** The server settings a member's policy starts from. */
interface BaseLimits {
  allowance: number;
  maxJobsPerUser: number;
  roles: RolePolicies;
}

type MemberAccess =
  | { kind: 'ok' }
  | { kind: 'denied'; roleId: string }
  | { kind: 'not_allowed'; allowRoles: string[] };

/** What a member may do here, and which role gave it (null: the server's setting). */
export interface MemberPolicy {
  access: MemberAccess;
  allowance: number;
  allowanceFrom: string | null;
  maxJobs: number;
  maxJobsFrom: string | null;
}

/**
 * The member's effective limits: the most generous of their roles that have a policy (a role
 * without an allowance or cap counts as the server's own), else the server's settings. A `deny`
 * role wins over everything, moderators included (a moderator can clear it). When any role is set
 * to `allow`, a member with none of them may not use the bot, unless they are a moderator.
 * `@everyone` is the role whose id is the server's id: every member has it.
 */
export function memberPolicy(
  base: BaseLimits,
  guildId: string,
  roleIds: readonly string[],
  moderator = false,
): MemberPolicy {
  const held = new Set([guildId, ...roleIds]);
  const mine = Object.entries(base.roles).filter(([id]) => held.has(id));
  const denied = mine.find(([, p]) => p.access === 'deny');
  const allowRoles = Object.entries(base.roles)
    .filter(([, p]) => p.access === 'allow')
    .map(([id]) => id);
  let access: MemberAccess = { kind: 'ok' };
  if (denied) access = { kind: 'denied', roleId: denied[0] };
  else if (allowRoles.length > 0 && !allowRoles.some((id) => held.has(id)) && !moderator)
    access = { kind: 'not_allowed', allowRoles };
  const best = (pick: (p: RolePolicy) => number | null, fallback: number) => {
    let value = mine.length > 0 ? Number.NEGATIVE_INFINITY : fallback;
    let from: string | null = null;
    for (const [id, policy] of mine) {
      const own = pick(policy);
      const candidate = own ?? fallback;
      if (candidate > value || (candidate === value && own !== null && from === null)) {
        value = candidate;
        from = own === null ? null : id;
      }
    }
    return { value, from };
  };
  const allowance = best((p) => p.allowance, base.allowance);
  const jobs = best((p) => p.maxJobs, base.maxJobsPerUser);
  return {
    access,
    allowance: allowance.value,
    allowanceFrom: allowance.from,
    maxJobs: jobs.value,
    maxJobsFrom: jobs.from,
  };
}
