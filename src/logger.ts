import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';
import type PinoPretty from 'pino-pretty';

export type { Logger } from 'pino';

/** Field paths whose values are secrets wherever they appear in a log object. */
const REDACT_PATHS = [
  'token',
  '*.token',
  'interactionToken',
  '*.interactionToken',
  'apiKey',
  '*.apiKey',
  'headers.authorization',
  'headers["x-api-key"]',
  '*.headers.authorization',
  '*.headers["x-api-key"]',
];

// Interaction tokens are short-lived secrets too. They show up in webhook and callback paths, and
// in text the redaction paths cannot see: an error message quoting a request body
// (`"token":"…"`, JSON-escaped again inside a log line) or a query string (`token=…`).
const TOKEN_IN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9_.-]{20,}/g;
/** A field or key ending in "token", then a quoted value: `"token":"…"`, `\"interactionToken\": \"…\"`, `token='…'`. */
const QUOTED_TOKEN_FIELD = /(\b[A-Za-z_]*token\\*["']?\s*[:=]\s*\\*["'])[^"'\\\s[][^"'\\\s]*/gi;
/** The same key with a bare value: only a long token-like run, so prose such as "token: expired" is left alone. */
const BARE_TOKEN_FIELD = /(\b[A-Za-z_]*token\s*[:=]\s*)[A-Za-z0-9_.-]{60,}/gi;

/**
 * An interaction token on its own, in any text: Discord's tokens are base64url of
 * `interaction:<id>:<random>`, so they all begin with the encoding of `interaction:`.
 */
const BARE_INTERACTION_TOKEN = /\baW50ZXJhY3Rpb246[A-Za-z0-9_.-]{20,}/g;

/** Replaces every occurrence of a secret, and anything shaped like an interaction token, in `text`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
    .replace(TOKEN_IN_PATH, '$1[token]')
    .replace(QUOTED_TOKEN_FIELD, '$1[token]')
    .replace(BARE_TOKEN_FIELD, '$1[token]')
    .replace(BARE_INTERACTION_TOKEN, '[token]');
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/** Credentials a third party may echo back (`Authorization: Bearer …`, `x-api-key: …`). */
const CREDENTIAL_HEADER =
  /\b(authorization|x-api-key)(\\*["']?\s*[:=]\s*\\*["']?)(?:(Bot|Bearer|Basic)\s+)?[^\s"'\\,;]+/gi;

/**
 * {@link scrub} for text shown in public (a provider's error message quoted to members): also
 * removes credential header values, which the operator's own logs may keep as `[redacted]` paths.
 */
export function scrubPublic(text: string, secrets: readonly string[]): string {
  return scrub(text, secrets).replace(
    CREDENTIAL_HEADER,
    (_match, name: string, sep: string, scheme?: string) =>
      scheme ? `${name}${sep}${scheme} [redacted]` : `${name}${sep}[redacted]`,
  );
}

/**
 * A destination that scrubs known secret values from each serialised line before it is written,
 * so a token inside an error message or stack still never reaches the log.
 */
function scrubbingDestination(secrets: readonly string[], target: DestinationStream): DestinationStream {
  return { write: (line: string) => target.write(scrub(line, secrets)) };
}

/**
 * Human-readable lines (level, local time, message, then fields) for a terminal. It runs in this
 * process on the already-scrubbed JSON line (no worker transport), and scrubs again what it prints.
 */
function prettyDestination(
  secrets: readonly string[],
  target: { write(text: string): unknown },
  options: { colorize?: boolean } = {},
): DestinationStream {
  // Loaded only for a terminal: JSON logging (services, containers) never pays for it.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  const prettify = prettyFactory({
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,banner',
    singleLine: false,
    ...(options.colorize !== undefined ? { colorize: options.colorize } : {}),
  });
  return { write: (line: string) => target.write(scrub(prettify(scrub(line, secrets)), secrets)) };
}

/** Pretty logs for a person at a terminal, JSON lines for everything else (files, pipes, collectors). */
export function wantsPrettyLogs(stdout: { isTTY?: boolean } = process.stdout): boolean {
  return stdout.isTTY === true;
}

export function createLogger(options: {
  level: string;
  secrets: readonly string[];
  destination?: DestinationStream;
  /** Default: when no destination is given, pretty exactly when stdout is a terminal. */
  pretty?: boolean;
  colorize?: boolean;
}): Logger {
  const pretty = options.pretty ?? (!options.destination && wantsPrettyLogs());
  const destination = pretty
    ? prettyDestination(options.secrets, options.destination ?? process.stdout, {
        ...(options.colorize !== undefined ? { colorize: options.colorize } : {}),
      })
    : scrubbingDestination(
        options.secrets,
        options.destination ?? pino.destination({ dest: 1, sync: false }),
      );
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    destination,
  );
}
