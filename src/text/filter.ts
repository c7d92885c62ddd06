import unhomoglyph from 'unhomoglyph';
import { cleanText } from './normalize.ts';

/**
 * Blocked-word matching on a folded form of the text, never shown to anyone.
 *
 * `filterForm` starts from the normaliser's output (so whatever the normaliser removes cannot hide
 * a word) and then, repeatedly until nothing changes:
 *  - decomposes (NFKD) and removes every combining mark ("Café" → "cafe", "g̶o̶r̶e̶" → "gore"),
 *    and any invisible character;
 *  - folds case fully ("STRASSE", "Straße" → "strasse");
 *  - folds every non-ASCII character to its Unicode confusable skeleton (UTS #39 confusables.txt,
 *    through the `unhomoglyph` library): Cyrillic "gоre" → "gore", Greek "ΑΡΕ" → "are".
 * Deliberate limits, so ordinary words are not refused:
 *  - ASCII is only lower-cased, never rewritten: "m" is not read as "rn" (else "pom" would match
 *    "porn"), "0" is not "o", "1" is not "l". No leetspeak, no spaced-out letters ("g o r e").
 *  - A symbol is never folded to a letter or digit, so folding cannot hide the edge of a word:
 *    "∣gore" (U+2223, whose skeleton is "l") still contains the whole word "gore".
 *  - A skeleton of "rn" from a non-ASCII character is read as "m", like the ASCII letter it mimics.
 */

// Scripts written without spaces between words: a blocked word may touch them, and a blocked word
// written in them matches anywhere.
const NO_SPACE = String.raw`\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}\p{scx=Bopo}\p{scx=Yiii}\p{scx=Thai}\p{scx=Laoo}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Tibt}`;
const WORD_CLASS = String.raw`[[\p{L}\p{N}_]--[${NO_SPACE}]]`;
const WORD_CHAR = new RegExp(WORD_CLASS, 'v');
const REMOVED = /[\p{M}\p{Default_Ignorable_Code_Point}\p{Cf}]/gv;
const NON_ASCII = /[^\0-\x7F]/gu;

/** Full case folding as far as JavaScript allows: ß → ss, ς → σ, ı → i via the upper case. */
const caseFold = (text: string) => text.toLowerCase().toUpperCase().toLowerCase();

const isAscii = (text: string) => /^[\0-\x7F]*$/.test(text);

/** The confusable skeleton of the non-ASCII characters of `text`, marks removed. */
function skeleton(text: string): string {
  return text
    .replace(NON_ASCII, (char) => unhomoglyph(char))
    .normalize('NFKD')
    .replace(REMOVED, '');
}

const hasWordChar = (text: string) => [...text].some((c) => WORD_CHAR.test(c));

/** A bounded memo: folding is pure, and prompts reuse few distinct characters and blocked words. */
function memo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, { value: T }>();
  return (key) => {
    const hit = cache.get(key);
    if (hit) return hit.value;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, { value });
    return value;
  };
}

/** Folds one non-ASCII code point (already decomposed). */
const foldChar = memo(20_000, (char: string): string => {
  const lower = caseFold(char);
  // Case first ("Ι" → "ι" → "i"), unless only the other order reaches ASCII ("Н" → "H" → "h").
  const caseThenSkeleton = skeleton(lower);
  const skeletonThenCase = caseFold(skeleton(char));
  const folded =
    !isAscii(caseThenSkeleton) && isAscii(skeletonThenCase) ? skeletonThenCase : caseThenSkeleton;
  // A symbol that looks like a letter ("∣" like "l") stays a symbol: it must not hide a word's edge.
  if (!WORD_CHAR.test(char) && hasWordChar(folded)) return lower.replace(REMOVED, '');
  return folded === 'rn' ? 'm' : folded;
});

function foldOnce(text: string): string {
  // Marks go before case folding: U+0345 (a combining mark) upper-cases to the letter "Ι".
  return text
    .normalize('NFKD')
    .replace(REMOVED, '')
    .replace(NON_ASCII, foldChar)
    .toLowerCase()
    .normalize('NFKD')
    .replace(REMOVED, '');
}

/** The folded form used only to match blocked words (see above). Idempotent. */
export function filterForm(text: string): string {
  // Folding can leave spaces to tidy (a mark after a space goes), so each round tidies again.
  let folded = foldOnce(cleanText(text));
  for (let round = 0; round < 4; round++) {
    const next = foldOnce(cleanText(folded));
    if (next === folded) break;
    folded = next;
  }
  return folded;
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** The pattern that finds a blocked word as a whole word or phrase, or null if it folds to nothing. */
const blockedPattern = memo(5_000, (word: string): RegExp | null => {
  const needle = filterForm(word);
  return needle ? wholeWord(needle) : null;
});

function wholeWord(needle: string): RegExp {
  const chars = [...needle];
  const body = chars.map((c) => (c === ' ' || c === '\n' ? '\\s+' : escapeRegExp(c))).join('');
  const before = WORD_CHAR.test(chars[0] ?? '') ? `(?<!${WORD_CLASS})` : '';
  const after = WORD_CHAR.test(chars.at(-1) ?? '') ? `(?!${WORD_CLASS})` : '';
  return new RegExp(`${before}${body.replace(/(\\s\+)+/g, '\\s+')}${after}`, 'v');
}

/**
 * The first blocked word or phrase (as the moderator wrote it) that occurs as a whole word in
 * `prompt`, both sides folded by `filterForm`.
 */
export function findBlockedWord(prompt: string, blockedWords: readonly string[]): string | undefined {
  const text = filterForm(prompt);
  for (const word of blockedWords) {
    if (blockedPattern(word)?.test(text)) return word;
  }
  return undefined;
}
