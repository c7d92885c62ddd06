// `node scripts/launch.js src/index.ts [args…]`: what `npm start` and `npm run sync-commands` run.
// 1. Refuses a Node older than 24 with one sentence (plain JavaScript, so it parses on old Node).
// 2. Runs the compiled entry from dist/, building it first when it is missing or older than the
//    sources (with tsc, or without TypeScript installed — `npm ci --omit=dev` — with Node's
//    built-in type stripping: see scripts/build.js).
// 3. Imports the entry into this very process (no child process), so a signal sent to this pid, by
//    npm or a process manager, reaches the bot's own handlers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, buildIsFresh, hasSources, ROOT, tscPath } from './build.js';
import { nodeVersionProblem } from './nodeVersion.js';

const problem = nodeVersionProblem(process.version, {
  execPath: process.execPath,
  pinnedInstalled: existsSync(join(ROOT, 'node_modules', 'node', 'package.json')),
});
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

// Node's on-disk compile cache (in the system temp folder): later starts skip most of the parsing
// and compiling of the bot and its dependencies (about 0.7 s → 0.55 s to ready, measured).
const nodeModule = await import('node:module');
nodeModule.enableCompileCache?.();
// Written at exit by default; a bot is stopped by a signal, so write it once start-up is over.
setTimeout(() => nodeModule.flushCompileCache?.(), 5_000).unref();

const entry = process.argv[2] ?? '';
if (!/^(src|commands)\/[\w/]+\.ts$/.test(entry)) {
  process.stderr.write(`usage: node scripts/launch.js src/ENTRY.ts [args…] (got "${entry}")\n`);
  process.exit(2);
}

/** The compiled entry, built first when dist/ is missing or older than the sources. */
function chooseFile() {
  const compiled = join(ROOT, 'dist', entry.replace(/\.ts$/, '.js'));
  if (buildIsFresh() && existsSync(compiled)) return compiled;
  if (!hasSources()) {
    process.stderr.write(`clipcast: ${compiled} is missing and there are no sources to build it from\n`);
    process.exit(1);
  }
  process.stderr.write(
    tscPath()
      ? 'clipcast: compiling the sources to dist/ (they changed since the last build)…\n'
      : "clipcast: compiling the sources to dist/ with Node's built-in type stripping (TypeScript is not installed)…\n",
  );
  try {
    build();
    return compiled;
  } catch (error) {
    process.stderr.write(`clipcast: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

const file = chooseFile();
// The entry sees the argv it would see if started directly: [node, file, ...its own args].
process.argv.splice(1, 2, file);
await import(pathToFileURL(file).href);
