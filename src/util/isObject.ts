/** A plain object (not null, not an array), its fields still unknown: the first check on data read from outside. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
