import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStorage, logBanner, renderBanner } from '../../src/banner.ts';
import { createLogger } from '../../src/logger.ts';

const info = {
  userTag: 'clipcast#0420',
  applicationId: '123456789012345678',
  inviteUrl: 'https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot',
  storageUrl: 'sqlite://data/clipcast.sqlite',
  limits: { 'render cap': '5 at once', 'daily budget': '$20.00', 'allowed servers': undefined },
  shards: [0],
};

describe('startup banner', () => {
  it('names the bot, the invite link, the storage, the limits in force and the shards', () => {
    expect(renderBanner(info)).toBe(
      [
        'clipcast is online as clipcast#0420 (application 123456789012345678)',
        `  invite   ${info.inviteUrl}`,
        `  storage  SQLite file ${resolve('data/clipcast.sqlite')}`,
        '  limits   render cap 5 at once · daily budget $20.00',
        '  shards   0',
      ].join('\n'),
    );
  });

  it('shows which shards of how many a shard process serves', () => {
    expect(renderBanner({ ...info, shards: [1], shardCount: 2 })).toContain('  shards   1 of 2');
    expect(renderBanner({ ...info, limits: {} })).toContain('  limits   none');
  });

  it('never shows Redis credentials', () => {
    const described = describeStorage('redis://clipcast:s3cret-pass@redis.internal:6380/2');
    expect(described).toBe('Redis at redis://redis.internal:6380/2');
    expect(describeStorage('rediss://:s3cret-pass@cache.example.com:6379')).toBe(
      'Redis at rediss://cache.example.com:6379 (TLS)',
    );
    expect(
      renderBanner({ ...info, storageUrl: 'redis://default:s3cret-pass@redis.internal:6379' }),
    ).not.toContain('s3cret');
    expect(describeStorage('memory://')).toBe('in memory (nothing survives a restart)');
  });

  it('is logged as the message, with the same facts as a JSON object for log collectors', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      secrets: [],
      pretty: false,
      destination: { write: (line: string) => void lines.push(line) },
    });
    logBanner(logger, { ...info, storageUrl: 'redis://u:pw-123456@h:6379' });
    const entry = JSON.parse(lines[0] ?? '');
    expect(entry.msg).toContain('clipcast is online as clipcast#0420');
    expect(entry.banner).toMatchObject({
      invite: info.inviteUrl,
      storage: 'Redis at redis://h:6379',
      shards: [0],
      limits: { 'render cap': '5 at once' },
    });
    expect(lines[0]).not.toContain('pw-123456');
  });
});
