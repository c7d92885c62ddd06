/**
 * The one prompt normaliser. Every entry (slash command, modal, context menu) passes the raw text
 * through `normalizePrompt`, and the string it returns is both what Segmind receives and what the
 * public message shows: nothing hidden travels with it.
 *
 * Steps, in order (README → Moderation repeats them for server owners):
 *  1. Unpaired surrogates become U+FFFD; CR LF, CR, U+2028 and U+2029 become a line feed.
 *  2. Any other C0/C1 control (everything in Cc but line feed and tab) refuses the prompt.
 *  3. NFKC (full-width letters, ligatures, styled maths letters and odd spaces become plain ones).
 *  4. Invisible characters are removed: every Default_Ignorable_Code_Point (soft hyphen, zero-width
 *     characters, word joiner, bidi controls, Hangul fillers, Mongolian variation selectors,
 *     variation selectors, tag characters …), every other format character (Cf) and noncharacters.
 *     Two exceptions, because removing them would change what people see:
 *       - a whole RGI emoji sequence is kept as it is, so ZWJ inside 👨‍👩‍👧, VS16 in ❤️ and the tag
 *         characters of 🏴󠁧󠁢󠁳󠁣󠁴󠁿 stay; a ZWJ, variation selector or tag that is not part of an RGI
 *         emoji is removed (a non-RGI tag sequence shows as a bare 🏴);
 *       - ZWNJ/ZWJ between two letters of a script that shapes with them (Arabic, Indic, …) stay.
 *  5. NFKC again, because removing an invisible character can leave a letter next to its accent.
 *  6. A run of more than MAX_COMBINING_RUN combining marks is cut to that many ("zalgo" text).
 *  7. Tab, every space separator, Braille blank U+2800 and U+1D159 (null notehead) become a space.
 *  8. Spaces: runs become one space; spaces at the start and end of each line go.
 *  9. Line breaks: at most 2 in a row (one blank line); the first MAX_LINE_BREAKS are kept and any
 *     later one becomes a space. Then the whole text is trimmed.
 * Length is checked last, in UTF-16 code units (as Discord counts).
 */

type PromptProblem = 'missing' | 'empty' | 'too_long' | 'invisible' | 'control';

type NormalizedPrompt = { ok: true; prompt: string } | { ok: false; problem: PromptProblem };

/** Line breaks a prompt may keep in total (a blank line counts as two). */
export const MAX_LINE_BREAKS = 8;
/** Combining marks kept in a row; enough for Vietnamese, Hebrew points and Tibetan stacks. */
const MAX_COMBINING_RUN = 6;

const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
const CONTROL = /[\p{Cc}--[\n\t]]/v;
const CONTROLS = /[\p{Cc}--[\n\t]]/gv;

// Scripts whose spelling needs ZWNJ/ZWJ between letters (Persian, Hindi, Malayalam, Sinhala …).
const JOINING = String.raw`[\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mand}\p{scx=Mong}\p{scx=Phag}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Mymr}\p{scx=Khmr}]`;

/**
 * One pass decides, at each position, between a whole RGI emoji (kept), a joiner inside a word of
 * a joining script (kept) and an invisible character (removed). The look-ahead spares the long
 * RGI_Emoji alternation at positions where no emoji can start.
 */
const INVISIBLE = new RegExp(
  String.raw`(?<emoji>(?=\p{Emoji})\p{RGI_Emoji})|(?<joiner>(?<=${JOINING}\p{M}*)[\u200C\u200D](?=${JOINING}))|[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Noncharacter_Code_Point}]`,
  'gv',
);

const COMBINING_RUN = new RegExp(String.raw`[\p{Mn}\p{Me}]{${MAX_COMBINING_RUN + 1},}`, 'gv');
const BLANK = /[\t\p{Zs}\u2800\u{1D159}]/gv;
const ONLY_WHITESPACE = /^[\t\n\r\p{Zs}]*$/v;

/** Removes invisible characters but keeps RGI emoji and joiners that shape a word (step 4). */
const ANY_INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Noncharacter_Code_Point}]/v;

export function stripInvisible(text: string): string {
  if (!ANY_INVISIBLE.test(text)) return text;
  let out = '';
  let from = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.groups?.emoji !== undefined || match.groups?.joiner !== undefined) continue;
    out += text.slice(from, match.index);
    from = match.index + match[0].length;
  }
  return out + text.slice(from);
}

function capCombiningRuns(text: string): string {
  return text.replace(COMBINING_RUN, (run) => [...run].slice(0, MAX_COMBINING_RUN).join(''));
}

/** Steps 8 and 9: tidy spaces per line, then bound line breaks. */
function tidyLines(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
  let budget = MAX_LINE_BREAKS;
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\n+/g, (run) => {
      const kept = Math.min(run.length, budget);
      budget -= kept;
      return kept > 0 ? '\n'.repeat(kept) : ' ';
    });
}

/** Steps 3–9 on text already free of controls. */
function tidy(text: string): string {
  const visible = stripInvisible(text.normalize('NFKC')).normalize('NFKC');
  return tidyLines(capCombiningRuns(visible).replace(BLANK, ' '));
}

/**
 * The normaliser's output for any text, never refusing: controls become spaces instead. Used to
 * fold blocked words and text that is not a prompt the same way prompts are.
 */
export function cleanText(text: string): string {
  return tidy(text.toWellFormed().replace(LINE_BREAK, '\n').replace(CONTROLS, ' '));
}

/** Discord never sends more than 6,000 characters in one field; this only bounds the work done. */
const rawLimit = (maxLength: number) => Math.max(4 * maxLength, 8_000);

export function normalizePrompt(raw: unknown, options: { maxLength: number }): NormalizedPrompt {
  if (typeof raw !== 'string') return { ok: false, problem: 'missing' };
  if (raw.length > rawLimit(options.maxLength)) return { ok: false, problem: 'too_long' };
  const text = raw.toWellFormed().replace(LINE_BREAK, '\n');
  if (CONTROL.test(text)) return { ok: false, problem: 'control' };
  const prompt = tidy(text);
  if (!prompt) return { ok: false, problem: ONLY_WHITESPACE.test(text) ? 'empty' : 'invisible' };
  if (prompt.length > options.maxLength) return { ok: false, problem: 'too_long' };
  return { ok: true, prompt };
}
