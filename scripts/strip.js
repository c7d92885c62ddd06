// `node scripts/strip.js OUT`: what `npm start` compiles with when TypeScript is not installed
// (`npm ci --omit=dev`), so production still runs compiled JavaScript. The sources use erasable
// syntax only (tsconfig's erasableSyntaxOnly), so erasing the types with Node's own stripper and
// rewriting relative `.ts` imports to `.js` (what tsc's rewriteRelativeImportExtensions does) gives
// the same program tsc emits. It runs as its own process, so the stripper never loads into the bot.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, SOURCE_DIRS } from './build.js';

/** A relative module specifier ending in .ts, after `from`, `import(` or a bare `import`. */
const RELATIVE_TS = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"\n]+)\.ts\2/g;

/**
 * One TypeScript module as JavaScript: types erased (positions kept), relative imports to .js.
 * @param {string} source
 */
export function toJavaScript(source) {
  return stripTypeScriptTypes(source, { mode: 'strip' }).replace(
    RELATIVE_TS,
    (
      /** @type {string} */ _match,
      /** @type {string} */ head,
      /** @type {string} */ quote,
      /** @type {string} */ path,
    ) => `${head}${quote}${path}.js${quote}`,
  );
}

/** @param {string} dir @returns {string[]} */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Writes the JavaScript of every source module under `out`, mirroring the source tree.
 * @param {string} root @param {string} out
 */
export function stripAll(root, out) {
  for (const file of SOURCE_DIRS.flatMap((dir) => tsFiles(join(root, dir)))) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toJavaScript(readFileSync(file, 'utf8')));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node scripts/strip.js OUT\n');
    process.exit(2);
  }
  stripAll(ROOT, out);
}
