import { describe, expect, it } from 'vitest';
import { createLogger, scrub, scrubPublic, wantsPrettyLogs } from '../../src/logger.ts';

// Shaped like a real interaction token: "interaction:<id>:<random>" in base64url, ~200 characters.
const interactionToken = Buffer.from(`interaction:1234567890123456789:${'x9Q'.repeat(40)}`).toString(
  'base64url',
);
const botToken = 'MTE5ODc2NTQzMjEwOTg3NjU0.GabcDE.fake-bot-token-for-tests-only';
const apiKey = 'SG_0123456789abcdef';
const secrets = [botToken, apiKey];

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

describe('scrub', () => {
  it('removes the bot token and API key wherever they appear', () => {
    expect(scrub(`auth Bot ${botToken} and key=${apiKey}.`, secrets)).toBe(
      'auth Bot [redacted] and key=[redacted].',
    );
  });

  it('removes interaction tokens from webhook and callback paths', () => {
    expect(scrub(`PATCH /webhooks/123456789012345678/${interactionToken}/messages/@original`, [])).toBe(
      'PATCH /webhooks/123456789012345678/[token]/messages/@original',
    );
    expect(scrub(`POST /interactions/123456789012345678/${interactionToken}/callback`, [])).toBe(
      'POST /interactions/123456789012345678/[token]/callback',
    );
  });

  it('removes a token field quoted inside a stringified error, even JSON-escaped again in a log line', () => {
    const error = `request failed: {"id":"1","token":"${interactionToken}","type":2}`;
    expect(scrub(error, [])).toBe('request failed: {"id":"1","token":"[token]","type":2}');
    const line = JSON.stringify({ msg: error });
    expect(scrub(line, [])).not.toContain(interactionToken);
    expect(JSON.parse(scrub(line, [])).msg).toBe('request failed: {"id":"1","token":"[token]","type":2}');
    expect(scrub(`{"interactionToken": "${interactionToken}"}`, [])).toBe('{"interactionToken": "[token]"}');
    expect(scrub(`{token: '${interactionToken}'}`, [])).toBe("{token: '[token]'}");
  });

  it('removes a long bare token after token= or token:', () => {
    expect(scrub(`GET /x?token=${interactionToken}&page=2`, [])).toBe('GET /x?token=[token]&page=2');
    expect(scrub(`interaction token: ${interactionToken} (expired)`, [])).toBe(
      'interaction token: [token] (expired)',
    );
  });

  it('removes an interaction token standing alone in any text, e.g. quoted by a library error', () => {
    expect(interactionToken.startsWith('aW50ZXJhY3Rpb246')).toBe(true);
    expect(scrub(`could not edit ${interactionToken}, giving up`, [])).toBe(
      'could not edit [token], giving up',
    );
    expect(scrub(`["${interactionToken}"]`, [])).toBe('["[token]"]');
  });

  it('leaves ordinary text and already-redacted fields alone', () => {
    const ordinary = [
      'the interaction token expired after 15 minutes',
      'token: expired',
      'tokens: 12, token_count: 3',
      '{"token":"[redacted]","tokenBudget":40}',
      'a red fox running through fresh snow, slow motion',
      `a seed of ${'9'.repeat(70)} digits is refused`,
    ];
    for (const text of ordinary) expect(scrub(text, secrets)).toBe(text);
  });
});

describe('scrubPublic', () => {
  it('also removes credential headers a provider echoes back, keeping the scheme', () => {
    const echoed = 'bad request: headers {"authorization":"Bearer abc.def","x-api-key":"SG_other"}';
    expect(scrubPublic(echoed, secrets)).toBe(
      'bad request: headers {"authorization":"Bearer [redacted]","x-api-key":"[redacted]"}',
    );
    expect(scrubPublic(`Authorization: Bot ${botToken}`, secrets)).toBe('Authorization: Bot [redacted]');
    expect(scrubPublic('The video could not be rendered (content policy).', secrets)).toBe(
      'The video could not be rendered (content policy).',
    );
  });
});

describe('log format', () => {
  it('is pretty exactly when stdout is a terminal', () => {
    expect(wantsPrettyLogs({ isTTY: true })).toBe(true);
    expect(wantsPrettyLogs({ isTTY: false })).toBe(false);
    expect(wantsPrettyLogs({})).toBe(false);
  });

  it('writes one JSON object per line when not pretty, with secrets scrubbed', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', secrets, destination, pretty: false });
    logger.info({ shard: 1, url: `/webhooks/1/${interactionToken}` }, `connected with ${botToken}`);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '');
    expect(entry).toMatchObject({
      level: 30,
      msg: 'connected with [redacted]',
      shard: 1,
      url: '/webhooks/1/[token]',
    });
    expect(typeof entry.time).toBe('number');
  });

  it('writes readable lines for a terminal (level, local time, message, fields), with secrets scrubbed', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', secrets, destination, pretty: true, colorize: false });
    logger.warn({ shard: 1, banner: { hidden: true } }, `gateway disconnected (${apiKey})`);
    logger.error({ err: new Error(`boom {"token":"${interactionToken}"}`) }, 'job failed');
    const text = lines.join('');
    expect(() => JSON.parse(lines[0] ?? '')).toThrow();
    expect(lines[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] WARN: gateway disconnected \(\[redacted\]\)\n/);
    expect(lines[0]).toContain('shard: 1');
    // The banner's fields are for JSON consumers; on a terminal the message already shows them.
    expect(lines[0]).not.toContain('hidden');
    expect(lines[0]).not.toContain(`pid: ${process.pid}`);
    expect(lines[1]).toContain('ERROR: job failed');
    expect(lines[1]).toMatch(/at .*logger\.test\.ts/);
    expect(text).not.toContain(interactionToken);
    expect(text).not.toContain(apiKey);
  });
});
