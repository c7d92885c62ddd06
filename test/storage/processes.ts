import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spawnMarked } from '../support/spawn.ts';

const HOLDER = fileURLToPath(new URL('./fixtures/holdStorage.ts', import.meta.url));

export interface Holder {
  child: ChildProcess;
  output(): string;
  /** Resolves once the process printed `line` (or rejects if it exits first). */
  printed(line: string): Promise<void>;
  /** SIGKILLs its whole process group and waits for the exit. */
  kill(): Promise<void>;
}

/** Runs the holder fixture in its own process group, so teardown can kill the whole tree. */
export function spawnHolder(url: string, mode?: 'write'): Holder {
  const child = spawnMarked(process.execPath, ['--import', 'tsx', HOLDER, url, ...(mode ? [mode] : [])], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const waiters = new Set<() => void>();
  const collect = (d: Buffer) => {
    output += String(d);
    for (const w of waiters) w();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    printed: (line) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.includes(`${line}\n`)) {
            waiters.delete(check);
            resolve();
          }
        };
        waiters.add(check);
        check();
        void exited.then(() => reject(new Error(`holder exited before printing "${line}":\n${output}`)));
      }),
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      await exited;
    },
  };
}
