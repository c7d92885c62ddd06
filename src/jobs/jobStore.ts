import type Keyv from 'keyv';
import type { JobRecord } from './job.ts';

/** Job records by id. Writes go through the runner, which owns a job's transitions. */
export class JobStore {
  readonly #kv: Keyv;

  constructor(kv: Keyv) {
    this.#kv = kv;
  }

  async get(id: string): Promise<JobRecord | undefined> {
    return (await this.#kv.get(id)) as JobRecord | undefined;
  }

  async getMany(ids: readonly string[]): Promise<JobRecord[]> {
    if (ids.length === 0) return [];
    const values = (await this.#kv.get([...ids])) as Array<JobRecord | undefined>;
    return values.filter((j): j is JobRecord => j !== undefined && j !== null);
  }

  async put(job: JobRecord): Promise<void> {
    await this.#kv.set(job.id, job);
  }
}
