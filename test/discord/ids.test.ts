import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmButtons, customId, parseConfirmation, parseCustomId } from '../../src/discord/components.ts';
import { checkFormId, FORM_LIFETIME_MS, formId, formKey } from '../../src/discord/forms.ts';

describe('custom ids carry only what storage cannot', () => {
  it('round-trips clip actions and refuses anything else', () => {
    expect(parseCustomId(customId('reroll', '0123456789abcdef'))).toEqual({
      action: 'reroll',
      jobId: '0123456789abcdef',
    });
    for (const bad of [
      'clip:reroll:../../etc',
      'clip:explode:0123456789abcdef',
      'clip:editmodal:0123456789abcdef',
      42,
      null,
    ])
      expect(parseCustomId(bad)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => parseCustomId(s) === null || /^clip:[a-z]+:[a-f0-9]{16}$/.test(s)),
    );
  });

  it('a confirmation names its moderator and expiry, and nothing else parses', () => {
    const [row] = confirmButtons('settings-reset', '100000000000000003', 1_700_000_300_000, {
      yes: 'Y',
      no: 'N',
    });
    const ids = (row?.components ?? []).map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids.map(parseConfirmation)).toEqual([
      { what: 'settings-reset', yes: true, moderatorId: '100000000000000003', expiresAt: 1_700_000_300_000 },
      { what: 'settings-reset', yes: false, moderatorId: '100000000000000003', expiresAt: 1_700_000_300_000 },
    ]);
    expect(parseConfirmation('confirm:drop-tables:yes:100000000000000003:1')).toBeNull();
  });
});

describe('forms are bound to the member they were shown to', () => {
  const key = formKey('bot-token');
  const now = 1_700_000_000_000;
  const id = formId(key, 'edit', '0123456789abcdef', '100000000000000001', now);

  it('accepts the form from that member before it expires', () => {
    expect(id.length).toBeLessThanOrEqual(100);
    expect(checkFormId(key, id, '100000000000000001', now + 1000)).toEqual({
      ok: true,
      kind: 'edit',
      jobId: '0123456789abcdef',
    });
  });

  it('refuses another member, another bot, a changed job, and an expired form', () => {
    expect(checkFormId(key, id, '100000000000000002', now)).toEqual({ ok: false, reason: 'forged' });
    expect(checkFormId(formKey('other-token'), id, '100000000000000001', now)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(
      checkFormId(key, id.replace('0123456789abcdef', 'fedcba9876543210'), '100000000000000001', now),
    ).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(checkFormId(key, id, '100000000000000001', now + FORM_LIFETIME_MS + 1000)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(checkFormId(key, 'clip:editmodal:0123456789abcdef', '100000000000000001', now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
