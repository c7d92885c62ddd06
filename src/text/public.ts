import { stripInvisible } from './normalize.ts';

/**
 * Text from members or the provider, made safe to post in a channel.
 *
 * Order of operations (`publicText` does all of it):
 *  1. normalise: unpaired surrogates → U+FFFD, controls → space, invisible characters removed
 *     (prompts are already normalised, so for them this changes nothing: the shown text is the
 *     text Segmind received);
 *  2. bound lines (`boundLines`);
 *  3. truncate on a grapheme boundary, to the longest prefix whose *rendered* form (step 4) plus
 *     "…" fits — truncating after rendering could cut an escape or a `<…>` in half, and a cut
 *     `<https://…` would be unfurled;
 *  4. render (`quote`) in one pass over the raw text: http(s) URLs are wrapped in `<…>` (Discord
 *     shows the link without a preview) and are not escaped (an escape inside `<…>` would show);
 *     everything else is markdown-escaped and mentions are broken with a zero-width space.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this replaces
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\n\v\f\u0085\u2028\u2029]/;
const URL_START = /https?:\/\//gi;
const ELLIPSIS = '…';

/** Grapheme clusters of `text`, never splitting an emoji sequence, a flag or a surrogate pair. */
const segments = (text: string) => Array.from(graphemes.segment(text), (s) => s.segment);

const visible = (text: string) => stripInvisible(text.toWellFormed().replace(CONTROLS, ' '));

/**
 * Cuts `text` to at most `max` UTF-16 code units on a grapheme boundary, ending with "…" when
 * anything was cut. Never splits a surrogate pair, a ZWJ sequence, a flag or a tag sequence.
 */
export function truncate(text: string, max: number): string {
  return cut(text.toWellFormed(), max, segments);
}

function cut(text: string, max: number, split: (text: string) => string[]): string {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : 0;
  if (text.length <= limit) return text;
  if (limit < ELLIPSIS.length) return '';
  let kept = '';
  for (const unit of split(text)) {
    if (kept.length + unit.length > limit - ELLIPSIS.length) break;
    kept += unit;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * At most `maxLines` lines: blank lines at the ends go, a run of blank lines becomes one, and the
 * lines from `maxLines` on are joined with spaces onto the last kept line (1 flattens everything).
 */
export function boundLines(text: string, maxLines: number): string {
  const limit = Number.isFinite(maxLines) ? Math.max(1, Math.floor(maxLines)) : 1;
  const lines: string[] = [];
  for (const line of text.split(LINE_BREAKS).map((l) => l.trimEnd())) {
    if (line.trim() === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  if (lines.length <= limit) return lines.join('\n');
  const tail = lines
    .slice(limit - 1)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  return [...lines.slice(0, limit - 1), tail].join('\n');
}

/** Splits a URL-looking run into the link and the trailing punctuation Discord leaves outside. */
function splitUrl(span: string): [url: string, rest: string] {
  let end = span.length;
  const count = (c: string, upTo: number) => span.slice(0, upTo).split(c).length - 1;
  while (end > 0) {
    const last = span[end - 1] ?? '';
    const unbalanced =
      (last === ')' && count('(', end) < count(')', end)) ||
      (last === ']' && count('[', end) < count(']', end));
    if (!'.,:;!?"\'\\'.includes(last) && !unbalanced) break;
    end--;
  }
  return [span.slice(0, end), span.slice(end)];
}

const spanAt = (text: string, start: number) => /^[^\s<>]+/.exec(text.slice(start))?.[0] ?? '';

/** Raw text cut into URLs (trailing punctuation left outside, as Discord does) and the rest. */
function links(text: string): { text: string; url: boolean }[] {
  const pieces: { text: string; url: boolean }[] = [];
  let from = 0;
  for (const { index: start } of text.matchAll(URL_START)) {
    if (start < from) continue;
    const [url] = splitUrl(spanAt(text, start));
    if (start > from) pieces.push({ text: text.slice(from, start), url: false });
    pieces.push({ text: url, url: true });
    from = start + url.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), url: false });
  return pieces;
}

/** Graphemes, except that a URL is one unit: a cut never leaves a shorter, different link. */
const units = (text: string) => links(text).flatMap((p) => (p.url ? [p.text] : segments(p.text)));

const ESCAPED = /[\\`*_~|<>#[\]()-]/g;

/** Escapes markdown and breaks mentions in text that contains no URL. */
function escapeMarkdown(text: string): string {
  return text
    .replace(ESCAPED, '\\$&')
    .replace(/^(\s*\d+)\.(?=\s|$)/gm, '$1\\.')
    .replace(/^(\s*)\+(?=\s|$)/gm, '$1\\+')
    .replace(/@/g, '@\u200b');
}

/**
 * Renders raw text so it shows as typed and can do nothing: markdown escaped, `@everyone`, user,
 * role, channel, command and emoji mentions neutralised, URLs wrapped in `<…>` (no preview).
 */
export function quote(text: string): string {
  return links(visible(text))
    .map((piece) => (piece.url ? `<${piece.text}>` : escapeMarkdown(piece.text)))
    .join('');
}

/**
 * The one way to show member or provider text in public: normalised, at most `maxLines` lines,
 * rendered by `quote`, and at most `maxLength` code units including escapes, cut on a grapheme.
 */
export function publicText(text: string, options: { maxLength: number; maxLines: number }): string {
  const bounded = boundLines(visible(text), options.maxLines);
  const rendered = quote(bounded);
  const limit = Math.max(0, Math.floor(options.maxLength));
  if (rendered.length <= limit) return rendered;
  const parts = units(bounded);
  const render = (n: number) => `${quote(parts.slice(0, n).join('').trimEnd())}${ELLIPSIS}`;
  // Rendered length grows with the prefix, so the longest prefix that fits is found by bisection.
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(mid).length <= limit) low = mid;
    else high = mid - 1;
  }
  while (low > 0 && render(low).length > limit) low--;
  const result = render(low);
  return result.length <= limit ? result : '';
}
