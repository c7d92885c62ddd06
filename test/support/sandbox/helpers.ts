import type { FakeMessage } from '../fakeDiscord.ts';
import { type ParsedOption, SandboxError } from './lineParser.ts';

/** Small pieces of the sandbox session: buttons of a message, `on MSG`, lines that take nothing more. */

export interface Field {
  type: number;
  custom_id: string;
  required?: boolean | null;
  options?: Array<{ label: string; value: string }>;
}

export interface Button {
  type: number;
  custom_id?: string;
  label?: string;
  disabled?: boolean;
  components?: unknown;
  accessory?: unknown;
}

export function buttonsOf(m: FakeMessage): Button[] {
  const out: Button[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list as Button[]) {
      if (c.type === 2) out.push(c);
      walk(c.components);
      if (c.accessory) walk([c.accessory]);
    }
  };
  walk(m.components);
  return out;
}

/** `press Make it on 4f21ab` → the label words and the message. */
export function splitOn(words: string[]): [string, string[]] {
  const at = words.lastIndexOf('on');
  return at > 0 ? [words.slice(0, at).join(' '), words.slice(at + 1)] : [words.join(' '), []];
}

export function noExtra(words: string[], options: ParsedOption[], what: string): void {
  if (words.length) throw new SandboxError(`unexpected ${words.join(' ')} after ${what}`);
  if (options.length)
    throw new SandboxError(`${what} takes no options (${options.map((o) => o.name).join(', ')})`);
}
