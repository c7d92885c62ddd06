import { randomUUID } from 'node:crypto';
import { isAlive, markedProcesses, RUN_MARKER, waitUntilGone } from './processTree.ts';

/**
 * Each test file starts its own fakes on free ports; globally there is only the orphan check:
 * every process started during the run carries this run's marker, and any still alive at the end
 * fails the run (after being killed, so it does not outlive it either).
 */
export default function setup(): () => Promise<void> {
  const runId = randomUUID();
  process.env[RUN_MARKER] = runId;
  return async () => {
    // Test workers are this process's children and carry the marker too; they are not leaks.
    const leftovers = () =>
      markedProcesses(runId).filter((p) => !(p.ppid === process.pid && p.command.includes('vitest')));
    // A process stopped with SIGTERM in an afterAll may still be finishing its graceful stop.
    await waitUntilGone(
      leftovers().map((p) => p.pid),
      3_000,
    ).catch(() => {});
    const survivors = leftovers();
    if (survivors.length === 0) return;
    for (const p of survivors) process.kill(p.pid, 'SIGKILL');
    await waitUntilGone(
      survivors.map((p) => p.pid),
      2_000,
    ).catch(() => {});
    const still = survivors.filter((p) => isAlive(p.pid));
    throw new Error(
      `${survivors.length} process(es) started by the tests outlived them (now killed${still.length ? `, except ${still.map((p) => p.pid).join(', ')}` : ''}):\n` +
        survivors.map((p) => `  pid ${p.pid} (parent ${p.ppid}): ${p.command}`).join('\n'),
    );
  };
}
