// Plain JavaScript on purpose: this runs before anything else, on whatever Node started it (even
// Node 18 or 20), so it must parse there and import nothing that an old Node lacks.

/** The oldest Node major clipcast runs on (node:sqlite, type stripping, undici 8). */
export const REQUIRED_MAJOR = 24;

/**
 * One sentence for an operator whose Node is too old, or null when it is recent enough.
 * @param {string} version process.version, e.g. "v20.20.2"
 * @param {{ execPath: string, pinnedInstalled: boolean }} where which binary runs, and whether
 *   `npm ci` already brought the pinned Node (then only the way of starting is wrong)
 * @returns {string | null}
 */
export function nodeVersionProblem(version, where) {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1] ?? Number.NaN);
  if (major >= REQUIRED_MAJOR) return null;
  const fix = where.pinnedInstalled
    ? 'start it with `npm start` (npm scripts use the Node 24 that `npm ci` put in node_modules)'
    : 'run a plain `npm ci` (without --omit=dev, it brings the pinned Node 24 that `npm start` then uses) or install Node.js 24 (https://nodejs.org), then `npm start` again';
  return `clipcast needs Node.js ${REQUIRED_MAJOR} or newer but this is Node.js ${version} (${where.execPath}): ${fix}.`;
}
