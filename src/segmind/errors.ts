/** Every way a Segmind call can go wrong, as the rest of the bot needs to tell them apart. */
export type SegmindErrorKind =
  | 'auth' // 401: the API key is wrong or missing
  | 'forbidden' // 403: the key may not use this model
  | 'credits' // 402, or 406 mentioning credits: the operator's Segmind account is out of credits
  | 'content_type' // 406 about the content type: a bug on our side
  | 'not_found' // 404 on submit: unknown model
  | 'expired' // 404 on a request: its record is gone (one hour after submit)
  | 'method' // 405 (an HTML page)
  | 'gone' // 410: the model is retired
  | 'failed' // 422 / FAILED: the render failed (content blocks included)
  | 'rate_limited' // 429
  | 'server' // 5xx
  | 'network' // no usable HTTP response
  | 'timeout' // no answer in time
  | 'malformed' // a body that is not what the contract says
  | 'origin' // a URL in a response that points somewhere it must not
  | 'download' // the video download failed or was cut short
  | 'unexpected'; // any other status

/** Problems that are the operator's to fix, not the user's: health shows them and moderators are told. */
export const CONFIGURATION_KINDS: ReadonlySet<SegmindErrorKind> = new Set([
  'auth',
  'forbidden',
  'credits',
  'content_type',
  'not_found',
  'gone',
  'method',
]);

export class SegmindError extends Error {
  override readonly name = 'SegmindError';
  readonly kind: SegmindErrorKind;
  readonly status: number | undefined;
  /** For a submit: whether Segmind may have accepted (and will bill) the request despite the error. */
  readonly mightHaveBeenAccepted: boolean;
  /** When a 429 said the limit resets (epoch ms), if it said so in a form we understood. */
  readonly resetAt: number | undefined;
  /** The reason Segmind gave, for FAILED renders (shown to users after classification). */
  readonly reason: string | undefined;

  constructor(
    kind: SegmindErrorKind,
    message: string,
    options: {
      status?: number | undefined;
      mightHaveBeenAccepted?: boolean;
      resetAt?: number | undefined;
      reason?: string | undefined;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.mightHaveBeenAccepted = options.mightHaveBeenAccepted ?? false;
    this.resetAt = options.resetAt;
    this.reason = options.reason;
  }

  /** Whether repeating a GET may succeed. */
  get transient(): boolean {
    return ['rate_limited', 'server', 'network', 'timeout', 'malformed'].includes(this.kind);
  }

  get isConfiguration(): boolean {
    return CONFIGURATION_KINDS.has(this.kind);
  }
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** True when a network error happened before any byte of the request could have reached the server. */
export function failedBeforeSending(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Segmind's FAILED reasons in words a user understands; a content block reads as one. */
export function describeFailure(reason: string | undefined): { blocked: boolean; text: string } {
  const raw = (reason ?? '').trim();
  if (/safety|block|policy|moderat|nsfw|inappropriate|prohibited|violat|sensitive|harm/i.test(raw)) {
    return {
      blocked: true,
      text: 'The request was blocked by the provider’s content filter. Try rewording the prompt or using other references.',
    };
  }
  if (/image|url|download|fetch|reference/i.test(raw)) {
    return {
      blocked: false,
      text: 'The provider could not use one of the reference files. Check that the images and video are still available.',
    };
  }
  if (/prompt|invalid|validation|parameter/i.test(raw)) {
    return {
      blocked: false,
      text: 'The provider rejected the request’s settings. Try a different prompt or settings.',
    };
  }
  return { blocked: false, text: 'The provider could not render this video.' };
}
