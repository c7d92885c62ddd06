import { type ChildProcess, spawn } from 'node:child_process';
import type { FakeDiscord } from './fakeDiscord.ts';
import type { FakeSegmind } from './fakeSegmind.ts';

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the bot (or another script) as its own process, the way `npm start` does, wired to the
 * fakes through its environment. Only PATH is inherited: nothing else of this machine leaks in.
 */
export function spawnBot(options: {
  discord: FakeDiscord;
  segmind: FakeSegmind;
  env?: Record<string, string>;
  script?: string;
}): BotProcess {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', options.script ?? 'src/index.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: options.discord.token,
      SEGMIND_API_KEY: options.segmind.apiKey,
      DISCORD_API_URL: options.discord.url,
      SEGMIND_API_URL: options.segmind.url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (d: Buffer) => {
    output += String(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}
