import { afterEach, describe, expect, it } from 'vitest';
import { BalanceWatch } from '../../src/segmind/balanceWatch.ts';
import { SegmindError } from '../../src/segmind/errors.ts';
import { capturingLogger, ManualClock, settle } from '../jobs/fakes.ts';

const EVERY = 5 * 60_000;

function watch(o: { readings: Array<number | Error>; busy?: boolean; delivered?: boolean[] }) {
  const clock = new ManualClock();
  const { logger, lines } = capturingLogger();
  const lows: number[] = [];
  let asked = 0;
  const w = new BalanceWatch({
    balance: async () => {
      const next = o.readings[Math.min(asked++, o.readings.length - 1)];
      if (next instanceof Error) throw next;
      return { totalUsd: next ?? 0, creditsUsd: next ?? 0, freeCreditsUsd: 0 };
    },
    clock,
    logger,
    lowUsd: 5,
    everyMs: EVERY,
    busy: () => o.busy ?? false,
    onBalance: () => {},
    onLow: async (usd) => {
      lows.push(usd);
      return o.delivered?.[lows.length - 1] ?? true;
    },
  });
  const stop = new AbortController();
  stoppers.push(stop);
  return { w, clock, lines, lows, asked: () => asked, run: () => void w.run(stop.signal) };
}

const stoppers: AbortController[] = [];
afterEach(() => {
  for (const s of stoppers.splice(0)) s.abort();
});

async function tick(clock: ManualClock) {
  clock.advance(EVERY);
  await settle();
}

describe('BalanceWatch', () => {
  it('an idle bot that could not read the balance at start keeps trying until it has, then stops asking', async () => {
    const down = new SegmindError('network', 'connect ECONNREFUSED');
    const b = watch({ readings: [down, down, 12] });
    expect(await b.w.check()).toBeUndefined();
    b.run();
    await tick(b.clock);
    expect(b.asked()).toBe(2);
    await tick(b.clock);
    expect(b.asked()).toBe(3);
    expect(b.w.lastUsd).toBe(12);
    await tick(b.clock);
    await tick(b.clock);
    expect(b.asked()).toBe(3);
  });

  it('while jobs run it asks every few minutes', async () => {
    const b = watch({ readings: [12], busy: true });
    b.run();
    await tick(b.clock);
    await tick(b.clock);
    expect(b.asked()).toBe(2);
  });

  it('tells the operator once per fall under the threshold, and logs it once', async () => {
    const b = watch({ readings: [4, 3, 2, 9, 2] });
    for (let i = 0; i < 3; i++) {
      await b.w.check();
      await settle();
    }
    b.w.observeInfo({ remainingCreditsUsd: 1.5 });
    await settle();
    expect(b.lows).toEqual([4]);
    await b.w.check(); // back above: the next fall is a new one
    await b.w.check();
    await settle();
    expect(b.lows).toEqual([4, 2]);
    expect(b.lines.filter((l) => /balance is low/.test(l.msg))).toHaveLength(2);
  });

  it('reports a fall again at the next low reading until a person has been told', async () => {
    const b = watch({ readings: [4, 3, 2, 1], delivered: [false, false, true] });
    for (let i = 0; i < 4; i++) {
      await b.w.check();
      await settle();
    }
    expect(b.lows).toEqual([4, 3, 2]);
  });
});
