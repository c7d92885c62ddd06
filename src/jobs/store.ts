import type Keyv from 'keyv';
import type { Logger } from '../logger.ts';
import { type JobRecord, parseJobRecord } from './record.ts';

export type StoredJob =
  | { kind: 'ok'; job: JobRecord }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: string; raw: unknown };

/**
 * Job records by id. Every read is parsed ({@link parseJobRecord}); writes go through the
 * lifecycle ({@link JobLifecycle}), which owns a job's transitions.
 */
export class JobStore {
  readonly #kv: Keyv;
  readonly #logger: Logger | undefined;

  constructor(kv: Keyv, logger?: Logger) {
    this.#kv = kv;
    this.#logger = logger;
  }

  async read(id: string): Promise<StoredJob> {
    return this.#interpret(id, await this.#kv.get(id));
  }

  /** The job, or undefined when it is missing or damaged (a damaged record is logged). */
  async get(id: string): Promise<JobRecord | undefined> {
    const stored = await this.read(id);
    return stored.kind === 'ok' ? stored.job : undefined;
  }

  /** The readable jobs among `ids`, in order. */
  async getMany(ids: readonly string[]): Promise<JobRecord[]> {
    if (ids.length === 0) return [];
    const values: unknown[] = await this.#kv.get([...ids]);
    return values.flatMap((value, i) => {
      if (value === undefined || value === null) return [];
      const stored = this.#interpret(ids[i] ?? '', value);
      return stored.kind === 'ok' ? [stored.job] : [];
    });
  }

  async put(job: JobRecord): Promise<void> {
    await this.#kv.set(job.id, job);
  }

  /** Moves a damaged record aside (kept for the operator under `quarantine:<id>`), so nothing reads it again. */
  async quarantine(id: string, raw: unknown, problem: string): Promise<void> {
    await this.#kv.set(`quarantine:${id}`, { problem, raw });
    await this.#kv.delete(id);
  }

  #interpret(id: string, raw: unknown): StoredJob {
    if (raw === undefined || raw === null) return { kind: 'missing' };
    const parsed = parseJobRecord(raw);
    if (parsed.ok) return { kind: 'ok', job: parsed.job };
    this.#logger?.error({ jobId: id, problem: parsed.problem }, 'a stored job record is damaged');
    return { kind: 'damaged', problem: parsed.problem, raw };
  }
}
