/** Every way a Segmind call can go wrong, as the rest of the bot needs to tell them apart. */
export type SegmindErrorKind =
  | 'auth' // 401: the API key is wrong or missing
  | 'forbidden' // 403: the key may not use this model
  | 'credits' // 402, or 406 whose message mentions credits: the operator's account is out of credits
  | 'content_type' // 406 about the content type: a bug on our side
  | 'configuration' // any other 406 (spend limit, parameter refused up front): the operator's to fix
  | 'not_found' // 404 on submit not naming the model, or on the balance: the API URL is wrong
  | 'model_unavailable' // 410, or 404 on submit naming the model: retired or unknown (change SEGMIND_MODEL)
  | 'expired' // 404 on a request: its record is gone (one hour after submit)
  | 'method' // 405 (an HTML page)
  | 'failed' // 422 / FAILED: the render failed (content blocks included)
  | 'rate_limited' // 429
  | 'server' // 5xx
  | 'network' // no usable HTTP response
  | 'timeout' // no answer in time
  | 'malformed' // a body without what we cannot do without (an id, a status, an output URL)
  | 'origin' // a URL in a response that points somewhere it must not
  | 'download' // the video download failed, was cut short, or is not a video
  | 'unexpected'; // any other status

export type SegmindOp = 'submit' | 'status' | 'result' | 'balance';

/** Problems that are the operator's to fix, not the user's: health shows them and moderators are told. */
const CONFIGURATION_KINDS: ReadonlySet<SegmindErrorKind> = new Set([
  'auth',
  'forbidden',
  'credits',
  'content_type',
  'configuration',
  'not_found',
  'model_unavailable',
  'method',
]);

const TRANSIENT_KINDS: ReadonlySet<SegmindErrorKind> = new Set([
  'rate_limited',
  'server',
  'network',
  'timeout',
  'malformed',
]);

export class SegmindError extends Error {
  override readonly name = 'SegmindError';
  readonly kind: SegmindErrorKind;
  readonly status: number | undefined;
  /** For a submit: whether Segmind may have accepted (and will bill) the request despite the error. */
  readonly mightHaveBeenAccepted: boolean;
  /** When a 429 said the limit resets (epoch ms), if it said so in a form we understood. */
  readonly resetAt: number | undefined;
  /** The reason Segmind gave (a FAILED render's reason, or an error body's message), at most 500 characters. */
  readonly reason: string | undefined;
  /** Set where the kind alone does not tell (a `download` error: a 502 is worth repeating, a 413-sized file is not). */
  readonly #transient: boolean | undefined;

  constructor(
    kind: SegmindErrorKind,
    message: string,
    options: {
      status?: number | undefined;
      mightHaveBeenAccepted?: boolean;
      resetAt?: number | undefined;
      reason?: string | undefined;
      transient?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.mightHaveBeenAccepted = options.mightHaveBeenAccepted ?? false;
    this.resetAt = options.resetAt;
    this.reason = options.reason;
    this.#transient = options.transient;
  }

  /** Whether repeating a GET may succeed. */
  get transient(): boolean {
    return this.#transient ?? TRANSIENT_KINDS.has(this.kind);
  }

  get isConfiguration(): boolean {
    return CONFIGURATION_KINDS.has(this.kind);
  }
}

/**
 * The error for a non-success HTTP answer. `message` is the body's error text (possibly empty);
 * segmind-v2.md ("Expiry and errors") is why several statuses depend on it: Segmind documents
 * out-of-credits as 406 but answers 402 on v2, and uses 406 for unrelated refusals too.
 */
export function errorForStatus(
  op: SegmindOp,
  status: number,
  message: string,
  model: string,
  resetAt?: number,
): SegmindError {
  const opts = { status, reason: message || undefined };
  if (status === 401) return new SegmindError('auth', 'Segmind rejected the API key (401)', opts);
  if (status === 402) return new SegmindError('credits', 'the Segmind account is out of credits (402)', opts);
  if (status === 403) return new SegmindError('forbidden', 'the API key may not use this model (403)', opts);
  if (status === 404) {
    if (op === 'status' || op === 'result')
      return new SegmindError('expired', 'the request has expired at Segmind (404)', opts);
    if (op === 'submit' && namesModel(message, model))
      return new SegmindError('model_unavailable', 'Segmind does not know this model (404)', opts);
    return new SegmindError('not_found', 'Segmind has no such endpoint; check SEGMIND_API_URL (404)', opts);
  }
  if (status === 405) return new SegmindError('method', 'Segmind refused the method (405)', opts);
  if (status === 406) {
    // "Out of credits" only when the message says so; a content type complaint is our own bug.
    if (/credit/i.test(message))
      return new SegmindError('credits', 'the Segmind account is out of credits (406)', opts);
    if (/content[\s_-]?type/i.test(message))
      return new SegmindError('content_type', 'Segmind refused the content type (406)', opts);
    return new SegmindError('configuration', 'Segmind refused the request (406)', opts);
  }
  if (status === 410) return new SegmindError('model_unavailable', 'the model has been retired (410)', opts);
  if (status === 422) return new SegmindError('failed', 'render failed', opts);
  if (status === 429)
    return new SegmindError('rate_limited', 'Segmind rate limit reached (429)', { ...opts, resetAt });
  if (status >= 500) return new SegmindError('server', `Segmind server error (${status})`, opts);
  return new SegmindError('unexpected', `Segmind answered ${status}`, opts);
}

function namesModel(message: string, model: string): boolean {
  const text = message.toLowerCase();
  return /\bmodels?\b/.test(text) || (model !== '' && text.includes(model.toLowerCase()));
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** The `code` of an error (or of one of its causes), e.g. `ECONNREFUSED`. */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') codes.push(current.code);
    current = 'cause' in current ? current.cause : undefined;
  }
  return codes;
}

/** True when a network error happened before any byte of the request could have reached the server. */
export function failedBeforeSending(error: unknown): boolean {
  return errorCodes(error).some((code) => NOT_SENT_CODES.has(code));
}

/** What kind of reason a FAILED render gave, for the advice the user gets. */
export type FailureCategory = 'safety' | 'reference_video' | 'reference_image' | 'input' | 'other';

/*
 * Keywords, never exact strings: Segmind has no authoritative wording for a safety (RAI) block
 * (segmind-v2.md, "Why a prompt is rejected"). Checked in this order, so a safety block that names
 * an image is still a safety block. "content" counts unless it is a content type/length.
 */
const SAFETY =
  /safety|\bunsafe\b|block|polic(y|ies)|\bRAI\b|responsible ai|content(?![\s_-]?(type|length|encoding))|moderat|nsfw|inappropriate|prohibit|violat|sensitive|\bharm|guideline|filtered/i;
/** The reference video (`video` in the request), as opposed to the video being generated. */
const VIDEO_INPUT =
  /\b(reference|input|source|uploaded|provided)[\s_-]+video\b|\bvideo[\s_-]*(url|uri|link|file|input)s?\b/i;
const VIDEO_OUTPUT =
  /\b(generat\w*|render\w*|output|creat\w*|produc\w*)\s+(the\s+|a\s+|your\s+)?video\b|\bvideo[\s_-]+(generation|output|rendering|creation)\b/i;
const IMAGE = /\bimages?\b|image_urls?|\bur[li]s?\b|download|fetch|\bframe\b/i;
const INPUT =
  /prompt|invalid|parameter|validat|aspect[\s_-]?ratio|duration|\bseed\b|required|missing|must be|too long/i;

export function classifyFailure(reason: string | undefined): FailureCategory {
  const text = (reason ?? '').trim();
  if (!text) return 'other';
  if (SAFETY.test(text)) return 'safety';
  if (VIDEO_INPUT.test(text) || (/\bvideo\b/i.test(text) && !VIDEO_OUTPUT.test(text)))
    return 'reference_video';
  if (IMAGE.test(text)) return 'reference_image';
  if (INPUT.test(text)) return 'input';
  return 'other';
}
