import type { DestinationStream } from 'pino';
import { commands } from '../../../commands/index.ts';
import { App } from '../../../src/app.ts';
import { parseConfig } from '../../../src/config.ts';
import { FakeDiscord, type FakeMessage, type FakeUser, type InteractionHandle } from '../fakeDiscord.ts';
import { FakeSegmind } from '../fakeSegmind.ts';
import { TestClock } from '../testClock.ts';
import { faultCommand, parseDuration } from './faults.ts';
import { loadFile, postFrom } from './files.ts';
import { OptionBag, type ParsedOption, parseLine, SandboxError } from './lineParser.ts';
import type { MarkupOptions } from './markup.ts';
import { describeMessage, describeModal, messageBlock } from './messageView.ts';

export { HELP } from './help.ts';

import { fakeEnv } from '../fakeEnv.ts';
import { HELP } from './help.ts';
import { buttonsOf, type Field, noExtra, splitOn } from './helpers.ts';
import { lookups, markupNames, ROLES, sandboxMembers } from './people.ts';
import { buildSlash, type CommandDef, type Lookups } from './slashCommand.ts';

/**
 * The sandbox: the real bot against the fake Discord and fake Segmind, driven by lines of text
 * (`/video prompt:…`, `as bob press Cancel`, `fault safety`, `wait`). What the bot posts is printed
 * as a member would read it. The clock is simulated: `wait` and `time` move it on.
 */

export interface SandboxOptions {
  print: (text: string) => void;
  /** Simulated ms per real ms (1: real time). */
  clockFactor?: number;
  renderMs?: number;
  /** Renders at once, bot-wide: low, so a queue forms. */
  maxRendering?: number;
  ansi?: boolean;
  logLevel?: string;
  logDestination?: DestinationStream;
}

const SHORTCUTS: Record<string, string> = {
  reroll: 'Re-roll',
  same: 'Same seed',
  edit: 'Edit',
  delete: 'Delete',
  cancel: 'Cancel',
};

type Def = CommandDef & { type?: number };
const DEFS = commands as unknown as readonly Def[];

export class Sandbox {
  readonly discord: FakeDiscord;
  readonly segmind: FakeSegmind;
  readonly clock: TestClock;
  readonly app: App;
  readonly users = sandboxMembers();
  readonly #o: SandboxOptions;
  readonly #shown = new Map<string, string>();
  /** Who triggered each interaction (ephemeral answers are theirs only). */
  readonly #actors = new Map<string, FakeUser>();
  /** The form open for each member. */
  readonly #forms = new Map<string, InteractionHandle>();

  private constructor(
    o: SandboxOptions,
    discord: FakeDiscord,
    segmind: FakeSegmind,
    clock: TestClock,
    app: App,
  ) {
    this.#o = o;
    this.discord = discord;
    this.segmind = segmind;
    this.clock = clock;
    this.app = app;
  }

  static async start(o: SandboxOptions): Promise<Sandbox> {
    const clock = new TestClock(o.clockFactor ?? 1);
    const discord = await FakeDiscord.start({ now: () => clock.now() });
    const segmind = await FakeSegmind.start({ now: () => clock.now() });
    segmind.renderMs = o.renderMs ?? 8_000;
    const config = parseConfig({
      ...fakeEnv(discord, segmind),
      STORAGE_URL: 'memory://',
      MAX_RENDERING: String(o.maxRendering ?? 1),
      LOG_LEVEL: o.logLevel ?? 'warn',
    });
    const app = new App(config, { clock, ...(o.logDestination ? { logDestination: o.logDestination } : {}) });
    await app.start();
    return new Sandbox(o, discord, segmind, clock, app);
  }

  get #markup(): MarkupOptions {
    return {
      now: this.clock.now(),
      ansi: this.#o.ansi ?? false,
      names: markupNames(this.discord, this.users),
    };
  }

  /** Runs one line; false when it asks to quit. Mistakes in the line are printed, never thrown. */
  async run(line: string, actor: FakeUser = this.users.get('alice') as FakeUser): Promise<boolean> {
    const text = line.trim();
    if (!text || text.startsWith('#')) return true;
    try {
      const as = /^as\s+(\S+)\s+(.+)$/s.exec(text);
      if (as) {
        const user = this.users.get(as[1] ?? '');
        if (!user)
          throw new SandboxError(`no member called ${as[1]} (members: ${[...this.users.keys()].join(', ')})`);
        return this.run(as[2] ?? '', user);
      }
      return await this.#dispatch(text, actor);
    } catch (error) {
      if (!(error instanceof SandboxError) && !(error instanceof Error)) throw error;
      // Marked apart from the bot's own ⚠️ answers: this is the sandbox refusing the line.
      this.#o.print(`✗ ${error instanceof SandboxError ? '' : 'refused: '}${error.message}`);
      return true;
    }
  }

  async #dispatch(text: string, actor: FakeUser): Promise<boolean> {
    const { words, options } = parseLine(text);
    const [first = '', ...rest] = words;
    if (first.startsWith('/')) return this.#slash(first.slice(1), rest, options, actor);
    if (first in SHORTCUTS) {
      if (rest.length && rest[0] !== 'on')
        throw new SandboxError(`unexpected ${rest.join(' ')} (${first} [on MSG])`);
      return this.#press(SHORTCUTS[first] ?? '', rest.slice(1), options, actor, first === 'edit');
    }
    const menu = DEFS.find((d) => d.type === 3 && d.name.split(' ')[0]?.toLowerCase() === first);
    if (menu) return this.#messageCommand(menu, rest, options, actor);
    switch (first) {
      case 'quit':
      case 'exit':
        return false;
      case 'help':
        this.#o.print(HELP);
        return true;
      case 'users':
        this.#o.print(
          `members: ${[...this.users.values()].map((u) => `@${u.username}${u.permissions ? ' (moderator)' : ''}`).join(', ')}; roles: ${ROLES.map((r) => `@${r.name}`).join(', ')}; channels: #general, #mod-log`,
        );
        return true;
      case 'post':
        return this.#post(rest, options, actor);
      case 'press':
        return this.#press(...splitOn(rest), options, actor, true);
      case 'fill':
        return this.#fill(rest, options, actor);
      case 'wait':
        noExtra(rest.slice(1), options, 'wait');
        await this.#wait(rest[0] === undefined ? null : parseDuration(rest[0]));
        return true;
      case 'show': {
        noExtra(rest.slice(1), options, 'show');
        const message = this.#message(rest[0], () => true, actor);
        this.#o.print(describeMessage(message, this.#markup));
        return true;
      }
      default:
        if (first === 'fault' || first === 'render') {
          noExtra([], options, first);
          this.#o.print(faultCommand(this, first, rest));
          return true;
        }
        throw new SandboxError(`unknown command “${first}” (type help)`);
    }
  }

  async #slash(name: string, words: string[], options: ParsedOption[], actor: FakeUser): Promise<boolean> {
    const def = DEFS.find((d) => (d.type ?? 1) === 1 && d.name === name);
    if (!def)
      throw new SandboxError(
        `no command /${name} (commands: ${DEFS.filter((d) => (d.type ?? 1) === 1)
          .map((d) => `/${d.name}`)
          .join(', ')})`,
      );
    const built = buildSlash(def, words, new OptionBag(options, `/${name}`), this.#lookups());
    const handle = this.discord.slash(built.name, built.options, {
      user: actor,
      ...(Object.keys(built.resolved).length ? { resolved: built.resolved } : {}),
    });
    await this.#settle(handle, actor);
    return true;
  }

  async #messageCommand(
    def: Def,
    words: string[],
    options: ParsedOption[],
    actor: FakeUser,
  ): Promise<boolean> {
    if (words.length > 1) throw new SandboxError(`unexpected ${words.slice(1).join(' ')}`);
    const target = this.#message(
      words[0],
      (m) => m.author !== undefined,
      actor,
      'a member’s message (post one)',
    );
    const handle = this.discord.messageCommand(def.name, target, { user: actor });
    await this.#settle(handle, actor);
    // Fields on the same line fill the form at once; otherwise it stays open for `fill`.
    if (handle.state.modal && options.length) await this.#fill([], options, actor);
    else if (options.length)
      throw new SandboxError(`no form opened, so ${options.map((o) => o.name).join(', ')} went unused`);
    return true;
  }

  async #post(words: string[], options: ParsedOption[], actor: FakeUser): Promise<boolean> {
    const { content, files, embedUrls } = postFrom(words, options);
    // Discord embeds a linked picture through its media proxy; the sandbox serves a sample there.
    const embeds = embedUrls.map((url) => this.discord.imageEmbed(url, loadFile('sample:bird.png').data));
    this.discord.postMessage({ author: actor, content, files, embeds });
    this.flush();
    return true;
  }

  async #press(
    label: string,
    words: string[],
    options: ParsedOption[],
    actor: FakeUser,
    formAllowed: boolean,
  ): Promise<boolean> {
    const [on, ...extra] = words;
    if (extra.length) throw new SandboxError(`unexpected ${extra.join(' ')} after on ${on}`);
    if (!label) throw new SandboxError('press which button? (press LABEL [on MSG])');
    if (!formAllowed && options.length)
      throw new SandboxError(`unknown options ${options.map((o) => o.name).join(', ')}`);
    const wanted = label.toLowerCase();
    const matches = (b: { label?: string }) => {
      const l = (b.label ?? '').toLowerCase();
      return l === wanted || l.startsWith(wanted);
    };
    const message = this.#message(
      on,
      (m) => buttonsOf(m).some(matches),
      actor,
      `a message with a “${label}” button`,
    );
    const button = buttonsOf(message).find(matches);
    if (!button?.custom_id) throw new SandboxError(`no “${label}” button`);
    if (button.disabled) throw new SandboxError(`“${button.label}” is disabled`);
    const handle = this.discord.button(button.custom_id, message, { user: actor });
    await this.#settle(handle, actor);
    // Fields on the same line fill the form at once; otherwise it stays open for `fill`.
    if (handle.state.modal && options.length) await this.#fill([], options, actor);
    else if (options.length)
      throw new SandboxError(`no form opened, so ${options.map((o) => o.name).join(', ')} went unused`);
    return true;
  }

  async #fill(words: string[], options: ParsedOption[], actor: FakeUser): Promise<boolean> {
    if (words.length) throw new SandboxError(`unexpected ${words.join(' ')} (fill field:value …)`);
    const shown = this.#forms.get(actor.id);
    if (!shown) throw new SandboxError('no form is open');
    const modal = shown.state.modal as { components: Array<{ component?: Field; components?: Field[] }> };
    const fields = modal.components.flatMap((n) => (n.component ? [n.component] : (n.components ?? [])));
    const values: Record<string, string> = {};
    for (const o of options) {
      const field = fields.find((f) => f.custom_id === o.name);
      if (!field)
        throw new SandboxError(
          `the form has no field ${o.name} (fields: ${fields.map((f) => f.custom_id).join(', ')})`,
        );
      const option = field.options?.find(
        (op) => op.value === o.value || op.label.toLowerCase() === o.value.toLowerCase(),
      );
      values[o.name] = option?.value ?? o.value;
    }
    const submit = this.discord.submitModal(shown, values, { user: actor });
    this.#forms.delete(actor.id);
    await this.#settle(submit, actor);
    return true;
  }

  /** The fields of the form open for a member (scripts fill required ones generically). */
  formFields(member = 'alice'): Array<{ id: string; type: number; required: boolean }> {
    const shown = this.#forms.get(this.users.get(member)?.id ?? '');
    const modal = shown?.state.modal as
      | { components: Array<{ component?: Field; components?: Field[] }> }
      | undefined;
    return (modal?.components ?? [])
      .flatMap((n) => (n.component ? [n.component] : (n.components ?? [])))
      .map((f) => ({ id: f.custom_id, type: f.type, required: f.required ?? true }));
  }

  /** The message `suffix` names (the last digits of its id), else the newest one `fits`, seen by `actor`. */
  #message(
    suffix: string | undefined,
    fits: (m: FakeMessage) => boolean,
    actor: FakeUser,
    what = 'a message',
  ): FakeMessage {
    const visible = [...this.discord.messages.values()]
      .filter((m) => !m.deleted && this.#canSee(m, actor))
      .reverse();
    const found = suffix ? visible.find((m) => m.id.endsWith(suffix)) : visible.find(fits);
    if (!found) throw new SandboxError(suffix ? `no message ending in ${suffix}` : `no ${what} yet`);
    return found;
  }

  #canSee(m: FakeMessage, actor: FakeUser): boolean {
    if ((m.flags & 64) === 0) return true;
    return m.interactionId !== undefined && this.#actors.get(m.interactionId)?.id === actor.id;
  }

  #lookups(): Lookups {
    return lookups(this.discord, this.users, (value) => {
      const file = loadFile(value);
      const { data: _data, ...attachment } = this.discord.attachment(
        file.filename,
        file.data,
        file.contentType,
      ) as ReturnType<FakeDiscord['attachment']> & { data?: Buffer };
      return attachment;
    });
  }

  /** Waits for the bot's answer to `handle`, then for Discord traffic to calm, and prints what changed. */
  async #settle(handle: InteractionHandle, actor: FakeUser): Promise<void> {
    this.#actors.set(handle.id, actor);
    try {
      await handle.callback(4_000);
    } catch {
      this.#o.print('✗ clipcast did not answer (Discord would say “The application did not respond”)');
    }
    await this.#quiet();
    this.flush();
    if (handle.state.modal) {
      this.#forms.set(actor.id, handle);
      this.#o.print(describeModal(handle.state.modal as Parameters<typeof describeModal>[0], this.#markup));
    }
  }

  async #quiet(): Promise<void> {
    let last = -1;
    let calm = 0;
    for (let i = 0; i < 500 && calm < 5; i++) {
      const count = this.discord.requests.length + this.segmind.requests.length;
      calm = count === last ? calm + 1 : 0;
      last = count;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Lets simulated time pass: `ms`, or until every job has ended (at most a day). */
  async #wait(ms: number | null): Promise<void> {
    const until = this.clock.now() + (ms ?? 86_400_000);
    while (this.clock.now() < until) {
      const busy = this.app.runner.activeCount > 0 || this.app.pendingInteractions > 0;
      if (ms === null && !busy) break;
      // Jobs under way move in 1 s steps (so their status shows); an idle bot skips ahead.
      this.clock.advance(busy ? Math.min(1_000, until - this.clock.now()) : until - this.clock.now());
      await new Promise((r) => setTimeout(r, 10));
      this.flush();
    }
    await this.#quiet();
    this.flush();
  }

  /** Prints every message that is new or changed since the last time (not merely older). */
  flush(): void {
    for (const m of this.discord.messages.values()) {
      const key = JSON.stringify([
        m.deleted,
        m.flags,
        m.content,
        m.embeds,
        m.components,
        m.attachments.length,
      ]);
      const before = this.#shown.get(m.id);
      if (before === key) continue;
      this.#shown.set(m.id, key);
      const owner = m.interactionId ? this.#actors.get(m.interactionId) : undefined;
      const channel = markupNames(this.discord, this.users).channel(m.channel_id);
      this.#o.print(
        messageBlock(m, this.#markup, {
          where: channel ? `#${channel}` : 'DM to the bot’s owner',
          state: before === undefined ? 'new' : m.deleted ? 'deleted' : 'edited',
          owner: owner?.username,
        }),
      );
    }
  }

  async close(): Promise<void> {
    await this.app.stop();
    await this.discord.close();
    await this.segmind.close();
  }
}
