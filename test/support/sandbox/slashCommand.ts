import { OptionBag, SandboxError } from './lineParser.ts';

/**
 * Turns `/name group sub option:value …` into the interaction Discord would send, from the command
 * definitions the bot registers (`commands/index.ts`), so a command added there works in the
 * sandbox unchanged. Checks what Discord's client checks: the subcommand exists, required options
 * are there, choices, number ranges and lengths, and users, channels and files that exist.
 */

export interface OptionDef {
  name: string;
  type: number;
  required?: boolean;
  choices?: Array<{ name: string; value: string | number }>;
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  options?: OptionDef[];
}

export interface CommandDef {
  name: string;
  type?: number;
  options?: OptionDef[];
}

/** What option values refer to, found by name. */
export interface Lookups {
  user(name: string): { id: string; username: string } | undefined;
  userNames(): string[];
  channel(name: string): { id: string; name: string } | undefined;
  channelNames(): string[];
  role(name: string): { id: string; name: string } | undefined;
  roleNames(): string[];
  /** Uploads a file (a path, or `sample:NAME`) as Discord does for an attachment option. */
  attachment(value: string): Record<string, unknown> & { id: string };
}

export interface SlashInteraction {
  name: string;
  options: Array<Record<string, unknown>>;
  resolved: Record<string, Record<string, unknown>>;
}

const SUBCOMMAND = 1;
const GROUP = 2;

export function buildSlash(
  def: CommandDef,
  words: readonly string[],
  bag: OptionBag,
  look: Lookups,
): SlashInteraction {
  const resolved: Record<string, Record<string, unknown>> = {};
  const path: Array<{ name: string; type: number }> = [];
  let options = def.options ?? [];
  const rest = [...words];
  while (options.some((o) => o.type === SUBCOMMAND || o.type === GROUP)) {
    const word = rest.shift();
    const next = options.find((o) => o.name === word);
    const where = `/${[def.name, ...path.map((p) => p.name)].join(' ')}`;
    if (!next)
      throw new SandboxError(
        `${where} needs one of: ${options.map((o) => o.name).join(', ')}${word ? ` (not “${word}”)` : ''}`,
      );
    path.push({ name: next.name, type: next.type });
    options = next.options ?? [];
  }
  const where = `/${[def.name, ...path.map((p) => p.name)].join(' ')}`;
  if (rest.length) throw new SandboxError(`unexpected ${rest.map((w) => `“${w}”`).join(' ')} after ${where}`);
  const accepted = options.map((o) => `${o.name}${o.required ? '' : '?'}`);
  const known = new Set(options.map((o) => o.name));
  // A misspelt option is named as such, before any "missing" complaint it causes.
  new OptionBag(
    bag.rest().filter((o) => !known.has(o.name)),
    where,
  ).done(accepted);
  const values: Array<Record<string, unknown>> = [];
  for (const option of options) {
    const raw = bag.take(option.name);
    if (raw === undefined) {
      if (option.required) throw new SandboxError(`${where} needs ${option.name}:…`);
      continue;
    }
    values.push({ name: option.name, type: option.type, value: convert(option, raw, look, resolved) });
  }
  bag.done(accepted);
  let nested = values;
  for (const step of [...path].reverse()) nested = [{ name: step.name, type: step.type, options: nested }];
  return { name: def.name, options: nested, resolved };
}

function convert(
  option: OptionDef,
  raw: string,
  look: Lookups,
  resolved: Record<string, Record<string, unknown>>,
): unknown {
  const bad = (why: string) => new SandboxError(`${option.name}: ${why}`);
  const add = (kind: string, id: string, value: unknown) => {
    resolved[kind] ??= {};
    (resolved[kind] as Record<string, unknown>)[id] = value;
  };
  switch (option.type) {
    case 3: {
      if (option.choices) {
        const choice = option.choices.find(
          (c) => String(c.value) === raw || c.name.toLowerCase() === raw.toLowerCase(),
        );
        if (!choice) throw bad(`choose ${option.choices.map((c) => `${c.value} (${c.name})`).join(', ')}`);
        return choice.value;
      }
      if (raw.length < (option.min_length ?? 0)) throw bad(`at least ${option.min_length} characters`);
      if (raw.length > (option.max_length ?? 6000)) throw bad(`at most ${option.max_length} characters`);
      return raw;
    }
    case 4:
    case 10: {
      const n = option.type === 4 ? (/^-?\d+$/.test(raw) ? Number(raw) : Number.NaN) : Number(raw);
      if (!Number.isFinite(n))
        throw bad(`“${raw}” is not a ${option.type === 4 ? 'whole number' : 'number'}`);
      if (option.choices && !option.choices.some((c) => c.value === n))
        throw bad(`choose ${option.choices.map((c) => c.value).join(', ')}`);
      if (n < (option.min_value ?? -Infinity) || n > (option.max_value ?? Infinity))
        throw bad(`between ${option.min_value ?? '−∞'} and ${option.max_value ?? '∞'}`);
      return n;
    }
    case 5: {
      if (!['true', 'false'].includes(raw)) throw bad('true or false');
      return raw === 'true';
    }
    case 6:
    case 9: {
      const name = raw.replace(/^@/, '');
      const user = look.user(name);
      const role = option.type === 9 ? look.role(name) : undefined;
      if (role) {
        add('roles', role.id, roleObject(role));
        return role.id;
      }
      if (!user) throw bad(`no member called ${name} (members: ${look.userNames().join(', ')})`);
      add('users', user.id, {
        id: user.id,
        username: user.username,
        discriminator: '0',
        global_name: user.username,
        avatar: null,
      });
      add('members', user.id, {
        roles: [],
        joined_at: new Date(0).toISOString(),
        permissions: '0',
        flags: 0,
      });
      return user.id;
    }
    case 7: {
      const channel = look.channel(raw.replace(/^#/, ''));
      if (!channel)
        throw bad(
          `no channel ${raw} (channels: ${look
            .channelNames()
            .map((c) => `#${c}`)
            .join(', ')})`,
        );
      add('channels', channel.id, { id: channel.id, type: 0, name: channel.name, permissions: '0' });
      return channel.id;
    }
    case 8: {
      const role = look.role(raw.replace(/^@/, ''));
      if (!role)
        throw bad(
          `no role ${raw} (roles: ${look
            .roleNames()
            .map((r) => `@${r}`)
            .join(', ')})`,
        );
      add('roles', role.id, roleObject(role));
      return role.id;
    }
    case 11: {
      const attachment = look.attachment(raw);
      add('attachments', attachment.id, attachment);
      return attachment.id;
    }
    default:
      throw bad(`the sandbox does not know option type ${option.type}`);
  }
}

const roleObject = (role: { id: string; name: string }) => ({
  id: role.id,
  name: role.name,
  color: 0,
  hoist: false,
  position: 1,
  permissions: '0',
  managed: false,
  mentionable: true,
  flags: 0,
});

/**
 * Every leaf of a command (`/clipcast settings show`, …) with its required options filled by
 * `sample(option)`: the lines a test runs to cover every command.
 */
export function everyLeaf(def: CommandDef, sample: (o: OptionDef) => string): string[] {
  const lines: string[] = [];
  const walk = (options: readonly OptionDef[], path: string[]) => {
    const subs = options.filter((o) => o.type === SUBCOMMAND || o.type === GROUP);
    if (subs.length) {
      for (const s of subs) walk(s.options ?? [], [...path, s.name]);
      return;
    }
    const required = options.filter((o) => o.required).map((o) => `${o.name}:${sample(o)}`);
    lines.push([`/${def.name}`, ...path, ...required].join(' '));
  };
  walk(def.options ?? [], []);
  return lines;
}
