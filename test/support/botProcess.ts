import type { ChildProcess } from 'node:child_process';
import type { FakeDiscord } from './fakeDiscord.ts';
import { fakeEnv } from './fakeEnv.ts';
import type { FakeSegmind } from './fakeSegmind.ts';
import { groupMembers, signalGroup, waitUntilGone } from './processTree.ts';
import { spawnMarked } from './spawn.ts';

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process and its children printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM to the process itself, then resolves with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL to the whole process group (shards, npm's children…); resolves when every member is gone. */
  killTree(): Promise<void>;
}

/** Groups still running, killed if this test process exits first (a crash, an interrupted run). */
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
});

/**
 * Starts the bot (or another script or command) as its own process, the way `npm start` does,
 * wired to the fakes through its environment. Only PATH, HOME and the test run's marker are
 * inherited: nothing else of this machine leaks in. It leads its own process group, so a test can
 * kill everything it started (shard processes included) with one signal.
 */
export function spawnBot(options: {
  discord: FakeDiscord;
  segmind: FakeSegmind;
  env?: Record<string, string>;
  script?: string;
  /** Instead of `node --import tsx <script>`, e.g. `['npm', 'start']`. */
  command?: readonly string[];
}): BotProcess {
  let output = '';
  const [file, ...args] = options.command ?? [
    process.execPath,
    '--import',
    'tsx',
    options.script ?? 'src/index.ts',
  ];
  const child = spawnMarked(file ?? process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...fakeEnv(options.discord, options.segmind),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pgid = child.pid;
  if (pgid !== undefined) liveGroups.add(pgid);
  const collect = (d: Buffer) => {
    output += String(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
    killTree: async () => {
      if (pgid === undefined) return;
      const members = groupMembers(pgid);
      signalGroup(pgid, 'SIGKILL');
      await waitUntilGone(members, 5_000);
      liveGroups.delete(pgid);
    },
  };
}
