import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_VERSION, openAccount, reserve } from '../../src/credits/account.ts';
import { Ledger } from '../../src/credits/ledger.ts';
import { DEFAULT_SETTINGS, SettingsStore } from '../../src/credits/settings.ts';
import { capturingLogger, ManualClock } from '../jobs/fakes.ts';

const G = '200000000000000001';
const U = '100000000000000001';

function world() {
  const log = capturingLogger();
  const accounts = new Keyv();
  const guilds = new Keyv();
  const settingsKv = new Keyv();
  const clock = new ManualClock();
  const settings = new SettingsStore(settingsKv, log.logger);
  const ledger = new Ledger({ accounts, guilds, settings, clock, logger: log.logger });
  const errors = () => log.lines.filter((l) => l.level === 'error');
  return { accounts, guilds, settingsKv, clock, settings, ledger, errors };
}

describe('stored accounts', () => {
  it('reads an account written before versions (no v) as the current version', async () => {
    const w = world();
    const { v: _v, ...unversioned } = reserve(
      { ...openAccount(w.clock.now(), { allowance: 30, periodMs: 86_400_000 }), balance: 30 },
      'job1',
      5,
      w.clock.now(),
    );
    await w.accounts.set(`${G}:${U}`, unversioned);
    const account = await w.ledger.peek(G, U);
    expect(account.v).toBe(ACCOUNT_VERSION);
    expect(account.balance).toBe(25);
    expect(account.reserved).toEqual({ job1: 5 });
    expect(w.errors()).toEqual([]);
  });

  it('quarantines a damaged account, opens a fresh one at the allowance and logs it', async () => {
    const w = world();
    const damaged = { balance: -7, reserved: 'all of it' };
    await w.accounts.set(`${G}:${U}`, damaged);
    const account = await w.ledger.peek(G, U);
    expect(account.balance).toBe(DEFAULT_SETTINGS.allowance);
    expect(account.reserved).toEqual({});
    expect(await w.accounts.get(`${G}:${U}`)).toBeUndefined();
    expect(await w.accounts.get(`quarantine:${G}:${U}`)).toMatchObject({ raw: damaged });
    expect(w.errors()).toMatchObject([
      { msg: 'a stored account is damaged; quarantined and opened afresh', account: `${G}:${U}` },
    ]);
  });

  it('ignores a damaged index of open jobs (logged) rather than trusting it', async () => {
    const w = world();
    await w.guilds.set(`active:${G}`, { job1: { userId: 42 } });
    expect(await w.ledger.activeJobs(G)).toEqual({});
    expect(w.errors().map((l) => l.msg)).toEqual(['the stored list of open jobs is damaged; ignoring it']);
  });
});

describe('stored server settings', () => {
  it('reads settings written before versions (no v)', async () => {
    const w = world();
    await w.settingsKv.set(G, { allowance: 12, blockedWords: ['x'] });
    const settings = await w.settings.get(G);
    expect(settings).toMatchObject({ v: 1, allowance: 12, blockedWords: ['x'] });
    expect(w.errors()).toEqual([]);
  });

  it('salvages damaged settings: fields that still read are kept, the others are defaults, logged', async () => {
    const w = world();
    await w.settingsKv.set(G, {
      allowance: 'many',
      blockedWords: ['spoiler'],
      allowedChannels: ['300000000000000001'],
      cooldownSeconds: -5,
    });
    const settings = await w.settings.get(G);
    expect(settings.blockedWords).toEqual(['spoiler']);
    expect(settings.allowedChannels).toEqual(['300000000000000001']);
    expect(settings.allowance).toBe(DEFAULT_SETTINGS.allowance);
    expect(settings.cooldownSeconds).toBe(DEFAULT_SETTINGS.cooldownSeconds);
    expect(w.errors()).toMatchObject([
      {
        msg: 'stored server settings are damaged; those fields are back to their defaults',
        guildId: G,
        reset: ['allowance', 'cooldownSeconds'],
      },
    ]);
  });

  it('treats settings that are not an object at all as defaults, logged', async () => {
    const w = world();
    await w.settingsKv.set(G, 'garbage');
    expect(await w.settings.get(G)).toEqual(DEFAULT_SETTINGS);
    expect(w.errors()).toHaveLength(1);
  });
});
