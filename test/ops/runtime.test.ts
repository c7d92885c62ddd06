import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { onStopRequest, reportStartupFailure, shardExecArgv } from '../../src/runtime.ts';
import { StartupError } from '../../src/util/startupError.ts';

describe('stop requests', () => {
  it('stops once on the first SIGTERM or SIGINT and ignores the repeats (Ctrl-C under npm arrives twice)', () => {
    const target = new EventEmitter();
    const reasons: string[] = [];
    onStopRequest((reason) => reasons.push(reason), { parentDisconnect: false }, target);
    target.emit('SIGINT');
    target.emit('SIGINT');
    target.emit('SIGTERM');
    expect(reasons).toEqual(['SIGINT']);
    // Still listening: a later signal must not fall through to Node's default (an immediate kill).
    expect(target.listenerCount('SIGINT')).toBe(1);
  });

  it("stops a shard process when its manager's IPC channel closes", () => {
    const target = new EventEmitter();
    const reasons: string[] = [];
    onStopRequest((reason) => reasons.push(reason), { parentDisconnect: true }, target);
    target.emit('disconnect');
    expect(reasons).toEqual(['disconnect']);
  });

  it('ignores the IPC channel for a process that has no manager', () => {
    const target = new EventEmitter();
    onStopRequest(() => {}, { parentDisconnect: false }, target);
    expect(target.listenerCount('disconnect')).toBe(0);
  });
});

describe('shard process flags', () => {
  it("are the manager's own (tsx's loader in tests, none when compiled), without the inspector", () => {
    expect(shardExecArgv(['--import', 'tsx'])).toEqual(['--import', 'tsx']);
    expect(shardExecArgv([])).toEqual([]);
    expect(
      shardExecArgv(['--inspect=9229', '--import', 'tsx', '--inspect-brk', '--max-old-space-size=256']),
    ).toEqual(['--import', 'tsx', '--max-old-space-size=256']);
  });
});

describe('a failed start', () => {
  function report(error: unknown, level = 'info') {
    const logged: string[] = [];
    let stderr = '';
    const logger = createLogger({
      level,
      secrets: ['SECRET-KEY-123'],
      pretty: false,
      destination: { write: (line: string) => void logged.push(line) },
    });
    reportStartupFailure(error, {
      logger,
      level,
      secrets: ['SECRET-KEY-123'],
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { logged: logged.join(''), stderr };
  }

  const problem = new StartupError(
    'STORAGE_URL points at /data/x.sqlite, which is not a SQLite database: point it at a new file.',
  );

  it("prints an operator's problem as its plain message, without a stack", () => {
    const { logged, stderr } = report(problem);
    expect(stderr).toBe(`${problem.message}\n`);
    expect(`${logged}${stderr}`).not.toMatch(/at .*\.ts:\d+/);
  });

  it('logs the stack of that problem only at LOG_LEVEL=debug', () => {
    const { logged, stderr } = report(problem, 'debug');
    expect(stderr).toBe(`${problem.message}\n`);
    expect(logged).toMatch(/at .*runtime\.test\.ts/);
  });

  it('names DISCORD_TOKEN when Discord rejects it', () => {
    const { stderr } = report(new Error('An invalid token was provided.'));
    expect(stderr).toContain('Discord rejected DISCORD_TOKEN');
  });

  it('reports an unexpected error in one line on stderr, keeping the stack in the log, secrets scrubbed', () => {
    const { logged, stderr } = report(new Error('socket hang up near SECRET-KEY-123'));
    expect(stderr).toBe('clipcast could not start: socket hang up near [redacted]\n');
    expect(logged).toContain('"stack"');
    expect(logged).not.toContain('SECRET-KEY-123');
  });
});
