import type { JobRun, StepDeps } from '../deps.ts';
import type { JobRecord } from '../record.ts';

/**
 * A queued job waits for a render slot. The slot is taken first and the transition applied second:
 * if the job was cancelled meanwhile (the slot's answer can arrive late, as over Redis), the
 * transition is refused and the slot goes straight back, so a cancelled job never renders.
 */
export async function waitForSlot(deps: StepDeps, run: JobRun, job: JobRecord): Promise<void> {
  for (;;) {
    run.checkStopped();
    const current = await deps.lifecycle.store.get(job.id);
    if (current?.state !== 'queued') return;
    if (await deps.slots.tryAcquire(job.id)) {
      const applied = await deps.lifecycle.apply(job.id, { type: 'slot_granted' });
      if (!applied.ok) await deps.slots.release(job.id);
      return;
    }
    // Offered on every pass: the display drops repeats and spaces edits out, and shows a view it
    // held back once the interval has passed.
    const position = (await deps.slots.position(job.id)) ?? 1;
    deps.display.show(current, { kind: 'queued', position });
    await run.sleep(deps.timings.queueRecheckMs);
  }
}
