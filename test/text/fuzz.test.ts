import fc from 'fast-check';
import unhomoglyph from 'unhomoglyph';
import { describe, expect, it } from 'vitest';
import { filterForm, findBlockedWord } from '../../src/text/filter.ts';
import { cleanText, MAX_LINE_BREAKS, normalizePrompt } from '../../src/text/normalize.ts';

/**
 * Properties over the whole Unicode range (lone surrogates included). The generators mix uniformly
 * random code points with characters known to cause trouble, so both the long tail and the
 * dangerous few are exercised on every run.
 */

const LIMIT = { maxLength: 100_000 };
const RUNS = { numRuns: 1_000 };

const codePoints = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Every code point the normaliser must remove (outside emoji and joining-script words). */
const INVISIBLES = codePoints(0x80, 0x10ffff).filter((c) =>
  /[\p{Default_Ignorable_Code_Point}\p{Cf}]/v.test(c),
);

const TROUBLE = [
  ...'\n\t\r \u00A0\u2028\u2029\u3000\u2800\u3164\u115F\u1160\uFFA0\u{1D159}',
  ...'\u00AD\u034F\u180E\u200B\u200C\u200D\u2060\uFEFF\u202E\u2066\uFE0F\uFE0E\u{E0067}\u{E007F}',
  ...'\u0000\u0007\u001B\u007F\u0085\u009B',
  ...'\u0301\u0308\u0336\u0345\u20DD\u20E3\u0F90\u0BCD',
  ...'👨👩👧🏴🇫🇷👍🏽❤1#*',
  ...'ßẞıİςΣſﬁǅŉ℃Ⅻ①ｇ𝐠Ωｍ',
  ...'بمی한글ア猫ไทย\u0915\u094D',
  '\uD800',
  '\uDFFF',
  '0',
  '|',
  '\u2223',
];

const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
const anyChar = fc.oneof(
  { arbitrary: anyCodePoint, weight: 4 },
  { arbitrary: fc.constantFrom(...TROUBLE), weight: 3 },
  { arbitrary: fc.constantFrom(...INVISIBLES), weight: 1 },
  { arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ'), weight: 3 },
);
const unicodeText = fc.array(anyChar, { maxLength: 60 }).map((chars) => chars.join(''));

// What a reader sees as one word: letters, digits and "_" of scripts that separate words by
// spaces. Chinese, Japanese, Thai … characters do not join a Latin word.
const READER_WORD =
  /[[\p{L}\p{N}_]--[\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}\p{scx=Bopo}\p{scx=Yiii}\p{scx=Thai}\p{scx=Laoo}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Tibt}]]/v;

/** Whether `word` (lower-case ASCII) occurs as a whole word in `text` as a reader would see it. */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = [...text.slice(0, at)].at(-1) ?? '';
    const after = [...text.slice(at + word.length)][0] ?? '';
    if (!READER_WORD.test(before) && !READER_WORD.test(after)) return true;
  }
  return false;
}

/** The shown prompt as a reader perceives it: accents and case ignored, nothing else. */
const reading = (shown: string) => shown.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('normalizePrompt over the whole Unicode range', () => {
  it('never throws, is idempotent and returns only tidy, visible text', () => {
    fc.assert(
      fc.property(unicodeText, (raw) => {
        const result = normalizePrompt(raw, LIMIT);
        if (!result.ok) return;
        const { prompt } = result;
        expect(normalizePrompt(prompt, LIMIT)).toEqual(result);
        expect(cleanText(raw)).toBe(prompt);
        expect(prompt.isWellFormed()).toBe(true);
        expect(prompt).toBe(prompt.trim());
        expect(prompt).not.toMatch(/[\p{Cc}--[\n]]/v);
        expect(prompt).not.toMatch(/ {2}|\n{3}| \n|\n /);
        expect(prompt.split('\n').length - 1).toBeLessThanOrEqual(MAX_LINE_BREAKS);
        // Invisible characters survive only inside RGI emoji and as joiners between letters.
        const rest = prompt
          .replace(/\p{RGI_Emoji}/gv, '')
          .replace(/(?<=\p{L}\p{M}*)[\u200C\u200D](?=\p{L})/gu, '');
        expect(rest).not.toMatch(/[\p{Default_Ignorable_Code_Point}\p{Cf}]/v);
      }),
      RUNS,
    );
  });

  it('never throws on any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = normalizePrompt(raw, { maxLength: 50 });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

/** Characters the filter reads as each ASCII letter: the library's confusables and styled letters. */
function disguises(): Map<string, string[]> {
  const candidates = new Set<string>();
  for (const c of codePoints(0x80, 0x2fff)) if (unhomoglyph(c) !== c) candidates.add(c);
  for (const c of [
    ...codePoints(0xff21, 0xff5a),
    ...codePoints(0x1d400, 0x1d6a3),
    ...codePoints(0x10400, 0x118ff),
  ])
    candidates.add(c);
  const byLetter = new Map<string, string[]>();
  for (const c of candidates) {
    for (const variant of new Set([c, c.toUpperCase(), c.toLowerCase()])) {
      const form = filterForm(variant);
      if (/^[a-z]$/.test(form)) byLetter.set(form, [...(byLetter.get(form) ?? []), variant]);
    }
  }
  return byLetter;
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const DISGUISES = disguises();
const MARKS = codePoints(0x300, 0x36f).filter((c) => c !== '\u0345');

const disguisedLetter = (letter: string) =>
  fc
    .tuple(
      fc.oneof(
        fc.constant(letter),
        fc.constant(letter.toUpperCase()),
        fc.constantFrom(...(DISGUISES.get(letter) ?? [letter])),
      ),
      fc.array(fc.constantFrom(...MARKS), { maxLength: 3 }),
      fc.array(fc.constantFrom(...INVISIBLES), { maxLength: 3 }),
    )
    .map(([base, marks, hidden]) => base + marks.join('') + hidden.join(''));

const disguisedWord = (word: string) => fc.tuple(...[...word].map(disguisedLetter)).map((ls) => ls.join(''));
const blockedWord = fc.oneof(
  fc.constantFrom('gore', 'blood', 'nude', 'kill', 'xxx'),
  fc.stringMatching(/^[a-z]{2,8}$/),
);

describe('findBlockedWord against disguises', () => {
  it('has many disguises for every letter (the generator below is not vacuous)', () => {
    for (const l of LETTERS) expect(DISGUISES.get(l)?.length ?? 0).toBeGreaterThanOrEqual(8);
    expect(DISGUISES.get('o')).toEqual(expect.arrayContaining(['\u043E', '\u03BF', '\u0585', '\uFF4F']));
  });

  it('finds a blocked word hidden by invisible characters, confusables, case and accents', () => {
    const sample = blockedWord.chain((word) =>
      fc.record({
        word: fc.constant(word),
        hidden: disguisedWord(word),
        before: unicodeText,
        after: unicodeText,
      }),
    );
    fc.assert(
      fc.property(sample, ({ word, hidden, before, after }) => {
        const raw = `${before} ${hidden} ${after}`;
        expect(findBlockedWord(raw, [word])).toBe(word);
        const shown = normalizePrompt(raw, LIMIT);
        if (shown.ok) expect(findBlockedWord(shown.prompt, [word])).toBe(word);
      }),
      RUNS,
    );
  });

  it('finds every blocked word a reader sees in the shown prompt, whatever surrounds it', () => {
    let seen = 0;
    fc.assert(
      fc.property(blockedWord, unicodeText, unicodeText, (word, before, after) => {
        const shown = normalizePrompt(before + word + after, LIMIT);
        if (!shown.ok) return;
        const found = findBlockedWord(shown.prompt, [word]);
        if (containsWord(reading(shown.prompt), word)) {
          seen++;
          expect(found).toBe(word);
        }
        // The filter's own form agrees with its answer, and the raw text gets the same answer.
        expect(found === word).toBe(containsWord(filterForm(shown.prompt), word));
        expect(findBlockedWord(before + word + after, [word])).toBe(found);
      }),
      RUNS,
    );
    expect(seen).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('folds idempotently and never throws, whatever the blocked words are', () => {
    fc.assert(
      fc.property(unicodeText, fc.array(unicodeText, { maxLength: 3 }), (text, words) => {
        expect(filterForm(filterForm(text))).toBe(filterForm(text));
        const found = findBlockedWord(text, words);
        expect(found === undefined || words.includes(found)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
