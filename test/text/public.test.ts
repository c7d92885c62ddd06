import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePrompt } from '../../src/text/normalize.ts';
import { boundLines, publicText, quote, truncate } from '../../src/text/public.ts';

const graphemes = (text: string) =>
  Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/**
 * Every http(s) URL Discord could turn into a link with a preview: any "http(s)://" that is not
 * inside an autolink (an unescaped "<", then "http(s)://", no space or "<" up to the closing ">").
 * Stricter than Discord: case-insensitive, and found anywhere, even inside a word.
 */
function unfurlable(markdown: string): string[] {
  const autolinks: [number, number][] = [];
  for (const { index, 0: link } of markdown.matchAll(/<https?:\/\/[^\s<>]*>/gi)) {
    const backslashes = /\\*$/.exec(markdown.slice(0, index))?.[0].length ?? 0;
    if (backslashes % 2 === 0) autolinks.push([index, index + link.length]);
  }
  return [...markdown.matchAll(/https?:\/\//gi)]
    .filter(({ index }) => !autolinks.some(([start, end]) => start < index && index < end))
    .map(({ index }) => markdown.slice(index, index + 40));
}

/** Grapheme-safe: `cut` is `text`, or a prefix of whole graphemes of `text` (end-trimmed) plus "…". */
function isGraphemePrefix(text: string, cut: string): boolean {
  if (cut === text || cut === '') return true;
  if (!cut.endsWith('…')) return false;
  const kept = cut.slice(0, -1);
  let prefix = '';
  for (const g of graphemes(text)) {
    if (prefix.trimEnd() === kept) return true;
    prefix += g;
  }
  return false;
}

describe('truncate', () => {
  const samples = {
    'surrogate pairs': '😀😃😄😁😆😅😂🤣',
    'ZWJ families': '👨‍👩‍👧‍👦👩‍👩‍👦👨‍👨‍👧',
    flags: '🇫🇷🇩🇪🇯🇵🇺🇦',
    'tag sequences': '🏴󠁧󠁢󠁳󠁣󠁴󠁿🏴󠁧󠁢󠁷󠁬󠁳󠁿🏴󠁧󠁢󠁥󠁮󠁧󠁿',
    'skin tones and keycaps': '👍🏽👋🏿1️⃣#️⃣',
    'combining accents': 'e\u0301e\u0301e\u0301',
  };

  it.each(Object.entries(samples))('never splits %s, at every limit', (_, text) => {
    for (let max = 0; max <= text.length + 1; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.isWellFormed()).toBe(true);
      const kept = cut.replace(/…$/, '');
      expect(text.startsWith(kept)).toBe(true);
      expect(graphemes(text).slice(0, graphemes(kept).length).join('')).toBe(kept);
    }
  });

  it('returns short text unchanged and marks a cut with "…" inside the limit', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(truncate('ab cd', 4)).toBe('ab…');
    expect(truncate('abcd', 0)).toBe('');
  });

  it('does not pass on an unpaired surrogate it was given', () => {
    expect(truncate('a\uD83D', 5)).toBe('a\uFFFD');
  });
});

describe('boundLines', () => {
  it('flattens to one line with 1', () => {
    expect(boundLines('a\n\n\nb\r\nc', 1)).toBe('a b c');
  });

  it('keeps at most the given number of lines, one blank line in a row, none at the ends', () => {
    expect(boundLines('\n\na\n\n\n\nb\nc\nd\n\n', 3)).toBe('a\n\nb c d');
    expect(boundLines('a\nb', 5)).toBe('a\nb');
  });

  it('turns a 1,990-line body into the allowed number of lines', () => {
    expect(boundLines(`x\n${'y\n'.repeat(1990)}`, 4).split('\n')).toHaveLength(4);
  });
});

describe('quote', () => {
  it('escapes markdown so text shows as typed', () => {
    expect(quote('**bold** _i_ ~~s~~ ||spoiler|| `code` # h\n> q\n- item\n1. one\n-# small')).toBe(
      '\\*\\*bold\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\# h\n\\> q\n\\- item\n1\\. one\n\\-\\# small',
    );
  });

  it('neutralises @everyone, @here and user, role, channel, command and emoji mentions', () => {
    const shown = quote('@everyone @here <@123> <@!123> <@&456> <#789> </video:1> <:e:1> <t:1:R>');
    expect(shown).not.toMatch(/(^|[^\\])</);
    expect(shown).not.toMatch(/@(?!\u200B)/);
    expect(shown.replace(/[\\\u200B]/g, '')).toBe(
      '@everyone @here <@123> <@!123> <@&456> <#789> </video:1> <:e:1> <t:1:R>',
    );
  });

  it('wraps URLs in <…> without escaping them, leaving trailing punctuation outside', () => {
    expect(quote('log in at https://evil.example/login_now.')).toBe(
      'log in at <https://evil.example/login_now>.',
    );
    expect(quote('(https://en.wikipedia.org/wiki/A_(b))')).toBe(
      '\\(<https://en.wikipedia.org/wiki/A_(b)>\\)',
    );
    expect(quote('HTTPS://X.Y and xhttp://z')).toBe('<HTTPS://X.Y> and x<http://z>');
  });

  it('keeps a URL the member already wrapped showing as typed', () => {
    expect(quote('<https://x.y>')).toBe('\\<<https://x.y>\\>');
  });

  it('turns a masked link into escaped brackets around a wrapped URL', () => {
    expect(quote('[free nitro](https://evil.example)')).toBe('\\[free nitro\\]\\(<https://evil.example>\\)');
  });
});

describe('publicText', () => {
  it('bounds lines and length, escapes, and wraps links', () => {
    const text = `**Look** at https://evil.example/login${'\n'.repeat(1990)}@everyone`;
    expect(publicText(text, { maxLength: 200, maxLines: 1 })).toBe(
      '\\*\\*Look\\*\\* at <https://evil.example/login> @\u200Beveryone',
    );
  });

  it('counts escapes in the limit and cuts before a URL that does not fit whole', () => {
    expect(publicText('a*b https://example.com/very/long', { maxLength: 20, maxLines: 1 })).toBe('a\\*b…');
  });

  it('shows a normalised prompt as the same characters Segmind receives', () => {
    const result = normalizePrompt('a g\u2060ore *scene*\u{E0067} https://x.example', { maxLength: 100 });
    if (!result.ok) throw new Error(result.problem);
    const shown = publicText(result.prompt, { maxLength: 100, maxLines: 3 });
    // Remove what Discord consumes (escapes, autolink brackets, mention breakers): the prompt remains.
    expect(shown.replace(/\\(.)/g, '$1').replace(/<(https?:[^>]+)>/g, '$1')).toBe(result.prompt);
  });

  const linky = fc.array(
    fc.oneof(
      fc.constantFrom(
        'https://',
        'http://',
        'HTTPS://',
        '<',
        '>',
        '\\',
        '(',
        ')',
        '[',
        ']',
        ' ',
        '\n',
        '.',
        '@',
      ),
      fc.constantFrom('evil.example/login', 'x', '👨‍👩‍👧', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '\uD83D', '\u0301', '*', '_', '`', '#'),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 30 },
  );

  it('never outputs an unfurlable link, a broken surrogate, too many lines or too many characters', () => {
    fc.assert(
      fc.property(
        linky,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 4 }),
        (parts, max, lines) => {
          const shown = publicText(parts.join(''), { maxLength: max, maxLines: lines });
          expect(unfurlable(shown)).toEqual([]);
          expect(shown.isWellFormed()).toBe(true);
          expect(shown.length).toBeLessThanOrEqual(max);
          expect(shown.split('\n').length).toBeLessThanOrEqual(lines);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('quote never leaves an unfurlable link either', () => {
    fc.assert(
      fc.property(linky, (parts) => {
        expect(unfurlable(quote(parts.join('')))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('truncate is grapheme-safe on any text', () => {
    fc.assert(
      fc.property(linky, fc.integer({ min: 0, max: 60 }), (parts, max) => {
        const text = parts.join('').toWellFormed();
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.isWellFormed()).toBe(true);
        expect(isGraphemePrefix(text, cut)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
