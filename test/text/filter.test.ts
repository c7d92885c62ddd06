import { describe, expect, it } from 'vitest';
import { filterForm, findBlockedWord } from '../../src/text/filter.ts';

const tags = (text: string) =>
  [...text].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) ?? 0))).join('');

describe('findBlockedWord: bypasses from issue 14', () => {
  it.each([
    ['a soft hyphen', 'a go\u00ADre scene'],
    ['a word joiner', 'a g\u2060ore scene'],
    ['a Mongolian vowel separator', 'a g\u180Eore scene'],
    ['a Cyrillic o', 'a g\u043Ere scene'],
    ['Cyrillic and Greek capitals', 'a G\u039FR\u0395 scene'],
    ['a Latin script g', 'a \u0261ore scene'],
    ['mathematical bold letters', 'a 𝐠𝐨𝐫𝐞 scene'],
    ['full-width letters', 'a ｇｏｒｅ scene'],
    ['accents and strike-through marks', 'a g̶ö̶r̶é̶ scene'],
    ['a zero-width joiner', 'a go\u200Dre scene'],
    ['a bidi override', 'a g\u202Eor\u202Ce scene'],
    ['tag characters between the letters', `a g${tags('x')}ore scene`],
  ])('finds "gore" disguised with %s', (_, prompt) => {
    expect(findBlockedWord(prompt, ['gore'])).toBe('gore');
  });

  it('matches what is shown: a word hidden entirely in tag characters is removed, not sent', () => {
    // The normaliser removes the hidden text from the prompt itself, so Segmind never receives it.
    expect(filterForm(`a cute cat${tags(' gore')}`)).toBe('a cute cat');
    expect(findBlockedWord(`a cute cat${tags(' gore')}`, ['gore'])).toBeUndefined();
  });
});

describe('findBlockedWord: whole words on both folded sides', () => {
  it('does not match inside ordinary words', () => {
    expect(findBlockedWord('a deep gorge at dawn', ['gore'])).toBeUndefined();
    expect(findBlockedWord('gored, gores, ogre', ['gore'])).toBeUndefined();
    expect(findBlockedWord('gore_fest', ['gore'])).toBeUndefined();
  });

  it('matches case- and accent-insensitively on both sides', () => {
    expect(findBlockedWord('Café at night', ['cafe'])).toBe('cafe');
    expect(findBlockedWord('cafe at night', ['CAFÉ'])).toBe('CAFÉ');
    expect(findBlockedWord('Straße', ['strasse'])).toBe('strasse');
  });

  it('folds the blocked word too, so a moderator may type it disguised', () => {
    expect(findBlockedWord('plain gore', ['G\u00ADо\u2060RE'])).toBe('G\u00ADо\u2060RE');
  });

  it('matches phrases across any run of spaces and line breaks', () => {
    expect(findBlockedWord('a blood\n\n  bath', ['blood bath'])).toBe('blood bath');
    expect(findBlockedWord('a bloodbath', ['blood bath'])).toBeUndefined();
  });

  it('returns the first blocked word found, as the moderator wrote it', () => {
    expect(findBlockedWord('war and gore', ['peace', 'Gore', 'war'])).toBe('Gore');
  });

  it('ignores blocked words that fold to nothing', () => {
    expect(findBlockedWord('anything', ['', ' ', '\u2060', '\u00AD'])).toBeUndefined();
  });

  it('takes regular-expression characters in blocked words literally', () => {
    expect(findBlockedWord('c++ code', ['c++'])).toBe('c++');
    expect(findBlockedWord('axb', ['a.b'])).toBeUndefined();
    expect(findBlockedWord('(x)', ['(x'])).toBe('(x');
  });

  it('reads capital Cyrillic and Greek letters as the Latin capitals they look like', () => {
    expect(findBlockedWord('\u041D\u041E\u0422 take', ['hot'])).toBe('hot');
    expect(findBlockedWord('\u0399CE', ['ice'])).toBe('ice');
  });

  it('finds a Latin word written against Chinese or Japanese text, which uses no spaces', () => {
    expect(findBlockedWord('一只猫gore猫', ['gore'])).toBe('gore');
    expect(findBlockedWord('ネコgore', ['gore'])).toBe('gore');
  });

  it('finds a blocked word of a script without spaces anywhere in a sentence', () => {
    expect(findBlockedWord('一个血腥的场面', ['血腥'])).toBe('血腥');
  });
});

describe('filterForm: what it does not fold (no false positives on ordinary words)', () => {
  it('never rewrites ASCII beyond lower case: "m" is not "rn", "0" is not "o"', () => {
    expect(filterForm('Pom-Pom 0 1 I |')).toBe('pom-pom 0 1 i |');
    expect(findBlockedWord('cheerleader pom poms', ['porn'])).toBeUndefined();
  });

  it('reads a non-ASCII letter whose skeleton is "rn" as the "m" it mimics', () => {
    expect(filterForm('\u{118E3}')).toBe('m');
  });

  it('does not turn a symbol into a letter, so the edge of a word stays where it is shown', () => {
    expect(filterForm('\u2223gore')).toBe('\u2223gore');
    expect(findBlockedWord('\u2223gore', ['gore'])).toBe('gore');
  });

  it('removes combining marks before case folding (U+0345 would otherwise become a letter)', () => {
    expect(filterForm('gore\u0345')).toBe('gore');
  });

  it('is idempotent', () => {
    for (const text of ['G\u039FR\u0395', 'Straße', 'ǅ ŉ ﬃ ẞ', '\u041D\u041E\u0422', 'Ⅻ ℌ']) {
      expect(filterForm(filterForm(text))).toBe(filterForm(text));
    }
  });
});
