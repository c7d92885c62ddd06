import { describe, expect, it } from 'vitest';
import { cleanText, MAX_LINE_BREAKS, normalizePrompt } from '../../src/text/normalize.ts';

const MAX = 2000;
const norm = (raw: unknown, maxLength = MAX) => normalizePrompt(raw, { maxLength });
const promptOf = (raw: string) => {
  const result = norm(raw);
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.prompt;
};
/** Unicode tag characters spelling `text` (invisible in every renderer). */
const tags = (text: string) =>
  [...text].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('');

describe('normalizePrompt: hidden characters', () => {
  it.each([
    ['soft hyphen', 'go\u00ADre'],
    ['word joiner', 'g\u2060ore'],
    ['Mongolian vowel separator', 'g\u180Eore'],
    ['zero-width space', 'g\u200Bore'],
    ['zero-width joiner between letters', 'g\u200Dore'],
    ['zero-width non-joiner between Latin letters', 'g\u200Core'],
    ['byte order mark', '\uFEFFgore'],
    ['combining grapheme joiner', 'go\u034Fre'],
    ['bidi override', 'g\u202Eore\u202C'],
    ['bidi isolate', 'g\u2066ore\u2069'],
    ['variation selector after a letter', 'go\uFE0Fre'],
    ['Mongolian free variation selector', 'g\u180Bore'],
    ['Hangul filler inside a word', 'go\u3164re'],
    ['Khmer inherent vowel', 'go\u17B4re'],
    ['shorthand format control', 'go\u{1BCA0}re'],
    ['musical format control', 'go\u{1D173}re'],
    ['invisible times', 'go\u2062re'],
  ])('removes a %s, so the shown prompt is the plain word', (_, raw) => {
    expect(promptOf(raw)).toBe('gore');
  });

  it('removes a word hidden in Unicode tag characters: Segmind receives exactly the shown "a cute cat"', () => {
    const raw = `a cute cat${tags(' covered in gore')}`;
    expect(raw).not.toBe('a cute cat');
    expect(promptOf(raw)).toBe('a cute cat');
    expect(promptOf(`a cute${tags('gore')} cat`)).toBe('a cute cat');
  });

  it('removes a tag sequence that is not an RGI flag, leaving the black flag it shows as', () => {
    expect(promptOf(`flag 🏴${tags('gore')}\u{E007F}`)).toBe('flag 🏴');
  });

  it('keeps whole RGI emoji sequences: ZWJ families, VS16, keycaps, flags and subdivision flags', () => {
    const emoji = '👨‍👩‍👧 ❤️ 1️⃣ 🇫🇷 👍🏽 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏳️‍🌈';
    expect(promptOf(`a party ${emoji}`)).toBe(`a party ${emoji}`);
  });

  it('drops a ZWJ or VS16 that is not inside an RGI emoji', () => {
    expect(promptOf('cat 🐱\u200Dgore')).toBe('cat 🐱gore');
    expect(promptOf('a\uFE0F b\u200D')).toBe('a b');
  });

  it('keeps ZWNJ where Persian spelling needs it, between two Arabic-script letters', () => {
    expect(promptOf('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(promptOf('می\u200C gore')).toBe('می gore');
  });
});

describe('normalizePrompt: refusals', () => {
  it.each([
    ['2,000 word joiners', '\u2060'.repeat(2000)],
    ['a Hangul filler', '\u3164'],
    ['a Braille blank', '\u2800'],
    ['a soft hyphen', '\u00AD'],
    ['halfwidth and jamo fillers', '\uFFA0\u115F\u1160'],
    ['tag characters only', tags('gore')],
    ['invisible characters between line breaks', '\u200B\n\n\u2060 \u3164\n\u2800\t'],
    ['a null notehead', '\u{1D159}'],
  ])('refuses a prompt made only of %s as invisible', (_, raw) => {
    expect(norm(raw)).toEqual({ ok: false, problem: 'invisible' });
  });

  it('refuses an empty or whitespace-only prompt as empty', () => {
    expect(norm('')).toEqual({ ok: false, problem: 'empty' });
    expect(norm('  \n\t \u3000 ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses a prompt that is not a string as missing', () => {
    for (const raw of [undefined, null, 42, {}, ['a']])
      expect(norm(raw)).toEqual({ ok: false, problem: 'missing' });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007b'],
    ['an ANSI escape', '\u001B[31mred'],
    ['DEL', 'a\u007Fb'],
    ['NEL (C1)', 'a\u0085b'],
    ['CSI (C1)', 'a\u009Bb'],
    ['vertical tab', 'a\u000Bb'],
  ])('refuses %s as a control character', (_, raw) => {
    expect(norm(raw)).toEqual({ ok: false, problem: 'control' });
  });

  it('accepts tab, LF, CRLF, CR and the Unicode line separators', () => {
    expect(promptOf('a\tb\r\nc\rd\u2028e\u2029f')).toBe('a b\nc\nd\ne\nf');
  });

  it('checks the length after normalisation, in UTF-16 code units', () => {
    expect(norm(`${'a'.repeat(MAX)}${'\u2060'.repeat(500)}`)).toMatchObject({ ok: true });
    expect(norm('a'.repeat(MAX + 1))).toEqual({ ok: false, problem: 'too_long' });
    expect(norm('😀'.repeat(MAX / 2))).toMatchObject({ ok: true });
    expect(norm('😀'.repeat(MAX / 2 + 1))).toEqual({ ok: false, problem: 'too_long' });
    expect(norm('ｆ'.repeat(10), 5)).toEqual({ ok: false, problem: 'too_long' });
  });

  it('refuses a raw string far beyond any Discord field without normalising it', () => {
    expect(norm(' '.repeat(100_000))).toEqual({ ok: false, problem: 'too_long' });
  });
});

describe('normalizePrompt: spaces and line breaks', () => {
  it('collapses 1,990 line breaks between two words to one blank line', () => {
    expect(promptOf(`first${'\n'.repeat(1990)}second`)).toBe('first\n\nsecond');
  });

  it(`keeps the first ${MAX_LINE_BREAKS} line breaks and turns later ones into spaces`, () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const prompt = promptOf(lines.join('\n'));
    expect(prompt).toBe(`${lines.slice(0, 9).join('\n')} ${lines.slice(9).join(' ')}`);
    expect(prompt.split('\n')).toHaveLength(MAX_LINE_BREAKS + 1);
  });

  it('counts a blank line as two breaks and never keeps more than two in a row', () => {
    const prompt = promptOf('a\n\n\n\nb\n\n\n\nc\n\n\nd\n\ne\nf\ng');
    expect(prompt).toBe('a\n\nb\n\nc\n\nd\n\ne f g');
    expect(prompt).not.toMatch(/\n{3}/);
  });

  it('maps tabs and odd spaces to one space and trims every line', () => {
    expect(promptOf(' \ta\u00A0\u2003 b\u3000\u1680c  \n   d\u202F\u205Fe  ')).toBe('a b c\nd e');
  });

  it('treats Braille blanks as spaces rather than as content', () => {
    expect(promptOf('cat\u2800\u2800\u2800dog')).toBe('cat dog');
  });
});

describe('normalizePrompt: NFKC and the rest', () => {
  it('applies NFKC: full-width letters, ligatures, styled letters', () => {
    expect(promptOf('ｇｏｒｅ ﬁre 𝐠𝐨𝐫𝐞 ①')).toBe('gore fire gore 1');
  });

  it('composes a letter with its accent once an invisible character between them is gone', () => {
    expect(promptOf('e\u2060\u0301')).toBe('é');
  });

  it('cuts a run of combining marks ("zalgo") to six', () => {
    expect(promptOf(`z${'\u0336\u0335'.repeat(40)}a`)).toBe(`z${'\u0336\u0335'.repeat(3)}a`);
    expect(promptOf('Việt')).toBe('Việt');
  });

  it('replaces an unpaired surrogate with U+FFFD instead of passing it on', () => {
    expect(promptOf('a\uD83Db')).toBe('a\uFFFDb');
  });

  it('is idempotent on the examples above', () => {
    for (const raw of ['go\u00ADre', 'a\n\n\n\nb', 'e\u2060\u0301', 'می\u200Cخواهم', '👨‍👩‍👧 x']) {
      const once = promptOf(raw);
      expect(promptOf(once)).toBe(once);
    }
  });
});

describe('cleanText', () => {
  it('is the normaliser without refusals: controls become spaces', () => {
    expect(cleanText('a\u0007b\u2060c')).toBe('a bc');
    expect(cleanText('\u2800')).toBe('');
  });
});
