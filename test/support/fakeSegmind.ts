import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyText, type FixtureName, fixture, type Vars } from './segmind-fixtures/load.ts';
import {
  type GetFault,
  makeFile,
  makeVideo,
  type Plan,
  serveFile,
  serveFileFault,
  validate,
} from './segmind-fixtures/render.ts';

export type { GetFault, Plan };
export { makeVideo };

/**
 * A fake Segmind v2 server on 127.0.0.1 that answers with Segmind's *documented* bodies, loaded from
 * `segmind-fixtures/` (string `file_size` and `seed` included), faults included: auth by `x-api-key`
 * only, 406 without a JSON content type, submit → QUEUED → PROCESSING → COMPLETED on its clock,
 * FAILED via 422 or 200, late validation, expiry after one hour (404), 429 without Retry-After,
 * 402/406 credits, 405 HTML, one-off 5xx, UUID or 32-hex request ids, an account balance, and an
 * output file that can stall, be cut short or not be a video at all.
 */

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
  seed: number;
  resultGets: number;
  /** Downloads of the output file asked for. */
  fileGets: number;
  billed: boolean;
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
  /** One-off faults on the next GETs: status (and body), or a documented response, before behaving normally. */
  readonly getFaults: GetFault[] = [];
  /**
   * The account behind `/v1/get-user-credits` (each delivered render costs $0.10 a second of video);
   * undefined serves the documented example body as it is.
   */
  balance: { credits: unknown; freeCredits: unknown } | undefined = { credits: 100, freeCredits: 0 };
  /** Answer `/v1/get-user-credits` with this documented response instead (e.g. `error-401-bad-key`). */
  balanceFixture: FixtureName | undefined;
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
    const address = fake.#server.address();
    if (!address || typeof address === 'string') throw new Error('fake Segmind did not get a port');
    fake.#base = `http://127.0.0.1:${(address satisfies AddressInfo).port}`;
    return fake;
  }

  get url(): string {
    return this.#base;
  }

  /** Back to a fresh fake's behaviour between tests (jobs already made are kept, requests are not). */
  reset(renderMs = 40_000): void {
    this.renderMs = renderMs;
    this.plans.length = 0;
    this.getFaults.length = 0;
    this.requests.length = 0;
    this.defaultPlan = {};
    this.idFormat = 'uuid';
    this.balance = { credits: 100, freeCredits: 0 };
    this.balanceFixture = undefined;
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

  /** GETs of the result (`/v2/requests/{id}`, not `/status`). */
  resultGets(id?: string): number {
    return this.requests.filter(
      (r) => r.method === 'GET' && /^\/v2\/requests\/[^/]+$/.test(r.path) && (!id || r.path.includes(id)),
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

  /** Downloads of a job's output file (failed ones included). */
  fileGets(requestId: string): number {
    return this.jobs.get(requestId)?.fileGets ?? 0;
  }

  /** The bytes a finished job serves as its video. */
  outputOf(requestId: string): Buffer | null {
    return this.jobs.get(requestId)?.output ?? null;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #vars(extra: Vars = {}): Vars {
    // The reset header's format is undocumented (segmind-v2.md); ISO is one of the plausible ones.
    return {
      base: this.#base,
      model: this.model,
      reset_at: new Date(Date.now() + 2_000).toISOString(),
      ...extra,
    };
  }

  #send(res: ServerResponse, name: FixtureName, vars: Vars = {}, edit?: (body: unknown) => unknown): void {
    const f = fixture(name, this.#vars(vars));
    res.writeHead(f.status, f.headers);
    res.end(bodyText(edit ? edit(f.body) : f.body));
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
      return this.#serveFile(url.pathname.slice('/files/'.length).replace(/\.\w+$/, ''), res);
    if (req.headers['x-api-key'] !== this.apiKey) return this.#send(res, 'error-401-bad-key');
    if (req.method === 'GET' && this.#fault(url.pathname, res)) return;

    if (url.pathname === '/v1/get-user-credits') {
      if (req.method !== 'GET') return this.#send(res, 'error-405-html');
      if (this.balanceFixture) return this.#send(res, this.balanceFixture);
      const balance = this.balance;
      return this.#send(res, 'balance-200', {}, (b) =>
        balance ? { ...objectOf(b), credits: balance.credits, 'free-credits': balance.freeCredits } : b,
      );
    }
    const submit = /^\/v2\/([^/]+)$/.exec(url.pathname);
    if (submit?.[1] !== undefined && submit[1] !== 'requests') return this.#submit(req, res, submit[1], body);
    const poll = /^\/v2\/requests\/([^/]+)(\/status)?$/.exec(url.pathname);
    if (poll?.[1] !== undefined) {
      if (req.method !== 'GET') return this.#send(res, 'error-405-html');
      return this.#poll(res, poll[1], poll[2] !== undefined);
    }
    return this.#send(res, 'error-404-route');
  }

  #fault(path: string, res: ServerResponse): boolean {
    const index = this.getFaults.findIndex((f) => !f.path || f.path.test(path));
    const fault = index >= 0 ? this.getFaults.splice(index, 1)[0] : undefined;
    if (!fault) return false;
    if ('fixture' in fault) {
      this.#send(res, fault.fixture, fault.vars);
      return true;
    }
    res.writeHead(fault.status, {
      'content-type': fault.body?.startsWith('{') ? 'application/json' : 'text/html',
      ...fault.headers,
    });
    res.end(fault.body ?? '');
    return true;
  }

  #submit(req: IncomingMessage, res: ServerResponse, model: string, body: string): void {
    if (req.method !== 'POST') return this.#send(res, 'error-405-html');
    if (model !== this.model) return this.#send(res, 'submit-404-model', { model });
    if (!req.headers['content-type']?.startsWith('application/json'))
      return this.#send(res, 'submit-406-content-type');
    const plan = this.plans.shift() ?? this.defaultPlan;
    if (plan.submitHangUp) {
      req.socket.destroy();
      return;
    }
    if (plan.submitFixture) return this.#send(res, plan.submitFixture);
    if (plan.submitStatus) {
      res.writeHead(plan.submitStatus, { 'content-type': 'application/json', ...plan.submitHeaders });
      res.end(JSON.stringify(plan.submitBody ?? { error: 'error' }));
      return;
    }
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(body);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"Invalid JSON"}');
      return;
    }
    const id = this.idFormat === 'uuid' ? randomUUID() : randomBytes(16).toString('hex');
    const seed = Number(parsed.seed);
    this.jobs.set(id, {
      id,
      submittedAt: this.#now(),
      plan,
      body: parsed,
      lateInvalid: validate(parsed),
      output: null,
      seed: Number.isInteger(seed) && seed >= 0 ? seed : Math.floor(Math.random() * 1e9),
      resultGets: 0,
      fileGets: 0,
      billed: false,
    });
    this.#send(res, this.idFormat === 'uuid' ? 'submit-200-uuid' : 'submit-200-hex32', { request_id: id });
  }

  #poll(res: ServerResponse, id: string, isStatus: boolean): void {
    const job = this.jobs.get(id);
    if (!job || this.#now() - job.submittedAt > 3_600_000)
      return this.#send(res, 'request-404-expired', { request_id: id });
    const { plan } = job;
    const elapsed = this.#now() - job.submittedAt;
    const renderMs = plan.renderMs ?? this.renderMs;
    if (!isStatus && job.resultGets++ < (plan.resultFailures ?? 0)) return this.#resultFault(res, job);
    if (plan.malformedStatus && isStatus) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"state":"weird","progress":"lots"}');
      return;
    }
    const vars: Vars = { request_id: id, inference_time: renderMs / 1000, total_time: elapsed / 1000 };
    if (elapsed < renderMs)
      return this.#send(res, elapsed < renderMs * 0.1 ? 'status-200-queued' : 'status-200-processing', vars);
    job.finishedSeenAt ??= this.#now();
    const failed =
      job.lateInvalid ??
      (plan.outcome === 'failed422' || plan.outcome === 'failed200'
        ? (plan.failReason ?? 'Generation failed')
        : null);
    if (failed) {
      const name =
        plan.outcome === 'failed200'
          ? 'status-200-failed'
          : isStatus
            ? 'status-422-failed'
            : 'result-422-failed';
      return this.#send(res, name, { ...vars, error: failed });
    }
    if (isStatus) return this.#send(res, 'status-200-completed', vars);
    this.#sendResult(res, job, vars);
  }

  #sendResult(res: ServerResponse, job: RenderJob, vars: Vars, edit?: (body: unknown) => unknown): void {
    const output = this.#outputFor(job);
    const duration = Number(job.body.duration ?? 5);
    const cost = job.plan.cost ?? Math.round(0.1 * (Number.isFinite(duration) ? duration : 5) * 100) / 100;
    if (!job.billed && this.balance && typeof this.balance.credits === 'number') {
      job.billed = true;
      this.balance.credits = Math.max(0, Math.round((this.balance.credits - cost) * 10_000) / 10_000);
    }
    const credits = Number(this.balance?.credits ?? 0) + Number(this.balance?.freeCredits ?? 0);
    const ext = job.plan.outputFormat === 'webm' ? 'webm' : 'mp4';
    const all: Vars = {
      ...vars,
      output_url: job.plan.outputUrl ?? `${this.#base}/files/${job.id}.${ext}`,
      file_size: String(output.length),
      seed: String(job.seed),
      cost,
      remaining_credits: Number.isFinite(credits) ? credits : 0.0184,
    };
    this.#send(res, 'result-200-completed', all, (body) => {
      let shaped = job.plan.videoField ? withoutKey(body, 'output') : body;
      if (job.plan.cost === null) {
        const metrics = objectOf(objectOf(shaped).metrics);
        shaped = { ...objectOf(shaped), metrics: withoutKey(metrics, 'cost') };
      }
      return edit ? edit(shaped) : shaped;
    });
  }

  #resultFault(res: ServerResponse, job: RenderJob): void {
    const kind = job.plan.resultFailure ?? 'server_error';
    if (kind === 'server_error') {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
    } else if (kind === 'not_json') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Please wait…</body></html>');
    } else if (kind === 'truncated') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"status":"COMPLETED","output":"https://ima');
    } else {
      this.#sendResult(res, job, { request_id: job.id }, (body) =>
        withoutKey(withoutKey(body, 'output'), 'video'),
      );
    }
  }

  #outputFor(job: RenderJob): Buffer {
    if (job.output) return job.output;
    const bytes = job.plan.outputBytes ?? 256 * 1024;
    const format = job.plan.outputFormat ?? 'mp4';
    if (format !== 'mp4') job.output = makeFile(format, bytes);
    else if (!this.shareOutputs) job.output = makeVideo(bytes);
    else {
      const shared = this.#shared.get(bytes) ?? makeVideo(bytes);
      this.#shared.set(bytes, shared);
      job.output = shared;
    }
    return job.output;
  }

  #serveFile(id: string, res: ServerResponse): void {
    const job = this.jobs.get(id);
    if (!job?.output) {
      res.writeHead(404).end();
      return;
    }
    if (job.fileGets++ < (job.plan.downloadFailures ?? 0)) return serveFileFault(res, job.plan, job.output);
    serveFile(res, job.plan, job.output);
  }
}

function objectOf(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...body } : {};
}

function withoutKey(body: unknown, key: string): unknown {
  const { [key]: _dropped, ...rest } = objectOf(body);
  return rest;
}
