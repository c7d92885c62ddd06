import type { Logger } from '../logger.ts';
import { billedCost, isUnfinished, type JobRecord } from './record.ts';
import type { RenderScheduler } from './scheduler.ts';
import type { JobStore } from './store.ts';

/** The ledger's view of the jobs holding credits (implemented by credits/Ledger). */
interface OpenReservations {
  activeJobs(guildId: string): Promise<Record<string, { userId: string }>>;
  /** `costUsd`: what the render cost (Segmind's `metrics.cost`), for the money budgets. */
  settle(guildId: string, userId: string, jobId: string, costUsd?: number | null): Promise<void>;
  /** `billed`: Segmind charged for the render although the job failed (see mayHaveBeenBilled). */
  refund(
    guildId: string,
    userId: string,
    jobId: string,
    reason?: string,
    billed?: { costUsd: number | null },
  ): Promise<void>;
}

/**
 * After a restart (or a crash), brings the views derived from job records back in line with them
 * and returns the jobs to resume. For the guilds this process serves: credits (and the money budgets'
 * reservations, which the ledger closes with them) still reserved for a finished job are settled
 * (done, at the cost Segmind reported) or refunded (failed); a reservation whose record is missing or
 * damaged is refunded (a damaged record is quarantined). Then the scheduler drops queue and slot
 * entries whose job is finished, missing or damaged — with one process or several over Redis alike
 * (another shard's unfinished jobs are left to it).
 */
export async function reconcile(deps: {
  guildIds: readonly string[];
  reservations: OpenReservations;
  store: JobStore;
  scheduler: RenderScheduler;
  logger: Logger;
}): Promise<JobRecord[]> {
  const { reservations, store, logger } = deps;
  const toResume: JobRecord[] = [];
  let open = 0;
  for (const guildId of deps.guildIds) {
    const active = await reservations.activeJobs(guildId);
    for (const [jobId, { userId }] of Object.entries(active)) {
      open++;
      const stored = await store.read(jobId);
      if (stored.kind === 'missing') {
        await reservations.refund(guildId, userId, jobId, 'job record missing after restart');
      } else if (stored.kind === 'damaged') {
        await store.quarantine(jobId, stored.raw, stored.problem);
        await reservations.refund(guildId, userId, jobId, 'damaged');
        logger.error(
          { jobId, guildId, userId, problem: stored.problem },
          'quarantined a damaged job record; refunded',
        );
      } else if (stored.job.state === 'done') {
        await reservations.settle(guildId, userId, jobId, stored.job.render.costUsd);
      } else if (stored.job.state === 'failed') {
        const billed = billedCost(stored.job);
        await reservations.refund(guildId, userId, jobId, stored.job.failure?.code, billed);
      } else {
        toResume.push(stored.job);
      }
    }
  }
  const resuming = new Set(toResume.map((j) => j.id));
  let dropped = 0;
  for (const jobId of await deps.scheduler.entries()) {
    if (resuming.has(jobId)) continue;
    const stored = await store.read(jobId);
    if (stored.kind === 'ok' && isUnfinished(stored.job)) continue;
    await deps.scheduler.release(jobId);
    dropped++;
  }
  logger.info(
    { guilds: deps.guildIds.length, active: open, resuming: toResume.length, droppedSlots: dropped },
    'checked for unfinished jobs',
  );
  return toResume;
}
