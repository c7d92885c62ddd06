import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every process the suite starts carries `CLIPCAST_TEST_RUN=<id of this run>` in its environment
 * (globalSetup sets it; test/support/spawn.ts passes it on; children inherit it), so the global teardown can
 * find whatever outlived its test, even after it was re-parented to init.
 */
export const RUN_MARKER = 'CLIPCAST_TEST_RUN';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  command: string;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
}

/** State, parent pid and process group from /proc/PID/stat (the command name in parentheses may hold spaces). */
function stat(pid: number): { state: string; ppid: number; pgrp: number } | undefined {
  const text = read(`/proc/${pid}/stat`);
  const match = text ? /\) (\S) (\d+) (\d+)/.exec(text) : null;
  return match ? { state: match[1] ?? '', ppid: Number(match[2]), pgrp: Number(match[3]) } : undefined;
}

function pids(): number[] {
  return readdirSync('/proc')
    .map(Number)
    .filter((pid) => Number.isInteger(pid));
}

/** Running or sleeping: not gone and not a zombie (a zombie has exited; only its parent has not reaped it). */
export function isAlive(pid: number): boolean {
  const s = stat(pid);
  return s !== undefined && s.state !== 'Z' && s.state !== 'X';
}

/** Live processes whose environment has `RUN_MARKER=runId`. */
export function markedProcesses(runId: string): ProcessInfo[] {
  const wanted = `${RUN_MARKER}=${runId}`;
  const found: ProcessInfo[] = [];
  for (const pid of pids()) {
    if (pid === process.pid) continue;
    const environ = read(`/proc/${pid}/environ`);
    if (!environ?.split('\0').includes(wanted) || !isAlive(pid)) continue;
    const command = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();
    found.push({ pid, ppid: stat(pid)?.ppid ?? 0, command });
  }
  return found;
}

/** Live members of a process group, including those whose parent died (re-parented to init). */
export function groupMembers(pgid: number): number[] {
  return pids().filter((pid) => stat(pid)?.pgrp === pgid && isAlive(pid));
}

/** Resolves once none of `pids` is alive; rejects naming the survivors after `timeoutMs`. */
export async function waitUntilGone(pids: readonly number[], timeoutMs: number): Promise<void> {
  const start = performance.now();
  for (;;) {
    const alive = pids.filter(isAlive);
    if (alive.length === 0) return;
    if (performance.now() - start > timeoutMs)
      throw new Error(`still alive after ${timeoutMs} ms: ${alive.join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Signals a whole process group (a child spawned with `detached: true` leads its own). */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is already empty
  }
}
