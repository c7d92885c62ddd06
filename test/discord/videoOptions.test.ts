import { describe, expect, it } from 'vitest';
import { english } from '../../src/discord/i18n.ts';
import { parseSeed, parseVideoOptions, type RawVideoOptions } from '../../src/discord/videoOptions.ts';

const image = (n: number, over: Partial<RawVideoOptions['images'][number]> = {}) => ({
  name: `ref${n}.png`,
  contentType: 'image/png',
  size: 1000,
  url: `https://cdn.discordapp.com/ephemeral-attachments/1/${n}/ref${n}.png`,
  ...over,
});
const raw = (over: Partial<RawVideoOptions> = {}): RawVideoOptions => ({
  prompt: 'a fox',
  aspectRatio: null,
  duration: null,
  seed: null,
  images: [],
  video: null,
  ...over,
});
const problem = (over: Partial<RawVideoOptions>) => {
  const parsed = parseVideoOptions(raw(over));
  return parsed.ok ? null : parsed.say(english);
};

describe('the /video option parser', () => {
  it('leaves unset settings to the server defaults and a missing seed to the bot', () => {
    expect(parseVideoOptions(raw())).toEqual({
      ok: true,
      value: {
        prompt: 'a fox',
        aspectRatio: null,
        duration: null,
        seed: null,
        imageUrls: [],
        videoUrl: null,
      },
    });
  });

  it('keeps references in option order and the video apart', () => {
    const parsed = parseVideoOptions(
      raw({
        images: [image(1), image(2)],
        video: { name: 'm.mp4', contentType: 'video/mp4', size: 10, url: 'https://cdn.discordapp.com/m.mp4' },
      }),
    );
    expect(parsed.ok && parsed.value.imageUrls.map((u) => u.split('/').pop())).toEqual([
      'ref1.png',
      'ref2.png',
    ]);
    expect(parsed.ok && parsed.value.videoUrl).toBe('https://cdn.discordapp.com/m.mp4');
  });

  it.each([
    [{ prompt: '   ' }, /prompt is empty/],
    [{ prompt: 42 }, /prompt is missing/],
    [{ prompt: 'x'.repeat(2001) }, /too long: keep it under 2000/],
    [{ prompt: '\u2060\u2060' }, /no visible text/],
    [{ aspectRatio: '4:3' }, /aspect ratio must be 16:9 \/ 9:16/],
    [{ duration: 7 }, /duration must be 3 \/ 5 \/ 10 seconds/],
    [{ seed: 1_000_000_000 }, /seed must be a whole number between -1 and 999999999/],
    [{ images: Array.from({ length: 15 }, (_, i) => image(i)) }, /At most 14 reference images/],
    [{ images: [image(1, { name: 'notes.txt' })] }, /Reference image 1 must be an image/],
    [
      { images: [image(1), image(2, { contentType: 'application/pdf' })] },
      /Reference image 2 must be an image.*is application\/pdf/,
    ],
    [{ images: [image(1, { size: 0 })] }, /is empty/],
    [{ images: [image(1, { size: 21 * 1024 * 1024 })] }, /too large \(21\.0 MB\); the limit is 20\.0 MB/],
    [{ images: [image(1, { url: 'javascript:alert(1)' })] }, /no usable link/],
  ])('refuses %j with what to fix', (over, message) => {
    expect(problem(over as Partial<RawVideoOptions>)).toMatch(message);
  });

  it('reads a seed from a number or a form field: empty or -1 is random, anything else must fit', () => {
    expect(parseSeed('')).toEqual({ ok: true, value: null });
    expect(parseSeed('-1')).toEqual({ ok: true, value: null });
    expect(parseSeed(' 777 ')).toEqual({ ok: true, value: 777 });
    expect(parseSeed(0)).toEqual({ ok: true, value: 0 });
    for (const bad of ['1e3', '12.5', 'abc', '-2', '1000000000', 1.5, Number.NaN])
      expect(parseSeed(bad).ok).toBe(false);
  });
});
