import { describe, expect, it } from 'vitest';
import { EDIT_INTERVAL_MS, StatusDisplay, type StatusView } from '../../src/jobs/statusDisplay.ts';
import { gate, ManualClock, sampleJob, settle, silentLogger } from './fakes.ts';

function display(sink?: (view: StatusView) => Promise<'shown' | 'unreachable'>) {
  const clock = new ManualClock();
  const shown: string[] = [];
  const d = new StatusDisplay({
    clock,
    logger: silentLogger(),
    sink: {
      status: async (_job, view) => {
        shown.push(
          view.kind === 'queued'
            ? `queued:${view.position}`
            : view.kind === 'rendering'
              ? `rendering:${view.elapsedMs}`
              : view.kind,
        );
        return sink ? sink(view) : 'shown';
      },
    },
  });
  return { d, clock, shown };
}

const rendering = (elapsedMs: number): StatusView => ({
  kind: 'rendering',
  elapsedMs,
  expectedMs: 40_000,
  etaAt: 40_000,
});

describe('the status display', () => {
  it('skips a view that looks like the last one shown (time moves in 5 s steps)', async () => {
    const { d, clock, shown } = display();
    const job = sampleJob();
    d.show(job, rendering(1_000));
    await settle();
    clock.advance(EDIT_INTERVAL_MS);
    d.show(job, rendering(4_000));
    await settle();
    expect(shown).toEqual(['rendering:0']);
  });

  it('spaces views of the same kind by the edit interval and shows the latest one held back', async () => {
    const { d, clock, shown } = display();
    const job = sampleJob();
    d.show(job, { kind: 'queued', position: 3 });
    await settle();
    d.show(job, { kind: 'queued', position: 2 });
    d.show(job, { kind: 'queued', position: 1 });
    await settle();
    expect(shown).toEqual(['queued:3']);
    clock.advance(EDIT_INTERVAL_MS);
    await settle();
    expect(shown).toEqual(['queued:3', 'queued:1']);
  });

  it('shows a change of kind at once', async () => {
    const { d, shown } = display();
    const job = sampleJob();
    d.show(job, { kind: 'queued', position: 1 });
    await settle();
    d.show(job, { kind: 'submitting' });
    await settle();
    expect(shown).toEqual(['queued:1', 'submitting']);
  });

  it('keeps one edit in flight per job: a slow edit never queues up views behind it', async () => {
    const slow = gate<'shown'>();
    const { d, clock, shown } = display(() => slow.promise);
    const job = sampleJob();
    d.show(job, { kind: 'submitting' });
    await settle();
    for (let s = 5; s <= 30; s += 5) d.show(job, rendering(s * 1000));
    clock.advance(EDIT_INTERVAL_MS);
    slow.open('shown');
    await settle();
    expect(shown).toEqual(['submitting', 'rendering:30000']);
  });

  it('after finish, waits for the edit in flight and drops every later view (the final message stays)', async () => {
    const inFlight = gate<'shown'>();
    const { d, shown } = display(() => inFlight.promise);
    const job = sampleJob();
    d.show(job, { kind: 'submitting' });
    await settle();
    let finished = false;
    const done = d.finish(job.id).then(() => {
      finished = true;
    });
    await settle();
    expect(finished).toBe(false);
    inFlight.open('shown');
    await done;
    d.show(job, { kind: 'delivering' });
    await settle();
    expect(shown).toEqual(['submitting']);
  });

  it('stops editing a message that cannot be edited, without retrying', async () => {
    const { d, clock, shown } = display(async () => 'unreachable');
    const job = sampleJob();
    d.show(job, { kind: 'queued', position: 2 });
    await settle();
    clock.advance(EDIT_INTERVAL_MS);
    d.show(job, { kind: 'submitting' });
    d.show(job, rendering(10_000));
    await settle();
    expect(shown).toEqual(['queued:2']);
  });
});
