import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Segmind v2 server on 127.0.0.1 implementing the contract in segmind-v2.md, faults included:
 * auth by `x-api-key` only, 406 without a JSON content type, submit → QUEUED → PROCESSING →
 * COMPLETED on its clock, FAILED via 422 or 200, late validation, expiry after one hour (404),
 * 429 without Retry-After, 402/406 credits, 405 HTML, one-off 5xx, UUID or 32-hex request ids,
 * and an output file that can stall or be cut short.
 */

export type Plan = {
  /** Answer the submit itself with this status/body instead of accepting it. */
  submitStatus?: number;
  submitBody?: unknown;
  submitHeaders?: Record<string, string>;
  /** Close the socket after reading the submit (the request may have been accepted). */
  submitHangUp?: boolean;
  /** How the render ends. */
  outcome?: 'completed' | 'failed422' | 'failed200';
  failReason?: string;
  renderMs?: number;
  /** Bytes of the output video. */
  outputBytes?: number;
  /** Serve the output with a wrong content-length and stop short. */
  cutShort?: boolean;
  /** Send half of the output, then nothing more (the connection stays open). */
  stall?: boolean;
  /** The output URL given in the result (overrides the real one). */
  outputUrl?: string;
  /** Return the result URL under `video.url` instead of `output`. */
  videoField?: boolean;
  /** The status body is not JSON / does not match the schema. */
  malformedStatus?: boolean;
};

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

interface RenderJob {
  id: string;
  submittedAt: number;
  plan: Plan;
  body: Record<string, unknown>;
  lateInvalid: string | null;
  output: Buffer | null;
  /** When the bot first learned it had finished (a COMPLETED or FAILED answer). */
  finishedSeenAt?: number;
}

export class FakeSegmind {
  readonly apiKey = `sg_${randomBytes(20).toString('hex')}`;
  readonly model = 'gemini-omni-flash';
  readonly requests: FakeRequest[] = [];
  readonly jobs = new Map<string, RenderJob>();
  /** Plans for the next submits, in order; then `defaultPlan`. */
  readonly plans: Plan[] = [];
  defaultPlan: Plan = {};
  renderMs = 40_000;
  idFormat: 'uuid' | 'hex32' = 'uuid';
  /** Serve one shared buffer per output size instead of fresh random bytes (benchmarks). */
  shareOutputs = false;
  readonly #shared = new Map<number, Buffer>();
  /** One-off faults on the next GETs: status (and body) to answer before behaving normally. */
  readonly getFaults: Array<{
    status: number;
    body?: string;
    headers?: Record<string, string>;
    path?: RegExp;
  }> = [];
  #server!: Server;
  #base = '';

  readonly #now: () => number;

  private constructor(now: () => number) {
    this.#now = now;
  }

  static async start(options: { now?: () => number } = {}): Promise<FakeSegmind> {
    const fake = new FakeSegmind(options.now ?? Date.now);
    fake.#server = createServer((req, res) => {
      fake.#handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', () => resolve()));
    fake.#base = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  get url(): string {
    return this.#base;
  }

  /** Submitted bodies, in order. */
  get submissions(): Array<Record<string, unknown>> {
    return this.requests
      .filter((r) => r.method === 'POST')
      .flatMap((r) => {
        try {
          return [JSON.parse(r.body) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  statusPolls(id?: string): number {
    return this.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/status') && (!id || r.path.includes(id)),
    ).length;
  }

  /** The most renders that were in progress at once (submitted, not yet seen finished). */
  maxConcurrent(): number {
    const events = [...this.jobs.values()].flatMap((j) => [
      { at: j.submittedAt, d: 1 },
      { at: j.finishedSeenAt ?? Number.POSITIVE_INFINITY, d: -1 },
    ]);
    events.sort((a, b) => a.at - b.at || a.d - b.d);
    let current = 0;
    let max = 0;
    for (const e of events) {
      current += e.d;
      max = Math.max(max, current);
    }
    return max;
  }

  /** The bytes a finished job serves as its video. */
  outputOf(requestId: string): Buffer | null {
    return this.jobs.get(requestId)?.output ?? null;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.#base);
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      headers: req.headers,
      body,
      at: this.#now(),
    });

    if (url.pathname.startsWith('/files/'))
      return this.#serveFile(url.pathname.slice('/files/'.length).replace(/\.mp4$/, ''), res);
    if (req.headers['x-api-key'] !== this.apiKey) return json(res, 401, { error: 'Invalid API key' });

    if (req.method === 'GET') {
      const faultIndex = this.getFaults.findIndex((f) => !f.path || f.path.test(url.pathname));
      if (faultIndex >= 0) {
        const [fault] = this.getFaults.splice(faultIndex, 1);
        if (fault) {
          res.writeHead(fault.status, {
            'content-type': fault.body?.startsWith('{') ? 'application/json' : 'text/html',
            ...fault.headers,
          });
          res.end(fault.body ?? '');
          return;
        }
      }
    }

    const submit = /^\/v2\/([^/]+)$/.exec(url.pathname);
    if (submit && submit[1] !== 'requests') {
      if (req.method !== 'POST')
        return html(res, 405, '<html><body><h1>405 Method Not Allowed</h1></body></html>');
      if (submit[1] !== this.model) return json(res, 404, { error: `Model ${submit[1]} not found` });
      if (!req.headers['content-type']?.startsWith('application/json'))
        return json(res, 406, { error: 'Invalid content type' });
      const plan = this.plans.shift() ?? this.defaultPlan;
      if (plan.submitHangUp) {
        req.socket.destroy();
        return;
      }
      if (plan.submitStatus) {
        res.writeHead(plan.submitStatus, { 'content-type': 'application/json', ...plan.submitHeaders });
        res.end(JSON.stringify(plan.submitBody ?? { error: 'error' }));
        return;
      }
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(body);
      } catch {
        return json(res, 400, { error: 'Invalid JSON' });
      }
      const id = this.idFormat === 'uuid' ? randomUUID() : randomBytes(16).toString('hex');
      this.jobs.set(id, {
        id,
        submittedAt: this.#now(),
        plan,
        body: parsed,
        lateInvalid: validate(parsed),
        output: null,
      });
      return json(res, 200, {
        request_id: id,
        status: 'QUEUED',
        poll_url: `${this.#base}/v1/requests/${id}`,
        status_url: `${this.#base}/v2/requests/${id}/status`,
        response_url: `${this.#base}/v2/requests/${id}`,
      });
    }

    const poll = /^\/v2\/requests\/([^/]+)(\/status)?$/.exec(url.pathname);
    if (poll) {
      if (req.method !== 'GET') return html(res, 405, '<html><body>405 Method Not Allowed</body></html>');
      const job = this.jobs.get(poll[1] as string);
      if (!job || this.#now() - job.submittedAt > 3_600_000)
        return json(res, 404, { error: `Request ${poll[1]} not found` });
      const elapsed = this.#now() - job.submittedAt;
      const renderMs = job.plan.renderMs ?? this.renderMs;
      if (job.plan.malformedStatus && poll[2]) return json(res, 200, { state: 'weird', progress: 'lots' });
      const failed =
        job.lateInvalid ??
        (job.plan.outcome === 'failed422' || job.plan.outcome === 'failed200'
          ? (job.plan.failReason ?? 'Generation failed')
          : null);
      if (elapsed < renderMs) {
        const status = elapsed < renderMs * 0.1 ? 'QUEUED' : 'PROCESSING';
        if (!poll[2]) return json(res, 200, { status });
        return json(res, 200, {
          status,
          request_id: job.id,
          status_url: `${this.#base}${url.pathname}`,
          response_url: `${this.#base}/v2/requests/${job.id}`,
          metrics: {},
        });
      }
      job.finishedSeenAt ??= this.#now();
      if (failed) {
        const code = job.plan.outcome === 'failed200' ? 200 : 422;
        return json(res, code, {
          status: 'FAILED',
          error: failed,
          metrics: { inference_time: renderMs / 1000 },
        });
      }
      if (poll[2])
        return json(res, 200, {
          status: 'COMPLETED',
          request_id: job.id,
          metrics: { inference_time: renderMs / 1000 },
        });
      const bytes = job.plan.outputBytes ?? 256 * 1024;
      if (this.shareOutputs && !this.#shared.has(bytes)) this.#shared.set(bytes, makeVideo(bytes));
      job.output ??= this.shareOutputs ? (this.#shared.get(bytes) as Buffer) : makeVideo(bytes);
      const output = job.plan.outputUrl ?? `${this.#base}/files/${job.id}.mp4`;
      return json(res, 200, {
        status: 'COMPLETED',
        ...(job.plan.videoField
          ? { video: { url: output, content_type: 'video/mp4', file_size: job.output.length } }
          : { output }),
        metrics: { inference_time: renderMs / 1000 },
      });
    }
    return json(res, 404, { error: 'Not found' });
  }

  #serveFile(id: string, res: ServerResponse): void {
    const job = this.jobs.get(id);
    if (!job?.output) {
      res.writeHead(404).end();
      return;
    }
    if (job.plan.stall) {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': job.output.length });
      res.write(job.output.subarray(0, Math.floor(job.output.length / 2)));
      return;
    }
    if (job.plan.cutShort) {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': job.output.length });
      res.write(job.output.subarray(0, Math.floor(job.output.length / 2)));
      res.socket?.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': job.output.length });
    res.end(job.output);
  }
}

/** Bytes that start like an MP4 (an `ftyp` box) followed by random data. */
export function makeVideo(bytes: number): Buffer {
  const buf = randomBytes(Math.max(bytes, 32));
  buf.writeUInt32BE(24, 0);
  buf.write('ftypisom', 4, 'latin1');
  return buf;
}

/** What the real service rejects later (as FAILED), not at submit time. */
function validate(body: Record<string, unknown>): string | null {
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

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html' });
  res.end(body);
}
