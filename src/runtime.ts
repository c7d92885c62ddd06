import type { ChildProcess } from 'node:child_process';
import type { Logger } from './logger.ts';
import { scrub } from './logger.ts';
import { StartupError } from './util/startupError.ts';

/** A bot process stops within this after SIGTERM/SIGINT; unfinished jobs resume on the next start. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export type StopReason = 'SIGTERM' | 'SIGINT' | 'disconnect';

/**
 * Calls `stop` once, on the first SIGTERM or SIGINT, or, for a shard process, when the IPC channel
 * to its manager closes (the manager died, even by SIGKILL: without this the shard would keep
 * serving for ever and the next start would run a second copy). Later signals are ignored rather
 * than fatal: Ctrl-C under `npm start` arrives twice (from the terminal and forwarded by npm), and
 * a second SIGINT must not cut the graceful stop short. The stop itself enforces a deadline.
 */
export function onStopRequest(
  stop: (reason: StopReason) => void,
  options: { parentDisconnect: boolean },
  target: NodeJS.EventEmitter = process,
): void {
  let requested = false;
  const request = (reason: StopReason) => {
    if (requested) return;
    requested = true;
    stop(reason);
  };
  target.on('SIGTERM', () => request('SIGTERM'));
  target.on('SIGINT', () => request('SIGINT'));
  if (options.parentDisconnect) target.once('disconnect', () => request('disconnect'));
}

/**
 * Node flags for shard processes: the ones this process runs with, so shards run the same kind of
 * code as their manager (compiled JavaScript, stripped sources, or tsx's loader in tests), minus
 * the inspector, whose port they would fight over.
 */
export function shardExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  return execArgv.filter((flag) => !/^--inspect(-brk|-port|-wait)?(=|$)/.test(flag));
}

/**
 * Stops shard processes without letting the manager respawn them: SIGTERM each, resolve when all
 * have exited, SIGKILL whatever is still alive at the deadline.
 */
export async function stopChildren(children: readonly ChildProcess[], deadlineMs: number): Promise<void> {
  const alive = children.filter((child) => child.exitCode === null && child.signalCode === null);
  const exits = alive.map((child) => new Promise<void>((resolve) => child.once('exit', () => resolve())));
  for (const child of alive) child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deadlineMs);
  });
  const outcome = await Promise.race([Promise.all(exits), late]);
  clearTimeout(timer);
  if (outcome === 'late') for (const child of alive) if (child.exitCode === null) child.kill('SIGKILL');
}

/**
 * What the operator sees when the start fails: a {@link StartupError} (something they must fix) as
 * its plain message, anything else as a one-line reason; the stack only at LOG_LEVEL=debug/trace.
 */
export function reportStartupFailure(
  error: unknown,
  context: {
    logger: Logger;
    level: string;
    secrets: readonly string[];
    stderr?: { write(text: string): unknown };
  },
): void {
  const stderr = context.stderr ?? process.stderr;
  const debug = context.level === 'debug' || context.level === 'trace';
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof StartupError) {
    if (debug) context.logger.fatal({ err: error }, 'clipcast could not start');
    stderr.write(`${scrub(message, context.secrets)}\n`);
    return;
  }
  if (/TokenInvalid|invalid token|401/i.test(message)) {
    const text =
      'Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot → Reset Token)';
    context.logger.fatal(text);
    stderr.write(`clipcast could not start: ${text}\n`);
    return;
  }
  // Not a problem the operator caused: keep the stack, it is a bug report.
  context.logger.fatal({ err: error }, 'clipcast could not start');
  stderr.write(`clipcast could not start: ${scrub(message, context.secrets)}\n`);
}
