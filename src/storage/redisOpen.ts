import { createClient, type RedisClientType } from '@keyv/redis';
import { type StorageFailure, StorageStartupError } from './errors.ts';

export interface RedisTiming {
  /** Delay before reconnect attempt `attempt` once running. */
  reconnectDelayMs(attempt: number): number;
  /**
   * A storage call without a reply after this long fails as unavailable (a hung or cut-off
   * Redis). node-redis itself would wait for ever: its own `timeout` ends when the command is sent.
   */
  replyTimeoutMs: number;
}

export const defaultRedisTiming: RedisTiming = {
  reconnectDelayMs: (attempt) => Math.min(attempt * 200, 5_000),
  replyTimeoutMs: 5_000,
};

/** Where STORAGE_URL points, for messages: never the password. */
interface RedisTarget {
  where: string;
  host: string;
  db: string;
  password: string;
}

export function redisTarget(url: string): RedisTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidUrl('it cannot be parsed');
  }
  const host = parsed.hostname || 'localhost';
  const db = parsed.pathname.replace(/^\//, '') || '0';
  if (!/^\d+$/.test(db)) throw invalidUrl(`the database "/${db}" is not a number`);
  return {
    where: `${host}:${parsed.port || '6379'}`,
    host,
    db,
    password: decodeURIComponent(parsed.password),
  };
}

function invalidUrl(why: string): StorageStartupError {
  return new StorageStartupError(
    'invalid-url',
    `STORAGE_URL is not a valid Redis URL (${why}): write it as redis://[USER:PASSWORD@]HOST:PORT[/DB], e.g. redis://127.0.0.1:6379/0.`,
  );
}

const REPLY_ERRORS = new Set(['ErrorReply', 'SimpleError', 'BlobError']);
const isReply = (error: unknown) => error instanceof Error && REPLY_ERRORS.has(error.constructor.name);
const STILL_STARTING = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN)\b/;

/**
 * Connects to Redis within `deadlineMs` or throws a {@link StorageStartupError} saying why. Network
 * failures are retried until the deadline (Redis may be starting beside the bot); a refusal by
 * Redis itself (password, database number) is final. Once connected, the client reconnects for
 * ever, and commands fail at once while it is offline.
 */
export async function openRedis(
  url: string,
  deadlineMs: number,
  timing: RedisTiming,
): Promise<RedisClientType> {
  const target = redisTarget(url);
  let running = false;
  let lastError: unknown;
  let reachedServer = false;
  let client: RedisClientType;
  try {
    client = createClient({
      url,
      socket: {
        connectTimeout: Math.min(deadlineMs, 5_000),
        reconnectStrategy: (retries: number, cause: Error) => {
          if (running) return timing.reconnectDelayMs(retries);
          lastError = cause;
          return isReply(cause) ? false : Math.min(50 * 2 ** retries, 500);
        },
      },
      disableOfflineQueue: true,
    }) as RedisClientType;
  } catch (error) {
    throw invalidUrl(error instanceof Error ? error.message : String(error));
  }
  client.on('error', (error: unknown) => {
    // Once running, failures surface through the commands that need Redis and /healthz.
    if (!running) lastError = error;
  });
  client.on('connect', () => {
    reachedServer = true;
  });

  const outcome = await readyWithin(client, deadlineMs, (error) => {
    lastError = error;
  });
  if (outcome === 'ok') {
    running = true;
    return client;
  }
  try {
    client.destroy();
  } catch {
    // already closed by a final failure
  }
  throw redisStartupFailure({
    target,
    error: outcome === 'timeout' ? lastError : outcome.error,
    timedOut: outcome === 'timeout',
    reachedServer,
    deadlineMs,
  });
}

/** Connects and gets a PONG, waiting out a Redis that is still loading, or gives up at the deadline. */
async function readyWithin(
  client: RedisClientType,
  deadlineMs: number,
  onStillStarting: (error: unknown) => void,
): Promise<'ok' | 'timeout' | { error: unknown }> {
  const deadline = AbortSignal.timeout(deadlineMs);
  const ready = (async () => {
    await client.connect();
    for (;;) {
      try {
        await client.ping();
        return;
      } catch (error) {
        const starting = error instanceof Error && isReply(error) && STILL_STARTING.test(error.message);
        if (!starting || deadline.aborted) throw error;
        onStillStarting(error);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  })();
  const timedOut = new Promise<'timeout'>((resolve) =>
    deadline.addEventListener('abort', () => resolve('timeout'), { once: true }),
  );
  return Promise.race([
    ready.then(
      () => 'ok' as const,
      (error: unknown) => ({ error }),
    ),
    timedOut,
  ]);
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** What Redis itself answers when it will not serve this STORAGE_URL: final, not retried. */
const REPLY_FAILURES: Array<{
  match: RegExp;
  reason: StorageFailure;
  say(t: RedisTarget, said: string): string;
}> = [
  {
    match: /^NOAUTH\b/,
    reason: 'redis-password-required',
    say: ({ where }) =>
      `Redis on ${where} requires a password and STORAGE_URL gives none: write it as redis://:PASSWORD@${where} (or redis://USER:PASSWORD@${where} for an ACL user).`,
  },
  {
    match: /^WRONGPASS\b|invalid password/i,
    reason: 'redis-wrong-password',
    say: ({ where }) =>
      `Redis on ${where} rejected the user name or password in STORAGE_URL: correct them (redis://USER:PASSWORD@HOST:PORT; the user is "default" when only a password is given).`,
  },
  {
    match: /without any password configured|no password is set/i,
    reason: 'redis-no-password-set',
    say: ({ where }) =>
      `Redis on ${where} has no password set but STORAGE_URL gives one: remove it from STORAGE_URL, or set requirepass in Redis.`,
  },
  {
    match: /^NOPERM\b/,
    reason: 'redis-no-permission',
    say: ({ where }, said) =>
      `The Redis user in STORAGE_URL may not run what clipcast needs on ${where} (${said}): allow it all keys and commands (ACL SETUSER <user> ~* +@all) or use another user.`,
  },
  {
    match: /DB index is out of range/i,
    reason: 'redis-no-such-db',
    say: ({ where, db }) =>
      `Redis on ${where} has no database ${db} (the /${db} at the end of STORAGE_URL): use a smaller number such as /0 (Redis has 16 databases, 0 to 15, unless redis.conf's "databases" says otherwise).`,
  },
];

/** The sentence for a Redis that could not be used at start-up (exported for its own tests). */
export function redisStartupFailure(failure: {
  target: RedisTarget;
  error: unknown;
  timedOut: boolean;
  reachedServer: boolean;
  deadlineMs: number;
}): StorageStartupError {
  const { target, error } = failure;
  const { where } = target;
  const raw = error instanceof Error ? error.message : String(error ?? '');
  const said = target.password ? raw.split(target.password).join('***') : raw;
  const code = codeOf(error);
  const seconds = `${Math.round(failure.deadlineMs / 100) / 10} s`;
  const fail = (reason: StorageFailure, message: string) =>
    new StorageStartupError(reason, message, { cause: error });

  if (code === 'ECONNREFUSED')
    return fail(
      'redis-refused',
      `STORAGE_URL points at Redis on ${where}, which refused the connection: start Redis there, or correct the host and port in STORAGE_URL.`,
    );
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return fail(
      'redis-unknown-host',
      `STORAGE_URL points at Redis on ${where}, but the host name ${target.host} cannot be resolved: correct the host in STORAGE_URL.`,
    );
  if (isReply(error)) {
    const known = REPLY_FAILURES.find((f) => f.match.test(raw));
    if (known) return fail(known.reason, known.say(target, said));
  }
  if (failure.timedOut && failure.reachedServer)
    return fail(
      'redis-not-redis',
      `STORAGE_URL points at ${where}, which accepted the connection but did not answer as Redis within ${seconds}: check that the port in STORAGE_URL is Redis's (6379 by default), not another service's.`,
    );
  if (failure.timedOut)
    return fail(
      'redis-timeout',
      `STORAGE_URL points at Redis on ${where}, which did not answer within ${seconds}: check the host and port in STORAGE_URL, that Redis is running there and that no firewall is in the way.`,
    );
  return fail(
    'redis-other',
    `STORAGE_URL points at Redis on ${where}, which could not be used (${said || 'no reason given'}): check STORAGE_URL and the Redis log.`,
  );
}
