import type { REST } from 'discord.js';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../src/credits/settings.ts';
import { OperatorAlerts } from '../../src/discord/operatorAlerts.ts';
import { ManualClock, settle, silentLogger } from '../jobs/fakes.ts';

const HOUR = 60 * 60_000;

/** OperatorAlerts over a REST stand-in that records the owner's DMs; `failNext` makes sends fail. */
function alerts() {
  const clock = new ManualClock();
  const dms: string[] = [];
  const state = { failNext: 0 };
  const rest = {
    post: async (route: string, options: { body: { content?: string } }) => {
      if (route === '/users/@me/channels') return { id: '900000000000000001', type: 1 };
      if (state.failNext > 0) {
        state.failNext--;
        throw new Error('Discord answered 500');
      }
      dms.push(options.body.content ?? '');
      return { id: '900000000000000002', channel_id: '900000000000000001' };
    },
  } as unknown as REST;
  const a = new OperatorAlerts({
    rest,
    settings: new SettingsStore(new Keyv()),
    clock,
    logger: silentLogger(),
    ownerId: async () => '100000000000000009',
    logChannel: async () => false,
    params: { threshold: '5.00', model: 'gemini-omni-flash' },
  });
  return { a, clock, dms, state };
}

describe('OperatorAlerts', () => {
  it('tells the owner once an hour at most while the condition lasts', async () => {
    const o = alerts();
    for (let i = 0; i < 5; i++) {
      expect(await o.a.raise('low_balance', { params: { balance: '1.00' } })).toBe('owner');
      o.clock.advance(10 * 60_000);
    }
    await settle();
    expect(o.dms).toHaveLength(1);
    o.clock.advance(HOUR);
    await o.a.raise('low_balance', { params: { balance: '0.50' } });
    await settle();
    expect(o.dms).toHaveLength(2);
    expect(o.dms[1]).toMatch(/\$0\.50/);
  });

  it('tries again at the next occasion when a message could not be delivered, rather than waiting an hour', async () => {
    const o = alerts();
    o.state.failNext = 1;
    await o.a.raise('credits');
    await settle();
    expect(o.dms).toHaveLength(0);
    o.clock.advance(60_000);
    await o.a.raise('credits');
    await settle();
    expect(o.dms).toHaveLength(1);
  });

  it('counts each condition on its own', async () => {
    const o = alerts();
    await o.a.raise('credits');
    await o.a.raise('model_unavailable');
    await o.a.raise('credits');
    await settle();
    expect(o.dms).toHaveLength(2);
  });
});
