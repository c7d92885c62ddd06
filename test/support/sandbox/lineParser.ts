/**
 * The sandbox's own input language, parsed strictly: a line is words (`press`, `Make`, `it`,
 * `"quoted words"`), then options `name:value`. An option's value runs to the next ` name:` (a
 * lowercase name right before a colon with no space after it) or the end of the line, so
 * `prompt:a fox in the snow duration:5` gives the prompt "a fox in the snow"; a value in double
 * quotes may hold anything (`\"` and `\\` escape). An unterminated quote, text after a closing
 * quote, and a word after the first option are errors, never guesses.
 */

export class SandboxError extends Error {
  override readonly name = 'SandboxError';
}

export interface ParsedOption {
  name: string;
  value: string;
}

export interface ParsedLine {
  words: string[];
  options: ParsedOption[];
}

/** ` name:` followed by a value (a URL's `https://` is not an option). */
const OPTION_START = /(^|\s)([a-z][a-z0-9_-]*):(?=\S)(?!\/\/)/g;

/** Reads a double-quoted string starting at `text[at] === '"'`; returns it and the index after it. */
function quoted(text: string, at: number): { value: string; end: number } {
  let value = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1];
      i++;
    } else if (c === '"') {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  throw new SandboxError(`unterminated quote: ${text.slice(at, at + 30)}${text.length - at > 30 ? '…' : ''}`);
}

function words(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    if (text[i] === '"') {
      const q = quoted(text, i);
      if (q.end < text.length && !/\s/.test(text[q.end] ?? ''))
        throw new SandboxError(`unexpected text after a closing quote: ${text.slice(q.end, q.end + 20)}`);
      out.push(q.value);
      i = q.end;
      continue;
    }
    const end = text.slice(i).search(/\s/);
    const word = end === -1 ? text.slice(i) : text.slice(i, i + end);
    if (word.includes('"')) throw new SandboxError(`unterminated quote in ${word}`);
    out.push(word);
    i += word.length;
  }
  return out;
}

/** Where each option name starts in `text` (skipping anything inside quoted values). */
function optionStarts(text: string): Array<{ name: string; at: number; valueAt: number }> {
  const starts: Array<{ name: string; at: number; valueAt: number }> = [];
  let from = 0;
  for (;;) {
    OPTION_START.lastIndex = from;
    const match = OPTION_START.exec(text);
    if (!match) return starts;
    const at = match.index + (match[1]?.length ?? 0);
    const valueAt = at + (match[2]?.length ?? 0) + 1;
    starts.push({ name: match[2] ?? '', at, valueAt });
    // A quoted value may contain anything, `name:` included: continue after it.
    from = text[valueAt] === '"' ? quoted(text, valueAt).end : valueAt;
  }
}

export function parseLine(line: string): ParsedLine {
  const text = line.trim();
  const starts = optionStarts(text);
  const head = words(text.slice(0, starts[0]?.at ?? text.length));
  const options: ParsedOption[] = starts.map((start, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const raw = text.slice(start.valueAt, end);
    if (raw.startsWith('"')) {
      const q = quoted(raw, 0);
      const rest = raw.slice(q.end).trim();
      if (rest) throw new SandboxError(`unexpected text after the quoted value of ${start.name}: ${rest}`);
      return { name: start.name, value: q.value };
    }
    return { name: start.name, value: raw.trim() };
  });
  return { words: head, options };
}

/** Takes options by name (each at most once unless `repeatable`); refuses any left over. */
export class OptionBag {
  readonly #options: ParsedOption[];
  readonly #what: string;

  constructor(options: readonly ParsedOption[], what: string) {
    this.#options = [...options];
    this.#what = what;
  }

  take(name: string): string | undefined {
    const found = this.#options.filter((o) => o.name === name);
    if (found.length > 1) throw new SandboxError(`${name} is given twice`);
    const [option] = found;
    if (!option) return undefined;
    this.#options.splice(this.#options.indexOf(option), 1);
    return option.value;
  }

  takeAll(name: string): string[] {
    const found = this.#options.filter((o) => o.name === name);
    for (const f of found) this.#options.splice(this.#options.indexOf(f), 1);
    return found.map((f) => f.value);
  }

  rest(): ParsedOption[] {
    return [...this.#options];
  }

  /** Refuses whatever was not taken, naming what `what` accepts. */
  done(accepted: readonly string[]): void {
    const left = this.#options.map((o) => o.name);
    if (left.length)
      throw new SandboxError(
        `unknown option${left.length > 1 ? 's' : ''} ${left.join(', ')} for ${this.#what}${
          accepted.length ? ` (it takes ${accepted.join(', ')})` : ' (it takes no options)'
        }`,
      );
  }
}
