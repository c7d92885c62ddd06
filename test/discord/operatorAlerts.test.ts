import type { REST } from 'discord.js';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../src/credits/settings.ts';
import { OperatorAlerts } from '../../src/discord/operatorAlerts.ts';
import { BalanceWatch } from '../../src/segmind/balanceWatch.ts';
import { ManualClock, settle, silentLogger } from '../jobs/fakes.ts';

const HOUR = 60 * 60_000;

/** OperatorAlerts over a REST stand-in that records the owner's DMs; `failNext` makes sends fail. */
function alerts() {
  const clock = new ManualClock();
  const dms: string[] = [];
  const state = { failNext: 0, failOpen: 0, opens: 0 };
  const rest = {
    post: async (route: string, options: { body: { content?: string } }) => {
      if (route === '/users/@me/channels') {
        state.opens++;
        if (state.failOpen > 0) {
          state.failOpen--;
          throw new Error('Discord answered 503');
        }
        return { id: '900000000000000001', type: 1 };
      }
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

  it('tries again a few minutes after a message could not be delivered, not at every occasion', async () => {
    const o = alerts();
    o.state.failNext = 1;
    expect(await o.a.tell('credits')).toBe(false);
    o.clock.advance(60_000);
    await o.a.raise('credits');
    await settle();
    expect(o.dms).toHaveLength(0);
    o.clock.advance(5 * 60_000);
    expect(await o.a.tell('credits')).toBe(true);
    expect(o.dms).toHaveLength(1);
    // Told within the hour: a later call answers true without sending again.
    expect(await o.a.tell('credits')).toBe(true);
    expect(o.dms).toHaveLength(1);
  });

  it('opens the owner’s DM channel again after an opening failed', async () => {
    const o = alerts();
    o.state.failOpen = 1;
    expect(await o.a.tell('low_balance', { params: { balance: '1.00' } })).toBe(false);
    o.clock.advance(10 * 60_000);
    expect(await o.a.tell('low_balance', { params: { balance: '1.00' } })).toBe(true);
    expect(o.state.opens).toBe(2);
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

describe('low balance, BalanceWatch and OperatorAlerts together', () => {
  it('a second fall soon after a top-up is told too, once the hour since the first alert has passed', async () => {
    const o = alerts();
    let balance = 4;
    const watch = new BalanceWatch({
      balance: async () => ({ totalUsd: balance, creditsUsd: balance, freeCreditsUsd: 0 }),
      clock: o.clock,
      logger: silentLogger(),
      lowUsd: 5,
      busy: () => true,
      onBalance: () => {},
      onLow: (usd, since) => o.a.tell('low_balance', { params: { balance: usd.toFixed(2) } }, since),
    });
    const read = async () => {
      await watch.check();
      await settle();
    };
    await read();
    expect(o.dms).toHaveLength(1);
    o.clock.advance(10 * 60_000);
    balance = 20; // topped up
    await read();
    o.clock.advance(10 * 60_000);
    balance = 3; // drained again, within the hour of the first alert
    await read();
    expect(o.dms).toHaveLength(1);
    for (let i = 0; i < 10; i++) {
      o.clock.advance(5 * 60_000);
      await read();
    }
    expect(o.dms).toHaveLength(2);
    expect(o.dms[1]).toMatch(/\$3\.00/);
    // And no more for this fall.
    o.clock.advance(2 * 60 * 60_000);
    await read();
    expect(o.dms).toHaveLength(2);
  });
});
