import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type GuildSettings } from '../../src/credits/settings.ts';
import { english as t } from '../../src/discord/i18n.ts';
import { describeChange, settingValue } from '../../src/discord/messages/embeds.ts';

const settings = (change: Partial<GuildSettings>): GuildSettings => ({ ...DEFAULT_SETTINGS, ...change });

describe('blocked words as moderators see them', () => {
  it('shows each word as inert text: no markdown, no mention, no link, no line break', () => {
    const value = settingValue(
      t,
      'blockedWords',
      settings({ blockedWords: ['**bold**', '@everyone', 'https://evil.example/login', 'two\nlines'] }),
    );
    expect(value).not.toMatch(/(?<!\\)\*\*bold/);
    expect(value).not.toContain('@everyone');
    expect(value).not.toMatch(/(?<!<)https:\/\/evil\.example\/login(?!>)/);
    expect(value).not.toContain('\n');
    expect(value).toContain('bold');
  });

  it('cuts a long list on a character boundary, within an embed field', () => {
    const words = Array.from({ length: 200 }, (_, i) => `🎬word${i}`);
    const value = settingValue(t, 'blockedWords', settings({ blockedWords: words }));
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(value.endsWith('…')).toBe(true);
  });
});

describe('describeChange', () => {
  it('names what was added to and removed from a list rather than repeating both lists', () => {
    const before = settings({ blockedWords: ['gore', 'blood'] });
    const after = settings({ blockedWords: ['gore', 'weapon'] });
    expect(describeChange(t, before, after)).toBe('Blocked words: +weapon −blood');
  });

  it('shows a list that was empty, or becomes empty, in full', () => {
    expect(describeChange(t, settings({}), settings({ blockedWords: ['gore'] }))).toBe(
      `Blocked words: ${settingValue(t, 'blockedWords', settings({}))} → gore`,
    );
  });

  it('is empty when nothing changed, and stays short and whole however long the change', () => {
    expect(describeChange(t, settings({}), settings({}))).toBe('');
    const words = Array.from({ length: 300 }, (_, i) => `👩‍👩‍👧word${i}`);
    const text = describeChange(t, settings({ blockedWords: ['x'] }), settings({ blockedWords: words }));
    expect(text.length).toBeLessThanOrEqual(1500);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
