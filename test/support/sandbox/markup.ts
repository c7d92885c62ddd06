/**
 * Discord markup as a person reads it in the terminal: `<@id>` → @name, `<#id>` → #name,
 * `<@&id>` → @role, `<t:…:R>` → "in 2 min", `**bold**` / `*italic*` / `__underline__` /
 * `~~strike~~` / `` `code` `` / `||spoiler||` as ANSI styles (or plain text without a terminal),
 * backslash escapes and zero-width spaces removed.
 */

export interface Names {
  user(id: string): string | undefined;
  channel(id: string): string | undefined;
  role(id: string): string | undefined;
}

export interface MarkupOptions {
  names: Names;
  /** Simulated now, for relative timestamps. */
  now: number;
  ansi: boolean;
}

/** "in 2 min", "3 h ago", "now": how Discord's relative timestamp reads. */
export function relativeTime(atMs: number, nowMs: number): string {
  const seconds = Math.round((atMs - nowMs) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 1) return 'now';
  const unit =
    abs < 60
      ? `${abs} s`
      : abs < 90 * 60
        ? `${Math.round(abs / 60)} min`
        : abs < 36 * 3600
          ? `${Math.round(abs / 3600)} h`
          : `${Math.round(abs / 86_400)} days`;
  return seconds > 0 ? `in ${unit}` : `${unit} ago`;
}

function absoluteTime(atMs: number, style: string): string {
  const d = new Date(atMs);
  const iso = d.toISOString();
  if (style === 't') return iso.slice(11, 16);
  if (style === 'T') return iso.slice(11, 19);
  if (style === 'd' || style === 'D') return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// Private-use characters stand in for escaped characters while styles are applied.
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = '\\*_~`|<>#[]()-@:.!';

const STYLES: Array<{ pattern: RegExp; on: string; off: string }> = [
  { pattern: /\*\*\*(.+?)\*\*\*/gs, on: '\x1b[1;3m', off: '\x1b[22;23m' },
  { pattern: /\*\*(.+?)\*\*/gs, on: '\x1b[1m', off: '\x1b[22m' },
  { pattern: /__(.+?)__/gs, on: '\x1b[4m', off: '\x1b[24m' },
  { pattern: /(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/gs, on: '\x1b[3m', off: '\x1b[23m' },
  { pattern: /(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/gs, on: '\x1b[3m', off: '\x1b[23m' },
  { pattern: /~~(.+?)~~/gs, on: '\x1b[9m', off: '\x1b[29m' },
  { pattern: /\|\|(.+?)\|\|/gs, on: '\x1b[7m', off: '\x1b[27m' },
];

export function renderMarkup(text: string, o: MarkupOptions): string {
  const codes: string[] = [];
  let out = text
    .replace(/\u200b/g, '')
    // Escapes first: what they protect is never styled or resolved.
    .replace(/\\([\\*_~`|<>#[\]()\-@:.!])/g, (_, c: string) =>
      String.fromCharCode(ESCAPE_BASE + ESCAPABLE.indexOf(c)),
    )
    // Code spans are literal.
    .replace(/`([^`]+)`/g, (_, code: string) => {
      codes.push(code);
      return String.fromCharCode(0xf000 + codes.length - 1);
    })
    .replace(/<@!?(\d+)>/g, (_, id: string) => `@${o.names.user(id) ?? `unknown-user-${id.slice(-4)}`}`)
    .replace(/<@&(\d+)>/g, (_, id: string) => `@${o.names.role(id) ?? `unknown-role-${id.slice(-4)}`}`)
    .replace(/<#(\d+)>/g, (_, id: string) => `#${o.names.channel(id) ?? `unknown-channel-${id.slice(-4)}`}`)
    .replace(/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_, s: string, style = 'f') => {
      const at = Number(s) * 1000;
      return style === 'R' ? relativeTime(at, o.now) : absoluteTime(at, style);
    })
    .replace(/<a?:(\w+):\d+>/g, ':$1:')
    // Masked links show their text and where they go; jump links, which message they open.
    .replace(/\[([^\]\n]+)\]\(<?(https?:\/\/[^)>\s]+)>?\)/g, '$1 ($2)')
    .replace(
      /https:\/\/discord\.com\/channels\/\d+\/(\d+)\/(\d+)/g,
      (_, channel: string, message: string) =>
        `→ #${o.names.channel(channel) ?? 'unknown-channel'} msg ${message.slice(-6)}`,
    )
    .replace(/^#{1,3} (.+)$/gm, '**$1**')
    .replace(/^> /gm, '│ ');
  for (const style of STYLES)
    out = out.replace(style.pattern, (_, inner: string) =>
      o.ansi ? `${style.on}${inner}${style.off}` : inner,
    );
  return out
    .replace(/[\uf000-\uf0ff]/g, (c) => {
      const code = codes[c.charCodeAt(0) - 0xf000] ?? '';
      return o.ansi ? `\x1b[36m${code}\x1b[39m` : code;
    })
    .replace(/[\ue000-\ue0ff]/g, (c) => ESCAPABLE[c.charCodeAt(0) - ESCAPE_BASE] ?? '');
}
