// `npm run build`: compiles src/ and commands/ to dist/ with tsc (tsconfig.build.json) — or, where
// TypeScript is not installed (`npm ci --omit=dev`), with Node's type stripping (scripts/strip.js) —
// and the freshness checks `npm start` uses to decide whether dist/ can run as it is.
// Plain JavaScript: it must run where TypeScript's runtime helpers are not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What is compiled to dist/. */
export const SOURCE_DIRS = ['src', 'commands'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];
/** Written last by a successful build; its mtime is the moment the build read the sources. */
const STAMP = '.built';

/** The tsc entry script, or null when TypeScript is not installed (`npm ci --omit=dev`). */
export function tscPath(root = ROOT) {
  try {
    const require = createRequire(join(root, 'package.json'));
    return join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return null;
  }
}

/** Whether the sources are here at all (a Docker image ships only dist/). */
export function hasSources(root = ROOT) {
  return existsSync(join(root, 'src'));
}

/** @param {string} path @returns {number} */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its directory's mtime
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Whether dist/ holds a complete build made after the last change to any source or tsconfig. */
export function buildIsFresh(root = ROOT) {
  const stamp = join(root, 'dist', STAMP);
  if (!existsSync(stamp)) return false;
  if (!hasSources(root)) return true;
  const built = statSync(stamp).mtimeMs;
  const sources = [...SOURCE_DIRS, ...CONFIG_FILES].map((p) => newestMtime(join(root, p)));
  return Math.max(...sources) <= built;
}

/**
 * Compiles into a temporary folder, then swaps it for dist/, so a failed or concurrent build never
 * leaves a half-written dist/ behind. Uses tsc when installed (it also type-checks), else Node's
 * type stripping. Throws when the compiler fails.
 */
export function build(root = ROOT) {
  const tsc = tscPath(root);
  const started = new Date();
  const out = join(root, `.dist-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const [compiler, args] = tsc
    ? ['tsc', [tsc, '-p', 'tsconfig.build.json', '--outDir', out]]
    : ['type stripping', ['--disable-warning=ExperimentalWarning', join(root, 'scripts', 'strip.js'), out]];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`${compiler} failed (exit ${result.status ?? result.signal}); dist/ is unchanged`);
  }
  const stamp = join(out, STAMP);
  writeFileSync(stamp, `${started.toISOString()}\n`);
  // A source saved while tsc ran is newer than this, so the next start rebuilds.
  utimesSync(stamp, started, started);
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  renameSync(out, join(root, 'dist'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    build();
    process.stderr.write(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
