import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/credits/settings.ts';
import { english, translator } from '../../src/discord/i18n.ts';
import { describeChange, settingValue } from '../../src/discord/messages/embeds.ts';
import { ago, linesWithin, relative } from '../../src/discord/messages/format.ts';
import { failureText, jobLogLine, statusText } from '../../src/discord/messages/job.ts';
import { queueView } from '../../src/discord/messages/queue.ts';
import type { JobRecord } from '../../src/jobs/record.ts';
import { sampleJob } from '../jobs/fakes.ts';

const failed = (code: NonNullable<JobRecord['failure']>['code'], detail = ''): JobRecord => ({
  ...sampleJob(),
  state: 'failed',
  failure: { code, detail },
});

describe('the rendering status', () => {
  const job = sampleJob();
  const view = (elapsedMs: number) => ({
    kind: 'rendering' as const,
    elapsedMs,
    expectedMs: 40_000,
    etaAt: 0,
  });

  it('gives an arrival time while the render is within its usual time', () => {
    expect(statusText(english, job, view(20_000))).toMatch(/usually about 40 s, ready <t:\d+:R>/);
  });

  it('says it takes longer than usual once past it, with no arrival time in the past', () => {
    const text = statusText(english, job, view(7 * 60_000));
    expect(text).toContain('taking longer than usual (about 40 s)');
    expect(text).not.toMatch(/<t:/);
    expect(text).toContain('95%');
  });
});

describe('failure texts', () => {
  it('separate the cancellation from the refund', () => {
    expect(failureText(english, failed('cancelled'), 'owner')).toMatch(
      /❌ \*\*Cancelled\*\* — Your 5 credits were refunded\.$/,
    );
  });

  it('end the provider’s quoted reason with a full stop before the refund', () => {
    const text = failureText(english, failed('render_failed', 'the model could not do it'), 'owner');
    expect(text).toContain('The provider said: “the model could not do it”. Your 5 credits were refunded.');
  });

  it('add no second full stop after a reason that ends in one, and join Japanese sentences without spaces', () => {
    const text = failureText(english, failed('render_failed', 'The model returned nothing.'), 'owner');
    expect(text).toContain('The provider said: “The model returned nothing.” Your 5 credits were refunded.');
    const ja = failureText(translator('ja'), failed('render_failed', 'no output'), 'owner');
    expect(ja).toMatch(/「no output」。5 クレジットを返却しました。$/);
    expect(ja).not.toMatch(/。 /);
  });

  it('quote the prompt as the language does', () => {
    expect(failureText(translator('de'), failed('cancelled'), 'owner')).toContain('„a fox“');
    expect(failureText(translator('ja'), failed('cancelled'), 'owner')).toContain('「a fox」');
  });
});

describe('the log channel’s line for a finished job', () => {
  it('names the outcome in words of the server’s language, never an internal code', () => {
    const de = translator('de');
    for (const code of ['model_unavailable', 'result_unreadable', 'delivery', 'render_failed'] as const) {
      const line = jobLogLine(de, failed(code), null);
      expect(line).not.toContain(code);
      expect(line).toContain('(erstattet)');
    }
    expect(jobLogLine(de, failed('model_unavailable'), null)).toContain(
      '❌ Modell nicht verfügbar (erstattet)',
    );
    expect(jobLogLine(english, { ...failed('timeout'), cost: 0 }, null)).toMatch(/0 credits · ❌ timed out$/);
  });

  it('says how a clip was delivered, and counts references only when there are some', () => {
    const done = (delivery: 'attachment' | 'link', imageUrls: string[]): JobRecord => {
      const job = sampleJob();
      return {
        ...job,
        state: 'done',
        input: { ...job.input, imageUrls },
        result: {
          channelId: job.channelId,
          messageId: '500000000000000002',
          delivery,
          bytes: 1,
          pingMessageId: null,
        },
      };
    };
    expect(jobLogLine(english, done('attachment', []), null)).toMatch(
      /“a fox” · seed 42 · 5 credits · ✅ delivered$/,
    );
    expect(jobLogLine(english, done('link', ['a', 'b']), null)).toMatch(
      /“a fox” · 2 references · seed 42 · 5 credits · ✅ delivered as a link$/,
    );
  });
});

describe('lists, counts and times', () => {
  it('joins lists as the language does', () => {
    const before = { ...DEFAULT_SETTINGS };
    const after = { ...DEFAULT_SETTINGS, allowance: 100, cooldownSeconds: 30 };
    expect(describeChange(translator('ja'), before, after)).toContain('、');
    expect(describeChange(english, before, after)).toContain(', ');
  });

  it('says “1 credit”, not “1 credits”, in the cost-preview setting', () => {
    expect(settingValue(english, 'costPreviewAt', { ...DEFAULT_SETTINGS, costPreviewAt: 1 })).toBe(
      'from 1 credit, or over half a member’s balance',
    );
    expect(settingValue(english, 'costPreviewAt', { ...DEFAULT_SETTINGS, costPreviewAt: 10 })).toMatch(
      /^from 10 credits/,
    );
  });

  it('rounds past moments down and coming ones up, so neither reads on the wrong side of now', () => {
    expect(ago(1_700_000_000_900)).toBe('<t:1700000000:R>');
    expect(relative(1_700_000_000_100)).toBe('<t:1700000001:R>');
  });
});

describe('the queue view', () => {
  it('shows a rendered clip waiting to retry its download as such, with when, and no Cancel', () => {
    const job: JobRecord = {
      ...sampleJob(),
      state: 'delivering',
      download: { attempts: 3, retryAt: 1_700_000_600_000 },
    };
    const view = queueView(english, [{ job, position: null }], 1_700_000_100_000);
    const description = String(view.embeds?.[0]?.description);
    expect(description).toContain('📦 **Download retry** <t:1700000600:R> (the clip is rendered)');
    const labels = view.components?.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : '')));
    expect(labels).toEqual(['Refresh']);
    // When the attempt is under way, it reads as uploading again, not "retry 3 minutes ago".
    const now = queueView(english, [{ job, position: null }], 1_700_000_600_001);
    expect(String(now.embeds?.[0]?.description)).toContain('📦 **Uploading**');
  });
});

describe('linesWithin', () => {
  it('leaves what fits alone, and otherwise keeps whole lines and says more was cut', () => {
    expect(linesWithin(['a', 'b'], 10)).toBe('a\nb');
    const lines = Array.from(
      { length: 50 },
      (_, i) => `**${i}.** <@1000000000000000${String(i).padStart(2, '0')}>`,
    );
    const cut = linesWithin(lines, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('\n…')).toBe(true);
    for (const line of cut.split('\n').slice(0, -1)) expect(lines).toContain(line);
  });
});
