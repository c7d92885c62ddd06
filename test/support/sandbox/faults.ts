import { SandboxError } from './lineParser.ts';
import type { Sandbox } from './session.ts';

/** `90s`, `2m`, `1h`, `500ms` or plain seconds, as simulated milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|min|h)?$/.exec(text);
  if (!match) throw new SandboxError(`“${text}” is not a duration (e.g. 30s, 2m, 1h)`);
  const unit = { ms: 1, s: 1_000, m: 60_000, min: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1_000;
  return Math.round(Number(match[1]) * unit);
}

const count = (word: string | undefined, fallback: number) => {
  if (word === undefined) return fallback;
  if (!/^\d{1,3}$/.test(word)) throw new SandboxError(`“${word}” is not a count`);
  return Number(word);
};

/**
 * Failure and fault triggers, and the render time: what the fakes do next. Returns what was set,
 * in words.
 */
export function faultCommand(s: Sandbox, command: 'fault' | 'render', words: string[]): string {
  if (command === 'render') {
    if (words.length !== 1) throw new SandboxError('render SECONDS (e.g. render 20s)');
    s.segmind.renderMs = parseDuration(words[0] ?? '');
    return `🔧 renders now take ${s.segmind.renderMs / 1000} s`;
  }
  const [kind, ...rest] = words;
  const only = (n: number) => {
    if (rest.length > n) throw new SandboxError(`unexpected ${rest.slice(n).join(' ')} after fault ${kind}`);
  };
  switch (kind) {
    case 'failed': {
      const reason = rest.join(' ') || 'The model could not generate a video for this input';
      s.segmind.plans.push({ outcome: 'failed422', failReason: reason });
      return `🔧 the next render fails (FAILED: “${reason}”)`;
    }
    case 'safety':
      only(0);
      s.segmind.plans.push({ outcome: 'failed422', failReason: 'Output blocked by safety system' });
      return '🔧 the next render is blocked by the safety filter';
    case '410':
      only(0);
      s.segmind.plans.push({ submitFixture: 'submit-410-retired' });
      return '🔧 the next submit answers 410: the model is retired';
    case '429': {
      only(1);
      const n = count(rest[0], 3);
      for (let i = 0; i < n; i++) s.segmind.getFaults.push({ fixture: 'error-429-rate-limited' });
      return `🔧 Segmind answers the next ${n} status checks with 429 (rate limited)`;
    }
    case 'discord-429': {
      only(1);
      const n = count(rest[0], 2);
      s.discord.fault(
        (r) => r.path.startsWith('/webhooks/') && r.method === 'PATCH',
        429,
        { message: 'You are being rate limited.', retry_after: 1, global: false },
        n,
        { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      );
      return `🔧 Discord answers the next ${n} message edits with 429`;
    }
    case 'slow': {
      only(1);
      const ms = rest[0] ?? '1000';
      s.discord.latencyMs = /^\d+$/.test(ms) ? Number(ms) : parseDuration(ms);
      return `🔧 Discord now takes ${s.discord.latencyMs} ms (real time) to answer each request`;
    }
    case 'off':
      only(0);
      s.segmind.plans.length = 0;
      s.segmind.getFaults.length = 0;
      s.discord.faults.length = 0;
      s.discord.latencyMs = 0;
      return '🔧 no more faults';
    default:
      throw new SandboxError(
        'fault failed [REASON] | safety | 410 | 429 [N] | discord-429 [N] | slow [MS] | off',
      );
  }
}
