import { type DestinationStream, type Logger, pino } from 'pino';

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

/** Replaces every occurrence of a secret in `text` with a marker. */
export function scrub(text: string, secrets: readonly string[]): string {
  // Interaction tokens are short-lived secrets too; they appear in webhook and callback paths.
  let out = text.replace(/(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9_.-]{20,}/g, '$1[token]');
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/**
 * A destination that scrubs known secret values from each serialised line before it is written,
 * so a token inside an error message or stack still never reaches the log.
 */
export function scrubbingDestination(
  secrets: readonly string[],
  target: DestinationStream,
): DestinationStream {
  return { write: (line: string) => target.write(scrub(line, secrets)) };
}

export function createLogger(options: {
  level: string;
  secrets: readonly string[];
  destination?: DestinationStream;
}): Logger {
  const target = options.destination ?? pino.destination({ dest: 1, sync: false });
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    scrubbingDestination(options.secrets, target),
  );
}
