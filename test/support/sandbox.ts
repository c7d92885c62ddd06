/**
 * `npm run sandbox`: the real bot against the fake Discord and fake Segmind, driven from the
 * terminal. Type a slash command the way you would in Discord and watch the status message and
 * the posted result as text. No credentials, no network.
 *
 *   /video prompt:"a fox in the snow" duration:5 aspect_ratio:9:16 seed:42 image1:./cat.png
 *   /credits
 *   reroll | same | delete          (press a button on the last clip)
 *   edit prompt:"a fox at night"    (the Edit button, then the modal)
 *   quit
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { FakeDiscord, type FakeMessage, type InteractionHandle } from './fakeDiscord.ts';
import { FakeSegmind, makeVideo } from './fakeSegmind.ts';

const RENDER_MS = Number(process.env.SANDBOX_RENDER_MS ?? 8_000);
const user = {
  id: '100000000000000001',
  username: 'you',
  permissions: (32n | 8192n | 1024n | 2048n | (1n << 31n)).toString(),
};

const discord = await FakeDiscord.start();
const segmind = await FakeSegmind.start();
segmind.renderMs = RENDER_MS;
const config = parseConfig({
  DISCORD_TOKEN: discord.token,
  SEGMIND_API_KEY: segmind.apiKey,
  DISCORD_API_URL: discord.url,
  DISCORD_CDN_HOSTS: new URL(discord.url).host,
  SEGMIND_API_URL: segmind.url,
  STORAGE_URL: 'memory://',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
const stderr = new Writable({
  write(chunk, _encoding, done) {
    process.stderr.write(chunk);
    done();
  },
});
const app = new App(config, { logDestination: stderr as never });
await app.start();
for (let i = 0; i < 20; i++) app.runner.estimator.observe(RENDER_MS);

const say = (line: string) => process.stdout.write(`${line}\n`);
say(
  `clipcast sandbox — fake Discord at ${discord.url}, fake Segmind at ${segmind.url} (renders take ${RENDER_MS / 1000} s)`,
);
say(
  'Type /video prompt:"…" [duration:3|5|10] [aspect_ratio:16:9|9:16] [seed:N] [image1:FILE …] [video:FILE], /credits, reroll, same, edit prompt:"…", delete, quit.',
);

// Print every change of every message the bot touches.
const shown = new Map<string, string>();
function describe(m: FakeMessage): string {
  const parts = [(m.flags & 128) !== 0 ? '🤔 clipcast is thinking…' : m.content];
  for (const e of m.embeds as Array<{ title?: string; fields?: Array<{ name: string; value: string }> }>) {
    parts.push(`  ┌ ${e.title ?? ''}`);
    for (const f of e.fields ?? []) parts.push(`  │ ${f.name}: ${f.value.replace(/\n/g, '\n  │   ')}`);
  }
  for (const a of m.attachments)
    parts.push(`  📎 ${a.filename} (${(a.size / 1024).toFixed(0)} KB, ▶ plays inline in Discord)`);
  const buttons = (m.components as Array<{ components: Array<{ label?: string }> }>).flatMap((r) =>
    r.components.map((c) => `[${c.label}]`),
  );
  if (buttons.length) parts.push(`  ${buttons.join(' ')}`);
  return parts.filter(Boolean).join('\n');
}
const ticker = setInterval(() => {
  for (const m of discord.messages.values()) {
    const text = m.deleted ? '🗑️ (deleted)' : describe(m);
    if (shown.get(m.id) === text) continue;
    shown.set(m.id, text);
    const tag =
      (m.flags & 64) !== 0
        ? 'only you can see this'
        : m.channel_id === discord.guild.channelId
          ? '#general'
          : '#mod-log';
    say(`\n── ${tag} · message ${m.id.slice(-6)} ${m.edits ? `(edit ${m.edits})` : '(new)'}\n${text}`);
  }
}, 100);

let lastResult: FakeMessage | undefined;
const handles: InteractionHandle[] = [];

function parseOptions(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/(\w+):(?:"([^"]*)"|(\S+))/g)) out[m[1] as string] = m[2] ?? m[3] ?? '';
  return out;
}

function attachmentFrom(value: string) {
  const data = existsSync(value) ? readFileSync(value) : makeVideo(50_000);
  const ext = extname(value).toLowerCase().slice(1);
  const type =
    {
      png: 'image/png',
      jpg: 'image/jpeg',
      jpeg: 'image/jpeg',
      webp: 'image/webp',
      gif: 'image/gif',
      mp4: 'video/mp4',
      webm: 'video/webm',
      mov: 'video/quicktime',
    }[ext] ?? null;
  return discord.attachment(basename(value), data, type);
}

function findLastResult(): FakeMessage | undefined {
  for (const h of [...handles].reverse()) {
    const m = h.original();
    if (m && !m.deleted && m.attachments.length + (m.content.includes('here is a link') ? 1 : 0) > 0)
      return m;
  }
  return lastResult;
}

async function run(line: string): Promise<boolean> {
  const trimmed = line.trim();
  if (!trimmed) return true;
  if (trimmed === 'quit' || trimmed === 'exit') return false;
  if (trimmed.startsWith('/video')) {
    const raw = parseOptions(trimmed.slice(6));
    const options: Record<string, string | number | ReturnType<FakeDiscord['attachment']>> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'duration' || k === 'seed') options[k] = Number(v);
      else if (/^image\d+$|^video$/.test(k)) options[k] = attachmentFrom(v);
      else options[k] = v;
    }
    handles.push(discord.video(options, { user }));
    return true;
  }
  if (trimmed === '/credits') {
    const h = discord.slash('credits', [], { user });
    handles.push(h);
    const cb = await h.callback();
    const embeds =
      (cb.body.data?.embeds as Array<{ fields: Array<{ name: string; value: string }> }> | undefined) ?? [];
    for (const f of embeds[0]?.fields ?? []) say(`  ${f.name}: ${f.value}`);
    return true;
  }
  const [action] = trimmed.split(/\s+/);
  const target = findLastResult();
  if (!target) {
    say('No clip yet: run /video first.');
    return true;
  }
  lastResult = target;
  const ids = (target.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((r) =>
    r.components.map((c) => c.custom_id),
  );
  const id = ids.find((c) => c.split(':')[1] === action);
  if (!id) {
    say(`Unknown command "${trimmed}".`);
    return true;
  }
  const press = discord.button(id, target, { user });
  handles.push(press);
  if (action === 'edit') {
    const cb = await press.callback();
    const modal = cb.body.data as {
      custom_id: string;
      components: Array<{ components: Array<{ custom_id: string; value: string }> }>;
    };
    const values = Object.fromEntries(
      modal.components.map((r) => [r.components[0]?.custom_id, r.components[0]?.value ?? '']),
    );
    const edits = parseOptions(trimmed.slice(4));
    say(`  (modal prefilled: prompt "${values.prompt}", seed ${values.seed})`);
    handles.push(
      discord.modal(
        modal.custom_id,
        { prompt: edits.prompt ?? values.prompt ?? '', seed: edits.seed ?? values.seed ?? '' },
        { user },
      ),
    );
  }
  return true;
}

const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY ?? false });
if (process.stdin.isTTY) rl.setPrompt('> ');
rl.prompt();
let quitting = false;
for await (const line of rl) {
  if (!(await run(line))) break;
  // Piped input: let each command play out before the next.
  if (!process.stdin.isTTY) {
    await new Promise((r) => setTimeout(r, 300));
    await app.runner.idle();
    await new Promise((r) => setTimeout(r, 300));
  }
  if (process.stdin.isTTY) rl.prompt();
}
if (!quitting) {
  quitting = true;
  await app.runner.idle();
  await new Promise((r) => setTimeout(r, 300));
  clearInterval(ticker);
  await app.stop();
  await discord.close();
  await segmind.close();
  say('\nsandbox closed.');
  process.exit(0);
}
