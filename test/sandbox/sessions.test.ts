import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Sandbox } from '../support/sandbox/session.ts';
import { type CommandDef, everyLeaf, type OptionDef } from '../support/sandbox/slashCommand.ts';

/**
 * Scripted sandbox sessions: the sandbox is what people try first, so every command and button it
 * offers is run here, as a script would, and what it prints is read back.
 */

let sandbox: Sandbox | undefined;
let output: string[] = [];

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function session(options: { renderMs?: number } = {}): Promise<Sandbox> {
  output = [];
  sandbox = await Sandbox.start({
    print: (text) => output.push(text),
    renderMs: options.renderMs ?? 8_000,
    maxRendering: 1,
    logDestination: new Writable({ write: (_c, _e, done) => done() }) as never,
  });
  return sandbox;
}

/** Runs lines and returns what they printed. */
async function script(s: Sandbox, ...lines: string[]): Promise<string> {
  const from = output.length;
  for (const line of lines) expect(await s.run(line)).toBe(true);
  return output.slice(from).join('\n');
}

/** Nothing went wrong: no sandbox complaint, no unanswered interaction, no bot error. */
function clean(text: string): void {
  expect(text).not.toMatch(/^✗/m);
  expect(text).not.toMatch(/Something went wrong on our side/);
}

/** A plausible value for a required option of any type. */
function sample(o: OptionDef): string {
  if (o.choices?.[0]) return String(o.choices[0].value);
  switch (o.type) {
    case 4:
    case 10:
      return String(Math.max(o.min_value ?? 1, 1));
    case 5:
      return 'true';
    case 6:
    case 9:
      return '@bob';
    case 7:
      return '#general';
    case 8:
      return '@supporter';
    case 11:
      return 'sample:cat.png';
    default:
      return 'a lighthouse in a storm';
  }
}

const defs = commands as unknown as ReadonlyArray<CommandDef & { type?: number }>;

describe('the sandbox, scripted', () => {
  it('runs every slash command, subcommand and message command the bot registers, and presses every button it shows', async () => {
    const s = await session();
    const lines = defs.filter((d) => (d.type ?? 1) === 1).flatMap((d) => everyLeaf(d, sample));
    expect(lines).toEqual(expect.arrayContaining(['/video prompt:a lighthouse in a storm', '/credits']));
    for (const line of lines) {
      const printed = await script(s, line, 'wait');
      // Each command was answered (a message, an edit or a form), privately or publicly.
      expect(printed, line).toMatch(/── #|🪟 form/);
      clean(printed);
      if (/🪟 form/.test(printed)) await script(s, 'fill');
    }
    await script(s, 'as bob post text:my cat image:sample:cat.png');
    for (const def of defs.filter((d) => d.type === 3)) {
      const printed = await script(s, (def.name.split(' ')[0] ?? '').toLowerCase());
      expect(printed).toMatch(/🪟 form/);
      const required = s.formFields().filter((f) => f.required && f.type === 4);
      clean(
        await script(
          s,
          `fill ${required.map((f) => `${f.id}:"${sample({ name: f.id, type: 3 })}"`).join(' ')}`,
          'wait',
        ),
      );
    }

    // Every button on every message alice can see, the destructive ones last.
    await script(s, '/clipcast settings cost-preview credits:1', '/video prompt:to confirm');
    const pressed = new Set<string>();
    for (const message of [...s.discord.messages.values()].reverse()) {
      const labels = buttonLabels(message.components).sort(
        (a, b) => Number(a === 'Delete') - Number(b === 'Delete'),
      );
      for (const label of labels) {
        if (message.deleted || pressed.has(label) || (message.flags & 64 && !message.components.length))
          continue;
        pressed.add(label);
        const printed = await script(s, `press ${label} on ${message.id.slice(-6)}`, 'wait');
        expect(printed).not.toMatch(/Something went wrong on our side|did not answer/);
        if (/🪟 form/.test(printed)) clean(await script(s, 'fill', 'wait'));
      }
    }
    expect([...pressed]).toEqual(
      expect.arrayContaining(['Re-roll', 'Same seed', 'Edit', 'Delete', 'Make it']),
    );
    expect(s.discord.violations).toEqual([]);
  });

  it('shows several members, a queue with Cancel, and who may cancel what', async () => {
    const s = await session({ renderMs: 60_000 });
    const printed = await script(
      s,
      'as bob /video prompt:first in line',
      'as carol /video prompt:second in line duration:3',
      'as bob cancel',
      'cancel',
      'wait',
    );
    clean(printed);
    expect(printed).toMatch(
      /@carol · “second in line”\n3s · 16:9 · seed \d+\n⏳ Queued — position 1 in line/,
    );
    expect(printed).toMatch(/only @bob sees this\nOnly the requester or a moderator can cancel this job\./);
    expect(printed).toMatch(/only @alice sees this\n✅ Cancelled\. 3 credits refunded\./);
    expect(printed).toMatch(/@bob your clip is ready\./);
  });

  it('triggers failures and faults on demand, and the bot copes with each', async () => {
    const s = await session();
    const printed = await script(
      s,
      'fault failed The model could not do it',
      '/video prompt:one',
      'wait',
      'fault safety',
      '/video prompt:two',
      'wait',
      'fault 429 2',
      'fault discord-429 1',
      'fault slow 300',
      '/video prompt:three',
      'wait',
      'fault off',
      'fault 410',
      '/video prompt:four',
      'wait',
    );
    expect(printed).toMatch(
      /Failed — The renderer could not make this video\. The provider said: “The model could not do it”/,
    );
    expect(printed).toMatch(/content filter refused this request/);
    expect(printed).toMatch(/@alice · “three”[\s\S]*@alice your clip is ready\./);
    expect(printed).toMatch(/Video generation is unavailable right now/);
    expect(printed).toMatch(/Operator alert/);
    expect(printed).toContain('DM to the bot’s owner');
  });

  it('animates a member’s post and refreshes its expired links on a re-roll a day later', async () => {
    const s = await session();
    const printed = await script(
      s,
      'as bob post text:"our cat" image:sample:cat.png file:sample:notes.txt image:sample:blob embed:https://example.com/bird.png',
      'animate prompt:the cat yawns and stretches duration:3 aspect_ratio:9:16 seed:11',
      'wait',
      'wait 25h',
      'reroll',
      'wait',
    );
    clean(printed);
    expect(printed).toContain('Uses the 3 images of this message as references, in message order.');
    expect(printed).toMatch(/3s · 9:16 · seed 11 · 3 references\n↪ Animation of a message/);
    expect(printed).toMatch(/Re-roll of job [0-9a-f]{16}[\s\S]*@alice your clip is ready\./);
    expect(
      s.discord.requests.some((r) => r.method === 'GET' && /^\/channels\/\d+\/messages\/\d+$/.test(r.path)),
    ).toBe(true);
  });

  it('asks before an expensive clip: Cancel charges nothing, Make it makes it', async () => {
    const s = await session();
    const printed = await script(
      s,
      '/clipcast settings cost-preview credits:10',
      '/video prompt:pricey duration:10',
      'press Cancel',
      '/video prompt:pricey again duration:10',
      'as bob press Make it',
      'press Make it',
      'wait',
      '/credits',
    );
    expect(printed).toContain(
      'This clip costs 10 credits (you have 30). Nothing is charged until you press Make it.',
    );
    expect(printed).toContain('✅ Cancelled — nothing was charged.');
    // Bob cannot see alice's private preview, so he has nothing to press.
    expect(printed).toMatch(/✗ no a message with a “Make it” button yet/);
    expect(printed).toMatch(/✅ Started: the status is in the channel\.[\s\S]*@alice your clip is ready\./);
    expect(printed).toMatch(/Balance: 20/);
  });

  it('prints Discord markup readably: names for mentions and channels, relative times, no markers', async () => {
    const s = await session();
    const printed = await script(
      s,
      '/clipcast settings log-channel channel:#mod-log',
      '/clipcast credits grant user:@bob amount:5 reason:contest winner',
      'as bob /credits',
      'as bob /video prompt:a *fox* with [brackets] & @everyone',
      'wait',
    );
    clean(printed);
    expect(printed).toContain('🛠️ @alice granted 5 credits to @bob (balance 35) — “contest winner”');
    expect(printed).toContain('Log channel: off → #mod-log');
    expect(printed).toMatch(/Next refill: in 24 h/);
    expect(printed).toContain('@bob · “a *fox* with [brackets] & @everyone”');
    expect(printed).toMatch(/@bob your clip is ready: → #general msg \d{6}/);
    expect(printed).not.toMatch(/<@|<#|<t:|\*\*|\\/);
  });

  it('is strict about its own input: unknown commands, options and words, bad quotes, missing files', async () => {
    const s = await session();
    const printed = await script(
      s,
      'frobnicate',
      '/video hello prompt:x',
      '/video promt:a fox',
      '/video prompt:"a fox',
      '/video prompt:x image1:./no-such-file.png',
      '/video prompt:x duration:7',
      '/clipcast settings',
      '/clipcast credits grant user:@nobody amount:3',
      'press Explode',
      'as dave /credits',
      'fill prompt:x',
    );
    expect(printed.split('\n')).toEqual([
      '✗ unknown command “frobnicate” (type help)',
      '✗ unexpected “hello” after /video',
      expect.stringMatching(
        /^✗ unknown option promt for \/video \(it takes prompt, aspect_ratio\?, duration\?/,
      ),
      '✗ unterminated quote: "a fox',
      '✗ no such file: ./no-such-file.png (or use a built-in one, e.g. sample:cat.png)',
      '✗ duration: choose 3, 5, 10',
      expect.stringMatching(/^✗ \/clipcast settings needs one of: show, credits, limits/),
      '✗ user: no member called nobody (members: alice, bob, carol)',
      '✗ no a message with a “Explode” button yet',
      '✗ no member called dave (members: alice, bob, carol)',
      '✗ no form is open',
    ]);
    expect(s.discord.interactions.size).toBe(0);
  });
});

function buttonLabels(components: unknown): string[] {
  const out: string[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list as Array<{ type: number; label?: string; components?: unknown }>) {
      if (c.type === 2 && c.label) out.push(c.label);
      walk(c.components);
    }
  };
  walk(components);
  return out;
}
