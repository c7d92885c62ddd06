import { SegmindError } from '../../segmind/errors.ts';
import { fail, type JobRun, type StepDeps } from '../deps.ts';
import type { FailureCode, JobRecord } from '../record.ts';

/**
 * Sends the job to Segmind once. Segmind has no idempotency key (segmind-v2.md, "Requests"), so the
 * intent is saved before the POST and a job found with an intent but no request id after a restart
 * is refunded, never resubmitted: a second POST could be billed twice.
 */
export async function submitStep(deps: StepDeps, run: JobRun, job: JobRecord): Promise<void> {
  if (job.submitIntentAt !== null && job.segmind === null) {
    run.log.warn('restart left the submit uncertain; not resubmitting');
    await fail(deps, job, 'uncertain_submit', 'restart during submit');
    return;
  }
  const gate = deps.provider.allowSubmit();
  if (!gate.ok) {
    await fail(deps, job, gate.reason === 'unavailable' ? 'provider_down' : gateCode(gate.kind), gate.reason);
    return;
  }
  deps.display.show(job, { kind: 'submitting' });
  const intent = await deps.lifecycle.apply(job.id, { type: 'submit_intent' });
  if (!intent.ok) return;
  try {
    const accepted = await deps.segmind.submit(job.input);
    deps.provider.recordSuccess();
    run.log.info({ requestId: accepted.requestId }, 'job submitted to segmind');
    const applied = await deps.lifecycle.apply(job.id, { type: 'submitted', ...accepted });
    if (!applied.ok)
      run.log.warn({ requestId: accepted.requestId }, 'segmind accepted a job that has moved on');
  } catch (error) {
    const e =
      error instanceof SegmindError
        ? error
        : new SegmindError('network', 'submit failed', { mightHaveBeenAccepted: true, cause: error });
    deps.provider.recordFailure(e);
    run.log.warn(
      { kind: e.kind, status: e.status, maybeAccepted: e.mightHaveBeenAccepted },
      'segmind submit failed',
    );
    await fail(deps, job, submitFailureCode(e), e.kind);
  }
}

function submitFailureCode(e: SegmindError): FailureCode {
  if (e.isConfiguration) return gateCode(e.kind);
  return e.mightHaveBeenAccepted ? 'uncertain_submit' : 'submit_rejected';
}

/** A retired or unknown model is not the operator's key or credits: users are told plainly. */
function gateCode(kind: string): FailureCode {
  return kind === 'model_unavailable' ? 'model_unavailable' : 'misconfigured';
}
