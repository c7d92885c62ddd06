import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markedProcesses, RUN_MARKER, waitUntilGone } from '../support/processTree.ts';
import { spawnMarked, spawnSyncMarked } from '../support/spawn.ts';

const testDir = resolve(import.meta.dirname, '..');
const HELPER = 'support/spawn.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('processes started by the tests', () => {
  it('are all started through test/support/spawn.ts (which marks them for the teardown)', () => {
    const offenders = sources(testDir)
      .filter((path) => relative(testDir, path) !== HELPER)
      .filter((path) => {
        const text = readFileSync(path, 'utf8');
        const valueImport = /^import\s+(?!type\b)[^;]*from\s+['"](node:)?child_process['"]/m.test(text);
        const required =
          /require\(\s*['"](node:)?child_process['"]\s*\)|import\(\s*['"](node:)?child_process/.test(text);
        return valueImport || required || /from\s+['"]execa['"]/.test(text);
      })
      .map((path) => relative(testDir, path));
    expect(offenders).toEqual([]);
  });

  it('carry this run’s marker even when given an environment of their own', () => {
    const marker = process.env[RUN_MARKER];
    expect(marker).toBeTruthy();
    const result = spawnSyncMarked(process.execPath, ['-p', `process.env.${RUN_MARKER} ?? 'none'`], {
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(result.stdout.trim()).toBe(marker);
  });

  it('are found by the teardown’s search while they run', async () => {
    const child = spawnMarked(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: 'ignore',
    });
    try {
      const pid = child.pid as number;
      expect(markedProcesses(process.env[RUN_MARKER] as string).map((p) => p.pid)).toContain(pid);
    } finally {
      child.kill('SIGKILL');
      await waitUntilGone([child.pid as number], 5_000);
    }
  });
});
