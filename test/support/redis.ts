import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnMarked, spawnSyncMarked } from './spawn.ts';

/** Whether `redis-server` is installed. CI installs it (`.ci/run`), so there it is required. */
export const redisAvailable =
  spawnSyncMarked('redis-server', ['--version'], { env: { PATH: process.env.PATH ?? '' } }).status === 0;

if (!redisAvailable) {
  if (process.env.CLIPCAST_REQUIRE_REDIS)
    throw new Error('redis-server is required here (CLIPCAST_REQUIRE_REDIS is set) but not installed');
  console.warn(
    '⚠️  redis-server is not installed: the Redis tests are skipped (apt-get install redis-server to run them)',
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port (after stop). */
  restart(): Promise<void>;
}

/**
 * A real redis-server on 127.0.0.1 with a free port; stopped by pid. No persistence, unless
 * `persist` (an append-only file synced on every write, in a temporary folder): then data survives
 * `stop()` (a SIGKILL) and `restart()`, as with a production Redis that restarts.
 */
export async function startRedis(options: { persist?: boolean } = {}): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const persistence = options.persist
    ? [
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--dir',
        mkdtempSync(join(tmpdir(), 'clipcast-redis-')),
      ]
    : ['--appendonly', 'no'];
  const launch = async () => {
    child = spawnMarked(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence],
      { stdio: 'ignore', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
    );
    for (let i = 0; i < 200; i++) {
      const ok = await new Promise<boolean>((resolve) => {
        const s = connect(port, '127.0.0.1', () => {
          s.end();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
      if (ok) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('redis-server did not start');
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await launch();
  return { url: `redis://127.0.0.1:${port}`, port, stop, restart: launch };
}
