import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../src/credits/ledger.ts';
import { memberPolicy, type RolePolicies } from '../../src/credits/roles.ts';
import { guildSettingsSchema, SettingsStore } from '../../src/credits/settings.ts';
import { createStorage, type Storage } from '../../src/storage/index.ts';
import { TestClock } from '../support/testClock.ts';

const G = '900000000000000000';
const base = (roles: RolePolicies) => ({ allowance: 30, maxJobsPerUser: 2, roles });
const policy = (p: Partial<RolePolicies[string]>) => ({
  allowance: null,
  maxJobs: null,
  access: 'default' as const,
  ...p,
});

describe('a member’s policy from their roles', () => {
  it('is the server’s settings when no role of theirs has a policy', () => {
    const p = memberPolicy(base({ '1': policy({ allowance: 100 }) }), G, ['2']);
    expect(p).toMatchObject({ access: { kind: 'ok' }, allowance: 30, allowanceFrom: null, maxJobs: 2 });
  });

  it('takes the highest allowance and the highest cap, each from the role that gives it', () => {
    const roles = {
      '1': policy({ allowance: 100, maxJobs: 1 }),
      '2': policy({ allowance: 50, maxJobs: 5 }),
    };
    expect(memberPolicy(base(roles), G, ['1', '2'])).toMatchObject({
      allowance: 100,
      allowanceFrom: '1',
      maxJobs: 5,
      maxJobsFrom: '2',
    });
  });

  it('lets a role lower the allowance for members who have only that role', () => {
    const roles = { '1': policy({ allowance: 5 }) };
    expect(memberPolicy(base(roles), G, ['1'])).toMatchObject({ allowance: 5, allowanceFrom: '1' });
    // A role without its own allowance counts as the server's, which is more generous here.
    const both = { ...roles, '2': policy({ maxJobs: 3 }) };
    expect(memberPolicy(base(both), G, ['1', '2'])).toMatchObject({ allowance: 30, allowanceFrom: null });
  });

  it('applies @everyone (the server’s id) to every member', () => {
    const p = memberPolicy(base({ [G]: policy({ allowance: 10 }) }), G, []);
    expect(p.allowance).toBe(10);
  });

  it('a denied role wins over every allowance, and over being a moderator', () => {
    const roles = { '1': policy({ allowance: 1000, access: 'allow' }), '2': policy({ access: 'deny' }) };
    expect(memberPolicy(base(roles), G, ['1', '2']).access).toEqual({ kind: 'denied', roleId: '2' });
    expect(memberPolicy(base(roles), G, ['1', '2'], true).access.kind).toBe('denied');
  });

  it('once a role is allowed, members without an allowed role may not use the bot, moderators may', () => {
    const roles = { '1': policy({ access: 'allow' }), '2': policy({ allowance: 80 }) };
    expect(memberPolicy(base(roles), G, ['2']).access).toEqual({ kind: 'not_allowed', allowRoles: ['1'] });
    expect(memberPolicy(base(roles), G, ['1']).access.kind).toBe('ok');
    expect(memberPolicy(base(roles), G, [], true).access.kind).toBe('ok');
  });

  it('old settings without roles still parse, with none', () => {
    const parsed = guildSettingsSchema.parse({ v: 1, allowance: 40 });
    expect(parsed.roles).toEqual({});
    expect(guildSettingsSchema.safeParse({ roles: { 'not-an-id': {} } }).success).toBe(false);
  });
});

describe('the ledger with role policies', () => {
  let storage: Storage;
  let ledger: Ledger;
  let settings: SettingsStore;
  const clock = new TestClock(1);
  beforeAll(async () => {
    storage = await createStorage(
      `sqlite://${join(mkdtempSync(join(tmpdir(), 'clipcast-roles-')), 'r.sqlite')}`,
    );
    settings = new SettingsStore(storage.kv.settings);
    ledger = new Ledger({ accounts: storage.kv.accounts, guilds: storage.kv.guilds, settings, clock });
  });
  afterAll(async () => storage.close());

  it('opens, caps and refuses by the member’s roles', async () => {
    await settings.update(G, {
      roles: { '1': policy({ allowance: 100, maxJobs: 3 }), '2': policy({ access: 'deny' }) },
    });
    const admit = (jobId: string, roles: string[]) =>
      ledger.admit({ guildId: G, userId: 'u', jobId, duration: 10, roles });
    for (const id of ['a', 'b', 'c']) expect((await admit(id, ['1'])).ok).toBe(true);
    const capped = await admit('d', ['1']);
    expect(capped.ok === false && capped.refusal).toEqual({ reason: 'user_jobs', limit: 3 });
    const denied = await admit('e', ['1', '2']);
    expect(denied.ok === false && denied.refusal.reason).toBe('role_denied');
    expect((await ledger.peek(G, 'u')).balance).toBe(70);
  });

  it('refills to the role allowance even when the refill happens as a job settles (roles as last seen)', async () => {
    const guild = '900000000000000001';
    await settings.update(guild, { allowance: 30, roles: { '7': policy({ allowance: 100 }) } });
    expect(
      (await ledger.admit({ guildId: guild, userId: 'v', jobId: 'j', duration: 10, roles: ['7'] })).ok,
    ).toBe(true);
    clock.advance(25 * 3_600_000);
    await ledger.settle(guild, 'v', 'j');
    const account = await ledger.peek(guild, 'v');
    expect(account.balance).toBe(100);
    expect(account.roles).toEqual(['7']);
    expect((await ledger.reset(guild, 'v', 'mod')).balance).toBe(100);
  });
});
