import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Segmind's documented responses (see README.md here), loaded from the JSON files next to this
 * module. Placeholders: `{{name}}` inside a string is replaced by the value's text; a string that is
 * exactly `"{{#name}}"` becomes a JSON number. Unknown placeholders are left as they are.
 */

export const FIXTURE_NAMES = [
  'submit-200-uuid',
  'submit-200-hex32',
  'status-200-queued',
  'status-200-processing',
  'status-200-completed',
  'status-422-failed',
  'status-200-failed',
  'result-200-completed',
  'result-422-failed',
  'request-404-expired',
  'error-401-bad-key',
  'error-403-forbidden',
  'error-404-route',
  'error-405-html',
  'error-429-rate-limited',
  'submit-402-credits',
  'submit-406-credits',
  'submit-406-content-type',
  'submit-406-other',
  'submit-410-retired',
  'submit-404-model',
  'balance-200',
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export type Vars = Record<string, string | number>;

const fileSchema = z.object({
  status: z.number().int().min(100).max(599),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
});
export type Fixture = z.infer<typeof fileSchema>;

const cache = new Map<FixtureName, Fixture>();

/** The fixture as stored (placeholders not filled). */
export function rawFixture(name: FixtureName): Fixture {
  let fixture = cache.get(name);
  if (!fixture) {
    const text = readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8');
    fixture = fileSchema.parse(JSON.parse(text));
    cache.set(name, fixture);
  }
  return fixture;
}

export function fill(value: unknown, vars: Vars): unknown {
  if (typeof value === 'string') {
    const number = /^\{\{#(\w+)\}\}$/.exec(value);
    const named = number?.[1] === undefined ? undefined : vars[number[1]];
    if (named !== undefined) return Number(named);
    return value.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
      const v = vars[key];
      return v === undefined ? whole : String(v);
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  }
  return value;
}

/** The fixture with its placeholders filled: the body is JSON, or text for a string body (HTML). */
export function fixture(name: FixtureName, vars: Vars = {}): Fixture {
  const raw = rawFixture(name);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw.headers)) headers[k] = String(fill(v, vars));
  return { status: raw.status, headers, body: fill(raw.body, vars) };
}

/** The bytes to send for a fixture body. */
export function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}
