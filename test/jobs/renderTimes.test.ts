import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import {
  LearnedRenderTimes,
  MIN_SAMPLES,
  median,
  referenceBucket,
  SAMPLES,
} from '../../src/jobs/renderTimes.ts';
import { TestClock } from '../support/testClock.ts';

const shape = (duration: number, aspectRatio = '16:9', refs = 0) => ({
  duration,
  aspectRatio,
  imageUrls: Array.from({ length: refs }, (_, i) => `https://cdn.example/${i}.png`),
  videoUrl: null,
});

const make = (kv = new Keyv()) =>
  new LearnedRenderTimes({ kv, clock: new TestClock(1), defaultMs: 40_000, maxMs: 1_200_000 });

describe('learned render times', () => {
  it('uses the default until a shape has enough samples, then their median', async () => {
    const times = make();
    for (const ms of [20_000, 22_000]) await times.observe(shape(5), ms);
    expect(await times.expectedMs(shape(5))).toBe(40_000);
    await times.observe(shape(5), 21_000);
    expect(MIN_SAMPLES).toBe(3);
    expect(await times.expectedMs(shape(5))).toBe(21_000);
  });

  it('is not moved by one stuck render', async () => {
    const times = make();
    for (const ms of [20_000, 21_000, 19_000, 600_000, 22_000]) await times.observe(shape(5), ms);
    expect(await times.expectedMs(shape(5))).toBe(21_000);
  });

  it('learns each duration, aspect ratio and reference bucket apart, falling back to the duration, then the default', async () => {
    const times = make();
    for (let i = 0; i < 4; i++) await times.observe(shape(5, '16:9', 0), 20_000);
    for (let i = 0; i < 3; i++) await times.observe(shape(5, '9:16', 5), 60_000);
    expect(await times.expectedMs(shape(5, '16:9', 0))).toBe(20_000);
    expect(await times.expectedMs(shape(5, '9:16', 5))).toBe(60_000);
    // No 5 s sample with a few references: the median of every 5 s render.
    expect(await times.expectedMs(shape(5, '16:9', 2))).toBe(20_000);
    expect(await times.expectedMs(shape(10))).toBe(40_000);
    expect([0, 1, 3, 4].map((n) => referenceBucket(shape(5, '16:9', n)))).toEqual([
      'none',
      'few',
      'few',
      'many',
    ]);
  });

  it('keeps only the last samples of a shape', async () => {
    const times = make();
    for (let i = 0; i < SAMPLES; i++) await times.observe(shape(3), 90_000);
    for (let i = 0; i < Math.ceil(SAMPLES / 2); i++) await times.observe(shape(3), 10_000);
    expect(await times.expectedMs(shape(3))).toBe(10_000);
  });

  it('remembers what it learned across restarts (storage), and relearns from unreadable storage', async () => {
    const kv = new Keyv();
    const first = make(kv);
    for (const ms of [30_000, 31_000, 32_000]) await first.observe(shape(10), ms);
    expect(await make(kv).expectedMs(shape(10))).toBe(31_000);
    await kv.set('renderTimes:v1', { '10s': ['soon'] });
    expect(await make(kv).expectedMs(shape(10))).toBe(40_000);
  });

  it('never fails a job because storage is down', async () => {
    const kv = new Keyv();
    kv.set = async () => {
      throw new Error('storage down');
    };
    kv.get = async () => {
      throw new Error('storage down');
    };
    const times = make(kv);
    for (const ms of [15_000, 16_000, 17_000]) await times.observe(shape(5), ms);
    expect(await times.expectedMs(shape(5))).toBe(16_000);
  });

  it('takes the middle of an even number of samples', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });
});
