import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

const base = { DISCORD_TOKEN: 'token-123456', SEGMIND_API_KEY: 'sg_key_123456' };

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig({ ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('money and server-list configuration', () => {
  it('defaults to any server, no bot-wide budget and $0.10 per second', () => {
    const config = parseConfig(base);
    expect(config.ALLOWED_GUILDS).toEqual([]);
    expect(config.LEAVE_UNLISTED_GUILDS).toBe(false);
    expect(config.DAILY_BUDGET_USD).toBeUndefined();
    expect(config.PRICE_PER_SECOND_USD).toBe(0.1);
  });

  it('reads a list of server ids, a budget, a price and the leave switch', () => {
    const config = parseConfig({
      ...base,
      ALLOWED_GUILDS: ' 123456789012345678, 234567890123456789 ,',
      LEAVE_UNLISTED_GUILDS: 'TRUE',
      DAILY_BUDGET_USD: '20',
      PRICE_PER_SECOND_USD: '0.12',
    });
    expect(config.ALLOWED_GUILDS).toEqual(['123456789012345678', '234567890123456789']);
    expect(config.LEAVE_UNLISTED_GUILDS).toBe(true);
    expect(config.DAILY_BUDGET_USD).toBe(20);
    expect(config.PRICE_PER_SECOND_USD).toBe(0.12);
  });

  it('names every bad value and how to fix it, in one message', () => {
    const found = problems({
      ALLOWED_GUILDS: 'my-server',
      LEAVE_UNLISTED_GUILDS: 'sometimes',
      DAILY_BUDGET_USD: '-5',
      PRICE_PER_SECOND_USD: '0',
    });
    expect(found).toEqual([
      expect.stringMatching(/^ALLOWED_GUILDS must be server ids separated by commas.*Copy Server ID/),
      'LEAVE_UNLISTED_GUILDS must be true or false',
      'DAILY_BUDGET_USD must be 0 or more (leave it unset for no cap)',
      expect.stringMatching(/^PRICE_PER_SECOND_USD must be above 0, e\.g\. 0\.10/),
    ]);
    expect(problems({ DAILY_BUDGET_USD: 'twenty' })).toEqual([
      'DAILY_BUDGET_USD must be an amount in US dollars, e.g. 20 (leave it unset for no cap)',
    ]);
  });

  it('refuses to leave unlisted servers when there is no list', () => {
    expect(problems({ LEAVE_UNLISTED_GUILDS: 'true' })).toEqual([
      expect.stringMatching(/^LEAVE_UNLISTED_GUILDS=true needs ALLOWED_GUILDS/),
    ]);
  });
});
