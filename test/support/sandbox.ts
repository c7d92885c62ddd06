/**
 * `npm run sandbox`: the real bot against the fake Discord and fake Segmind, driven from the
 * terminal — every command and button, several members, a queue, failures and faults. Type
 * `help` for the commands. No credentials, no network. Lines can also be piped in:
 *
 *   printf '/video prompt:a fox in the snow\nwait\nreroll\nwait\n' | npm run sandbox
 *
 * Environment: SANDBOX_RENDER_MS (render time, default 8000), SANDBOX_MAX_RENDERING (renders at
 * once, default 1 so a queue forms), LOG_LEVEL (the bot's log on stderr, default warn).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { HELP, Sandbox } from './sandbox/session.ts';

const tty = process.stdin.isTTY ?? false;
const say = (text: string) => process.stdout.write(`${text}\n`);
const sandbox = await Sandbox.start({
  print: say,
  clockFactor: 1,
  renderMs: Number(process.env.SANDBOX_RENDER_MS ?? 8_000),
  maxRendering: Number(process.env.SANDBOX_MAX_RENDERING ?? 1),
  ansi: process.stdout.isTTY ?? false,
  logLevel: process.env.LOG_LEVEL ?? 'warn',
  logDestination: new Writable({
    write(chunk, _encoding, done) {
      process.stderr.write(chunk);
      done();
    },
  }) as never,
});
say(
  `clipcast sandbox — fake Discord at ${sandbox.discord.url}, fake Segmind at ${sandbox.segmind.url}; you are @alice.`,
);
say(HELP);

// At a terminal, time runs on its own: print what changes as it happens.
const ticker = tty ? setInterval(() => sandbox.flush(), 200) : undefined;
const rl = createInterface({ input: process.stdin, terminal: tty });
if (tty) rl.setPrompt('> ');
rl.prompt();
for await (const line of rl) {
  if (!(await sandbox.run(line))) break;
  if (tty) rl.prompt();
}
rl.close();
// Piped input: let every job finish before closing, so the script's outcome is shown.
if (!tty) await sandbox.run('wait');
clearInterval(ticker);
await sandbox.close();
say('\nsandbox closed.');
process.exit(0);
