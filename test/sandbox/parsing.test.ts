import { describe, expect, it } from 'vitest';
import { OptionBag, parseLine, SandboxError } from '../support/sandbox/lineParser.ts';
import { relativeTime, renderMarkup } from '../support/sandbox/markup.ts';

describe('the sandbox’s input', () => {
  it('takes an unquoted value up to the next name:', () => {
    expect(parseLine('/video prompt:a fox in the snow duration:5 aspect_ratio:9:16')).toEqual({
      words: ['/video'],
      options: [
        { name: 'prompt', value: 'a fox in the snow' },
        { name: 'duration', value: '5' },
        { name: 'aspect_ratio', value: '9:16' },
      ],
    });
  });

  it('keeps quoted values whole, escapes included, and does not split at times or links', () => {
    expect(parseLine('edit prompt:"say \\"hi\\" seed:3 \\\\ here" seed:4').options).toEqual([
      { name: 'prompt', value: 'say "hi" seed:3 \\ here' },
      { name: 'seed', value: '4' },
    ]);
    expect(parseLine('/video prompt:at 10:30 see https://example.com/a now').options).toEqual([
      { name: 'prompt', value: 'at 10:30 see https://example.com/a now' },
    ]);
    expect(parseLine('press "Make it" on 4f21ab').words).toEqual(['press', 'Make it', 'on', '4f21ab']);
  });

  it.each([
    ['/video prompt:"a fox', /unterminated quote/],
    ['/video prompt:"a fox"x', /unexpected text after the quoted value/],
    ['press "Make it"now', /unexpected text after a closing quote/],
    ['press Make"it', /unterminated quote/],
  ])('refuses %s', (line, message) => {
    expect(() => parseLine(line)).toThrow(SandboxError);
    expect(() => parseLine(line)).toThrow(message);
  });

  it('refuses options nobody took, and the same option twice', () => {
    const bag = new OptionBag(parseLine('post text:hi colour:red').options, 'post');
    expect(bag.take('text')).toBe('hi');
    expect(() => bag.done(['text'])).toThrow('unknown option colour for post (it takes text)');
    expect(() => new OptionBag(parseLine('x a:1 a:2').options, 'x').take('a')).toThrow(/given twice/);
  });
});

describe('Discord markup as the sandbox prints it', () => {
  const now = Date.UTC(2026, 10, 25, 12, 0, 0);
  const names = {
    user: (id: string) => ({ '1': 'alice' })[id],
    channel: (id: string) => ({ '2': 'mod-log' })[id],
    role: (id: string) => ({ '3': 'supporter' })[id],
  };
  const plain = (text: string) => renderMarkup(text, { names, now, ansi: false });

  it('shows mentions, channels, roles and relative times by name', () => {
    expect(plain('<@1> and <@!1> in <#2>, <@&3>, <@9999>')).toBe(
      '@alice and @alice in #mod-log, @supporter, @unknown-user-9999',
    );
    expect(plain(`ready <t:${now / 1000 + 120}:R>, refilled <t:${now / 1000 - 3 * 3600}:R>`)).toBe(
      'ready in 2 min, refilled 3 h ago',
    );
    expect(plain(`at <t:${now / 1000}:t>`)).toBe('at 12:00');
    expect(plain('[jump](https://discord.com/channels/1/2/123456789) or [docs](<https://x.dev/a>)')).toBe(
      'jump (→ #mod-log msg 456789) or docs (https://x.dev/a)',
    );
    expect(relativeTime(now + 30_000, now)).toBe('in 30 s');
    expect(relativeTime(now + 3 * 86_400_000, now)).toBe('in 3 days');
  });

  it('turns styles into terminal styles, or drops their markers without a terminal', () => {
    const text = '**Queued** — *soon* __here__ ~~gone~~ `code` ||secret||';
    expect(plain(text)).toBe('Queued — soon here gone code secret');
    expect(renderMarkup(text, { names, now, ansi: true })).toBe(
      '\x1b[1mQueued\x1b[22m — \x1b[3msoon\x1b[23m \x1b[4mhere\x1b[24m \x1b[9mgone\x1b[29m \x1b[36mcode\x1b[39m \x1b[7msecret\x1b[27m',
    );
  });

  it('shows escaped text as typed and drops zero-width spaces', () => {
    expect(plain('“a \\*fox\\* \\- \\(big\\) @\u200beveryone” **x**')).toBe('“a *fox* - (big) @everyone” x');
    expect(plain('`<@1>` stays code')).toBe('<@1> stays code');
    expect(plain('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });
});
