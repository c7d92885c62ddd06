import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsFresh } from '../../scripts/build.js';
import { nodeVersionProblem } from '../../scripts/nodeVersion.js';
import { spawnSyncMarked } from '../support/spawn.ts';

const repo = resolve(import.meta.dirname, '../..');
/** Only what a launch needs: no credentials, so a bot that gets that far stops at the configuration check. */
const bareEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

function launch(root: string, nodeArgs: string[] = [], node = process.execPath) {
  return spawnSyncMarked(node, [...nodeArgs, join(root, 'scripts/launch.js'), 'src/index.ts'], {
    cwd: root,
    env: bareEnv,
    timeout: 60_000,
  });
}

/**
 * A copy of the project (sources, scripts, tsconfigs) whose node_modules links to this one's
 * packages, optionally without TypeScript, as after `npm ci --omit=dev`.
 */
const copies: string[] = [];
afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

function projectCopy(options: { typescript: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'clipcast-launch-'));
  copies.push(root);
  for (const entry of ['src', 'commands', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'])
    cpSync(join(repo, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  const omitted = options.typescript ? ['.bin'] : ['.bin', 'typescript', '@typescript'];
  for (const name of readdirSync(join(repo, 'node_modules')))
    if (!omitted.includes(name))
      symlinkSync(join(repo, 'node_modules', name), join(root, 'node_modules', name));
  return root;
}

describe('the Node version check', () => {
  it('accepts Node 24 and newer', () => {
    for (const version of ['v24.0.0', 'v24.21.0', 'v26.10.0'])
      expect(nodeVersionProblem(version, { execPath: '/x/node', pinnedInstalled: false })).toBeNull();
  });

  it('refuses an older Node in one sentence: which one runs, that 24 is needed, and how to get it', () => {
    const text = nodeVersionProblem('v20.20.2', { execPath: '/usr/bin/node', pinnedInstalled: false });
    expect(text).toBe(
      'clipcast needs Node.js 24 or newer but this is Node.js v20.20.2 (/usr/bin/node): run a plain `npm ci` (without --omit=dev, it brings the pinned Node 24 that `npm start` then uses) or install Node.js 24 (https://nodejs.org), then `npm start` again.',
    );
    // When `npm ci` already brought the pinned Node, only the way of starting is wrong.
    expect(nodeVersionProblem('v22.12.0', { execPath: '/usr/bin/node', pinnedInstalled: true })).toContain(
      'start it with `npm start`',
    );
  });

  it('runs before anything else: the entry on a stubbed Node 20 prints only that sentence and exits 1', () => {
    // The stub is a flag only this test passes: nothing in the project reads it.
    const stub = 'data:text/javascript,Object.defineProperty(process,"version",{value:"v20.11.1"})';
    const result = launch(repo, ['--import', stub]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^clipcast needs Node\.js 24 or newer but this is Node\.js v20\.11\.1 \(.+\): .+\.\n$/,
    );
    expect(result.stderr).not.toContain('DISCORD_TOKEN'); // the configuration check never ran
  });

  const systemNode = spawnSyncMarked('sh', ['-c', 'which -a node'], {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
  })
    .stdout.split('\n')
    .find(
      (path) =>
        path && Number(spawnSyncMarked(path, ['-p', 'process.versions.node.split(".")[0]']).stdout) < 24,
    );
  it.skipIf(!systemNode)(
    'parses and refuses on a real old Node (skipped: no Node older than 24 installed)',
    () => {
      const result = launch(repo, [], systemNode);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`clipcast needs Node.js 24 or newer but this is Node.js v`);
      expect(result.stderr).toContain('start it with `npm start`');
    },
  );
});

describe('choosing what to run', () => {
  it('compiles dist/ when it is missing, then runs the compiled bot without compiling again', () => {
    const root = projectCopy({ typescript: true });
    const first = launch(root);
    expect(first.stderr).toContain('clipcast: compiling the sources to dist/');
    expect(first.stderr).toContain('DISCORD_TOKEN is required'); // the bot itself ran, up to its config check
    expect(first.status).toBe(1);
    expect(existsSync(join(root, 'dist/src/index.js'))).toBe(true);
    expect(buildIsFresh(root)).toBe(true);
    const second = launch(root);
    expect(second.stderr).not.toContain('compiling');
    expect(second.stderr).toContain('DISCORD_TOKEN is required');
  });

  it('counts dist/ stale once any source or tsconfig is newer than the build', () => {
    const root = projectCopy({ typescript: true });
    expect(buildIsFresh(root)).toBe(false); // never built
    launch(root);
    expect(buildIsFresh(root)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src/discord/router.ts'), later, later);
    expect(buildIsFresh(root)).toBe(false);
  });

  it('without TypeScript installed (npm ci --omit=dev), still compiles dist/ (type stripping) and runs it', () => {
    const root = projectCopy({ typescript: false });
    const first = launch(root);
    expect(first.status).toBe(1);
    expect(first.stderr.match(/type stripping/g)).toHaveLength(1);
    expect(first.stderr).not.toMatch(/ExperimentalWarning/);
    expect(first.stderr).toContain('DISCORD_TOKEN is required');
    expect(existsSync(join(root, 'dist/src/index.js'))).toBe(true);
    expect(buildIsFresh(root)).toBe(true);
    const second = launch(root);
    expect(second.stderr).not.toContain('compiling');
    expect(second.stderr).toContain('DISCORD_TOKEN is required');
  });

  it('type stripping gives the files tsc gives, with every relative import pointing at .js', () => {
    const tsc = projectCopy({ typescript: true });
    const stripped = projectCopy({ typescript: false });
    launch(tsc);
    launch(stripped);
    const files = (root: string) =>
      readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .sort();
    expect(files(stripped)).toEqual(files(tsc));
    expect(files(stripped).length).toBeGreaterThan(100);
    // Every module imports exactly what tsc's output imports, in the same order.
    const imports = (root: string, file: string) =>
      [
        ...readFileSync(join(root, 'dist', file), 'utf8').matchAll(
          /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g,
        ),
      ].map((m) => m[2]);
    for (const file of files(stripped)) {
      expect(imports(stripped, file), file).toEqual(imports(tsc, file));
      expect(
        imports(stripped, file).filter((i) => i?.endsWith('.ts')),
        file,
      ).toEqual([]);
    }
  });
});
