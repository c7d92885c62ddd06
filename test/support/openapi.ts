import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  params: number;
  schema: object | null;
  validate?: ValidateFunction | null;
}

/**
 * Validates request bodies against Discord's official OpenAPI spec (a copy in this folder, MIT).
 * Each path template becomes a regex; the most specific match (fewest parameters) wins.
 */
export class OpenApiValidator {
  readonly #ops: Operation[] = [];
  readonly #ajv: Ajv2020;

  constructor(specPath = new URL('./discord-openapi.json', import.meta.url)) {
    const text = readFileSync(specPath, 'utf8').replaceAll('"#/components/', '"discord#/components/');
    const spec = JSON.parse(text) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>
      >;
      components: unknown;
    };
    const ajv = new Ajv2020({
      strict: false,
      validateSchema: false,
      allErrors: false,
      validateFormats: true,
      allowUnionTypes: true,
    });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    for (const f of ['int32', 'int64', 'snowflake', 'double', 'float', 'nonce']) ajv.addFormat(f, true);
    ajv.addSchema({ $id: 'discord', components: spec.components });
    this.#ajv = ajv;
    for (const [template, methods] of Object.entries(spec.paths)) {
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      const params = (template.match(/\{/g) ?? []).length;
      for (const [method, op] of Object.entries(methods)) {
        if (typeof op !== 'object' || !op) continue;
        const schema = op.requestBody?.content?.['application/json']?.schema;
        this.#ops.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${pattern}$`),
          params,
          schema: (schema as object | undefined) ?? null,
        });
      }
    }
    this.#ops.sort((a, b) => a.params - b.params);
  }

  /** Returns a list of problems (empty when the request matches the spec). */
  check(method: string, path: string, body: unknown): string[] {
    const op = this.#ops.find((o) => o.method === method && o.regex.test(path));
    if (!op) return [`${method} ${path}: no such operation in Discord's API`];
    op.validate ??= op.schema ? this.#ajv.compile(op.schema) : null;
    if (body === undefined || !op.validate) return [];
    if (op.validate(body)) return [];
    // Where the spec and the docs disagree, the docs win (the spec's README says so): permissions
    // are documented as strings of digits, the spec types some as integers.
    const errors = (op.validate.errors ?? []).filter(
      (e) => !(/permissions$/.test(e.instancePath) && /^\d+$/.test(String(pointer(body, e.instancePath)))),
    );
    return errors
      .slice(0, 5)
      .map((e) => `${method} ${op.template}: ${e.instancePath || '(body)'} ${e.message}`);
  }
}

function pointer(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}
