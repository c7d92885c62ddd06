import { StartupError } from '../util/startupError.ts';

/** Why storage could not be opened; tests and callers match on it rather than on wording. */
export type StorageFailure =
  | 'invalid-url'
  | 'sqlite-parent-missing'
  | 'sqlite-parent-is-file'
  | 'sqlite-is-folder'
  | 'sqlite-not-database'
  | 'sqlite-damaged'
  | 'sqlite-permission'
  | 'sqlite-in-use'
  | 'sqlite-other'
  | 'redis-refused'
  | 'redis-unknown-host'
  | 'redis-timeout'
  | 'redis-not-redis'
  | 'redis-password-required'
  | 'redis-wrong-password'
  | 'redis-no-password-set'
  | 'redis-no-permission'
  | 'redis-no-such-db'
  | 'redis-other';

/**
 * Storage that cannot be opened: one sentence naming `STORAGE_URL` and what to do. Entry points
 * print it as any {@link StartupError} (plainly, exit code 1).
 */
export class StorageStartupError extends StartupError {
  readonly reason: StorageFailure;

  constructor(reason: StorageFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** Storage did not answer in time: the caller should say "temporarily unavailable" and move on. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

// node-redis's error classes are not exported by @keyv/redis (and @redis/client is not a direct
// dependency), so they are recognised by name; these names are part of node-redis's public API.
const REDIS_UNAVAILABLE = new Set([
  'ClientOfflineError',
  'ClientClosedError',
  'DisconnectsClientError',
  'SocketClosedUnexpectedlyError',
  'ConnectionTimeoutError',
  'SocketTimeoutError',
  'ReconnectStrategyError',
  'TimeoutError',
]);

/** Replies Redis gives while it is starting, failing over or busy: retrying later helps. */
const REDIS_TRANSIENT_REPLY = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN)\b/;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLite primary result codes that mean "not now" rather than "wrong": BUSY, LOCKED, IOERR, FULL.
const SQLITE_UNAVAILABLE = new Set([5, 6, 10, 13]);

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

function unavailableItself(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof StorageUnavailableError) return true;
  if (REDIS_UNAVAILABLE.has(error.constructor.name)) return true;
  if (REDIS_TRANSIENT_REPLY.test(error.message)) return true;
  const code = field(error, 'code');
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  const errcode = field(error, 'errcode');
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' && SQLITE_UNAVAILABLE.has(errcode & 0xff);
}

/**
 * Whether an error means storage is unreachable or overloaded right now (Redis down or
 * reconnecting, SQLite busy or out of disk), so the right answer to a user is "temporarily
 * unavailable, try again" rather than a bug report. Follows `cause` chains.
 */
export function isStorageUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (unavailableItself(current)) return true;
    current = field(current, 'cause') ?? field(current, 'originalError');
  }
  return false;
}
