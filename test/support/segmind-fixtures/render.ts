import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { FixtureName, Vars } from './load.ts';

/** What a test can ask the fake Segmind for, what it renders, and what it rejects late as the real service does. */

export type Plan = {
  /** Answer the submit itself with this status/body instead of accepting it. */
  submitStatus?: number;
  submitBody?: unknown;
  submitHeaders?: Record<string, string>;
  /** Answer the submit with this documented response (e.g. `submit-410-retired`) instead of accepting it. */
  submitFixture?: FixtureName;
  /** Close the socket after reading the submit (the request may have been accepted). */
  submitHangUp?: boolean;
  /** How the render ends. */
  outcome?: 'completed' | 'failed422' | 'failed200';
  failReason?: string;
  renderMs?: number;
  /** The first N result GETs (`/v2/requests/{id}`) of this job answer `resultFailure` instead. */
  resultFailures?: number;
  /** 502 HTML (default), a 200 that is not JSON, a 200 cut off mid-JSON, or a result without any URL. */
  resultFailure?: 'server_error' | 'not_json' | 'truncated' | 'no_output';
  /** Bytes of the output video. */
  outputBytes?: number;
  /** What the output file really is: an MP4 (default), a WebM, an HTML page, or random bytes. */
  outputFormat?: 'mp4' | 'webm' | 'html' | 'garbage';
  /** The output's content-type header (null: none); by default the one matching `outputFormat`, garbage as video/mp4. */
  outputContentType?: string | null;
  /** Serve the output with a wrong content-length and stop short. */
  cutShort?: boolean;
  /** The first N downloads of the output file fail with `downloadFailure`, then it is served as usual. */
  downloadFailures?: number;
  /** 502 HTML (default), 429, a body cut short, or the connection dropped before any answer. */
  downloadFailure?: 'server_error' | 'rate_limited' | 'cut_short' | 'reset';
  /** Send half of the output, then nothing more (the connection stays open). */
  stall?: boolean;
  /** The output URL given in the result (overrides the real one). */
  outputUrl?: string;
  /** Return the result URL under `video.url` only (no `output`). */
  videoField?: boolean;
  /** The status body is not JSON / does not match the schema. */
  malformedStatus?: boolean;
  /** `metrics.cost` of the result, USD (default $0.10 a second of video); null leaves the field out. */
  cost?: number | null;
};

export type GetFault = { path?: RegExp } & (
  | { status: number; body?: string; headers?: Record<string, string> }
  | { fixture: FixtureName; vars?: Vars }
);

const CONTENT_TYPES = {
  mp4: 'video/mp4',
  webm: 'video/webm',
  html: 'text/html',
  garbage: 'video/mp4',
};

/** Bytes that start like an MP4 (an `ftyp` box) followed by random data. */
export function makeVideo(bytes: number): Buffer {
  const buf = randomBytes(Math.max(bytes, 32));
  buf.writeUInt32BE(24, 0);
  buf.write('ftypisom', 4, 'latin1');
  return buf;
}

export function makeFile(format: 'webm' | 'html' | 'garbage', bytes: number): Buffer {
  const buf = randomBytes(Math.max(bytes, 32));
  // A WebM's EBML header (DocType "webm"), as libvpx writes it.
  if (format === 'webm')
    Buffer.from(
      '1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878102428581021853806701',
      'hex',
    ).copy(buf);
  else if (format === 'html') buf.fill(' ').write('<!doctype html><html><body>Not a video</body></html>');
  else buf.write('GARBAGE!', 0, 'latin1');
  return buf;
}

/** What the real service rejects later (as FAILED), not at submit time. */
export function validate(body: Record<string, unknown>): string | null {
  if (typeof body.prompt !== 'string' || !body.prompt.trim()) return 'prompt is required';
  if (body.aspect_ratio !== undefined && !['16:9', '9:16'].includes(String(body.aspect_ratio)))
    return 'invalid aspect_ratio';
  if (body.duration !== undefined && ![3, 5, 10].includes(Number(body.duration))) return 'invalid duration';
  const seed = Number(body.seed ?? -1);
  if (!Number.isInteger(seed) || seed < -1 || seed > 999_999_999) return 'invalid seed';
  if (body.image_urls !== undefined && (!Array.isArray(body.image_urls) || body.image_urls.length > 14))
    return 'too many images';
  return null;
}

/** A failed download of the output file, as `Plan.downloadFailure` says. */
export function serveFileFault(res: ServerResponse, plan: Plan, output: Buffer): void {
  const kind = plan.downloadFailure ?? 'server_error';
  if (kind === 'server_error')
    res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
  else if (kind === 'rate_limited') res.writeHead(429, { 'content-type': 'text/plain' }).end('Slow down');
  else if (kind === 'cut_short') serveFile(res, { ...plan, cutShort: true }, output);
  else res.socket?.destroy();
}

/** Serves a rendered file as the plan says: its content type, whole, stalled or cut short. */
export function serveFile(res: ServerResponse, plan: Plan, output: Buffer): void {
  const type =
    plan.outputContentType === undefined ? CONTENT_TYPES[plan.outputFormat ?? 'mp4'] : plan.outputContentType;
  res.writeHead(200, {
    ...(type === null ? {} : { 'content-type': type }),
    'content-length': output.length,
  });
  if (plan.stall || plan.cutShort) {
    res.write(output.subarray(0, Math.floor(output.length / 2)));
    if (plan.cutShort) res.socket?.destroy();
    return;
  }
  res.end(output);
}
