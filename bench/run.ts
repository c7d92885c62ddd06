/**
 * `npm run bench`: drives the real bot through the fake gateway and fake Segmind and prints one
 * table of medians over repeated runs, each figure beside a baseline measured in the same run.
 * Writes bench/RESULTS.md. Not part of `npm test`. Loopback only; bounded in count and time.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Agent } from 'undici';
import { Ledger } from '../src/credits/ledger.ts';
import { SettingsStore } from '../src/credits/settings.ts';
import { SegmindClient } from '../src/segmind/client.ts';
import { createStorage } from '../src/storage/index.ts';
import { spawnBot } from '../test/support/botProcess.ts';
import { FakeDiscord, type InteractionHandle } from '../test/support/fakeDiscord.ts';
import { FakeSegmind } from '../test/support/fakeSegmind.ts';
import { createWorld } from '../test/support/harness.ts';
import { startRedis } from '../test/support/redis.ts';
import { TestClock } from '../test/support/testClock.ts';

const REPS = Number(process.env.BENCH_REPS ?? 3);
/** How `npm start` runs the bot: its environment settings and Node flags (package.json says it once). */
const PRODUCTION = (() => {
  const start = String(
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts?.start,
  );
  const env = Object.fromEntries(
    [...start.matchAll(/\b([A-Z_]+)=(\S+)/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
  const flags = /\bnode ((?:--\S+\s+)*)scripts\//.exec(start)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
  return { env, flags };
})();
/** Simulated time runs this much faster than real time in the polling benchmark. */
const CLOCK_FACTOR = Number(process.env.BENCH_CLOCK_FACTOR ?? 10);
const ONLY = process.env.BENCH_ONLY?.split(',');
const started = performance.now();
const rows: Array<{ what: string; clipcast: string; baseline: string; target: string; verdict: string }> = [];
const log = (line: string) => process.stderr.write(`${line}\n`);
// Bot processes run compiled JavaScript, as production does: the bot from dist/, and the bare
// baseline with its types stripped ahead of time (a type-stripped run would cost it ~15 MB).
if (spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' }).status !== 0)
  throw new Error('build failed');
const BARE_BOT = 'bench/.bareBot.mjs';
writeFileSync(BARE_BOT, stripTypeScriptTypes(readFileSync('bench/bareBot.ts', 'utf8')));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : ((s[Math.floor((s.length - 1) / 2)] as number) + (s[Math.ceil((s.length - 1) / 2)] as number)) / 2;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};
const f1 = (n: number) => n.toFixed(1);
const users = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `2000000000000${String(i).padStart(5, '0')}`,
    username: `b${i}`,
  }));

/** 200 users in one server: lift its job cap through the moderator command, as an admin would. */
async function liftServerCap(discord: FakeDiscord): Promise<void> {
  const admin = {
    id: '300000000000000001',
    username: 'admin',
    permissions: (32n | 1024n | 2048n | (1n << 31n)).toString(),
  };
  const limits = { name: 'limits', type: 1, options: [{ name: 'server_jobs', type: 4, value: 500 }] };
  await discord
    .slash('clipcast', [{ name: 'settings', type: 2, options: [limits] }], { user: admin })
    .ephemeralText(10_000);
}

// ---------------------------------------------------------------- 1. acknowledgement latency
/**
 * A burst of 200 `/video` from 200 users at a bot running as its own process (as in production),
 * so the fakes' CPU time is not charged to the bot. Returns each interaction's time to its first
 * response, as the fake Discord saw it.
 */
async function burst(script: 'clipcast' | 'bench/bareBot.ts'): Promise<number[]> {
  const discord = await FakeDiscord.start({ validate: false });
  const segmind = await FakeSegmind.start();
  segmind.renderMs = 20_000;
  const { stop } = await botProcess(discord, segmind, { MAX_RENDERING: '200' }, script);
  if (script === 'clipcast') {
    await liftServerCap(discord);
  }
  const handles = users(200).map((user) => discord.video({ prompt: 'a burst', duration: 3 }, { user }));
  const ms = (
    await Promise.all(handles.map((h) => h.callback(20_000).catch(() => ({ ms: Number.POSITIVE_INFINITY }))))
  ).map((c) => c.ms);
  await stop();
  await discord.close();
  await segmind.close();
  return ms;
}
const burstClipcast = () => burst('clipcast');
const burstBare = () => burst('bench/bareBot.ts');

async function ackLatency(): Promise<void> {
  const ours: number[][] = [];
  const bare: number[][] = [];
  for (let r = 0; r < REPS; r++) {
    bare.push(await burstBare());
    ours.push(await burstClipcast());
    log(
      `ack burst rep ${r + 1}/${REPS}: clipcast p99 ${f1(pct(ours.at(-1) as number[], 99))} ms, bare p99 ${f1(pct(bare.at(-1) as number[], 99))} ms`,
    );
  }
  for (const [label, p] of [
    ['p50', 50],
    ['p95', 95],
    ['p99', 99],
    ['max', 100],
  ] as const) {
    const a = median(ours.map((xs) => pct(xs, p)));
    const b = median(bare.map((xs) => pct(xs, p)));
    const target = p === 95 ? '≤ 1.2× bare' : '';
    rows.push({
      what: `ack latency ${label}, burst of 200 /video (ms)`,
      clipcast: f1(a),
      baseline: `${f1(b)} (bare defer-only bot)`,
      target,
      verdict:
        p === 95
          ? a <= 1.2 * b
            ? `met (${(a / b).toFixed(2)}×)`
            : `missed (${(a / b).toFixed(2)}×)`
          : `${(a / b).toFixed(2)}×`,
    });
  }
}

// ---------------------------------------------------------------- 2+3. polling, delivery, Discord calls
async function polling(): Promise<void> {
  const renders = [20, 25, 30, 35, 40, 45, 50, 55, 60].flatMap((s) => [s * 1000, s * 1000 + 2500]);
  const perRep: Array<{
    polls: number;
    naivePolls: number;
    latency: number[];
    naiveLatency: number[];
    rest: number;
    restBound: number;
    r429: number;
  }> = [];
  for (let r = 0; r < REPS; r++) {
    const world = await createWorld({
      clockFactor: CLOCK_FACTOR,
      discord: { webhookLimit: { count: 5, windowMs: 2_000 } },
    });
    const app = await world.startBot({
      MAX_RENDERING: '50',
      LOG_LEVEL: process.env.BENCH_VERBOSE ? 'debug' : 'warn',
    });
    await app.settings.update(world.discord.guild.id, { maxJobsPerGuild: 100 });
    const handles: Array<{ h: InteractionHandle; renderMs: number }> = [];
    for (const [i, renderMs] of renders.entries()) {
      world.segmind.plans.push({ renderMs });
      const user = users(40)[i] as { id: string; username: string };
      handles.push({
        h: world.discord.video({ prompt: `render ${renderMs}`, duration: 3 }, { user }),
        renderMs,
      });
      // One submit at a time keeps plan order aligned with jobs.
      await world.discord.waitFor(() => world.segmind.submissions.length === i + 1 || undefined, 20_000);
    }
    const posted = new Map<InteractionHandle, number>();
    await world.discord.waitFor(
      () => {
        for (const { h } of handles) {
          if (posted.has(h)) continue;
          const req = world.discord.requests.find((q) => q.files.length > 0 && q.path.includes(h.token));
          if (req) posted.set(h, req.at);
        }
        return posted.size === handles.length || undefined;
      },
      120_000,
      'every clip',
    );
    await app.runner.idle();
    const jobs = [...world.segmind.jobs.values()];
    const polls = jobs.map((j) => world.segmind.statusPolls(j.id));
    const latency = handles.map(({ h }) => {
      const job = jobs.find((j) => j.body.prompt === `render ${handles.find((x) => x.h === h)?.renderMs}`);
      return (
        ((posted.get(h) as number) - ((job?.submittedAt as number) + (job?.plan.renderMs as number))) / 1000
      );
    });
    const rest = handles.map(
      ({ h }) =>
        world.discord.requests.filter(
          (q) => q.path.includes(h.token) || q.path.includes(`/messages/${h.status()?.id}`),
        ).length,
    );
    const bounds = handles.map(({ renderMs }) => 5 + Math.floor(renderMs / 3000));
    const naive = await naivePolling(world.segmind, world.clock, renders);
    perRep.push({
      polls: median(polls),
      naivePolls: median(naive.polls),
      latency: latency,
      naiveLatency: naive.latency,
      rest: median(rest),
      restBound: median(bounds),
      r429: world.discord.rateLimited,
    });
    log(
      `polling rep ${r + 1}/${REPS}: ${median(polls)} polls/job (naive ${median(naive.polls)}), delivery p50 ${f1(median(latency))} s`,
    );
    if (process.env.BENCH_VERBOSE) {
      for (const [i, { renderMs, h }] of handles.entries()) {
        const job = jobs.find((j) => j.body.prompt === `render ${renderMs}`);
        log(
          `  render ${renderMs / 1000} s: ${world.segmind.statusPolls(job?.id)} polls, posted ${f1(latency[i] as number)} s after completion; submitted ${job?.submittedAt}, plan ${job?.plan.renderMs}, seen ${job?.finishedSeenAt}, posted ${posted.get(h)}, acked ${h.state.callbacks[0]?.at}`,
        );
        void h;
      }
      writeFileSync('/tmp/bench-polling.log', world.logs.join(''));
    }
    await world.close();
  }
  const polls = median(perRep.map((p) => p.polls));
  const naivePolls = median(perRep.map((p) => p.naivePolls));
  rows.push({
    what: 'Segmind status requests per job (20–60 s renders)',
    clipcast: String(polls),
    baseline: `${naivePolls} (SDK-style fixed 1 s loop)`,
    target: '≤ ½ of baseline',
    verdict:
      polls <= naivePolls / 2
        ? `met (${(polls / naivePolls).toFixed(2)}×)`
        : `missed (${(polls / naivePolls).toFixed(2)}×)`,
  });
  const p50 = median(perRep.map((p) => median(p.latency)));
  const p95 = median(perRep.map((p) => pct(p.latency, 95)));
  const n50 = median(perRep.map((p) => median(p.naiveLatency)));
  const n95 = median(perRep.map((p) => pct(p.naiveLatency, 95)));
  rows.push({
    what: 'delivery latency p50, COMPLETED → clip posted (s)',
    clipcast: f1(p50),
    baseline: `${f1(n50)} (fixed 1 s loop: COMPLETED → seen)`,
    target: '≤ 2 s',
    verdict: p50 <= 2 ? 'met' : 'missed',
  });
  rows.push({
    what: 'delivery latency p95 (s)',
    clipcast: f1(p95),
    baseline: `${f1(n95)} (fixed 1 s loop)`,
    target: '',
    verdict: '',
  });
  const rest = median(perRep.map((p) => p.rest));
  const bound = median(perRep.map((p) => p.restBound));
  rows.push({
    what: 'Discord REST calls per job',
    clipcast: String(rest),
    baseline: `${bound} (status changes + one per 3 s of render)`,
    target: '≤ baseline',
    verdict: rest <= bound ? 'met' : 'missed',
  });
  const r429 = perRep.reduce((a, p) => a + p.r429, 0);
  rows.push({
    what: 'Discord 429s (webhook limit 5 per 2 s simulated)',
    clipcast: String(r429),
    baseline: '0',
    target: '0',
    verdict: r429 === 0 ? 'met' : 'missed',
  });
}

/** The official SDK's wait: a fixed 1 s interval, no backoff, against the same fake and clock. */
async function naivePolling(
  segmind: FakeSegmind,
  clock: TestClock,
  renders: number[],
): Promise<{ polls: number[]; latency: number[] }> {
  const agent = new Agent();
  const client = new SegmindClient({
    baseUrl: segmind.url,
    apiKey: segmind.apiKey,
    model: segmind.model,
    dispatcher: agent,
    clock,
    logger: pino({ level: 'silent' }),
  });
  const results = await Promise.all(
    renders.map(async (renderMs) => {
      segmind.plans.push({ renderMs });
      const { requestId, statusUrl } = await client.submit({
        prompt: `naive ${renderMs}`,
        aspectRatio: '16:9',
        duration: 3,
        seed: 1,
        imageUrls: [],
      });
      const submittedAt = segmind.jobs.get(requestId)?.submittedAt as number;
      let polls = 0;
      for (;;) {
        await clock.sleep(1_000);
        polls++;
        if ((await client.status(statusUrl)).state !== 'pending') break;
      }
      return { polls, latency: (clock.now() - (submittedAt + renderMs)) / 1000 };
    }),
  );
  await agent.close();
  return { polls: results.map((r) => r.polls), latency: results.map((r) => r.latency) };
}

// ---------------------------------------------------------------- 4. memory of the bot process
function rssOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** The bot as production runs it (compiled, with the flags `npm start` uses), or the bare baseline. */
async function botProcess(
  discord: FakeDiscord,
  segmind: FakeSegmind,
  env: Record<string, string>,
  script: 'clipcast' | 'bench/bareBot.ts' = 'clipcast',
): Promise<{ child: ChildProcess; stop: () => Promise<void>; readyMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'clipcast-bench-'));
  const started = performance.now();
  const bot = spawnBot({
    discord,
    segmind,
    command:
      script === 'clipcast'
        ? [process.execPath, ...PRODUCTION.flags, 'scripts/launch.js', 'src/index.ts']
        : [process.execPath, BARE_BOT],
    env: {
      ...(script === 'clipcast' ? PRODUCTION.env : {}),
      STORAGE_URL: `sqlite://${join(dir, 'bench.sqlite')}`,
      TEMP_DIR: join(dir, 'tmp'),
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  await discord.waitFor(
    () => bot.output().includes('connected to Discord') || undefined,
    60_000,
    'the bot process',
  );
  const readyMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1_500));
  return {
    readyMs,
    child: bot.child,
    stop: async () => {
      await bot.stop();
    },
  };
}

async function memory200(): Promise<void> {
  const peaks: number[] = [];
  const idles: number[] = [];
  for (let r = 0; r < Math.min(REPS, 2); r++) {
    const discord = await FakeDiscord.start({ keepUploads: false, validate: false });
    const segmind = await FakeSegmind.start();
    segmind.shareOutputs = true;
    segmind.renderMs = 6_000;
    segmind.defaultPlan = { outputBytes: 8 * 1000 * 1000 };
    const { child, stop } = await botProcess(discord, segmind, {
      MAX_RENDERING: '200',
      EXPECTED_RENDER_SECONDS: '6',
    });
    const pid = child.pid as number;
    idles.push(rssOf(pid).rss);
    await liftServerCap(discord);
    const handles = users(200).map((user) =>
      discord.video({ prompt: 'memory', duration: 3 }, { user, attachmentSizeLimit: 25 * 1024 * 1024 }),
    );
    await Promise.all(handles.map((h) => h.callback(20_000)));
    let peak = 0;
    await discord.waitFor(
      () => {
        peak = Math.max(peak, rssOf(pid).rss);
        return (
          handles.every(
            (h) => (h.status()?.attachments.length ?? 0) > 0 || /Failed/.test(h.status()?.content ?? ''),
          ) || undefined
        );
      },
      300_000,
      '200 clips',
    );
    const failed = handles.filter((h) => !(h.status()?.attachments.length ?? 0)).length;
    peaks.push(Math.max(peak, rssOf(pid).hwm));
    log(
      `memory rep ${r + 1}: idle ${(idles.at(-1) as number) / 1e6} MB, peak ${(peaks.at(-1) as number) / 1e6} MB, ${failed} failed`,
    );
    await stop();
    await discord.close();
    await segmind.close();
  }
  const peak = median(peaks) / 1e6;
  rows.push({
    what: 'peak RSS, 200 concurrent jobs with 8 MB clips (MB)',
    clipcast: f1(peak),
    baseline: `${f1(median(idles) / 1e6)} (same process idle)`,
    target: '≤ 250 MB',
    verdict: peak <= 250 ? 'met' : 'missed',
  });
}

/** Idle memory after ready, and the time from process start to ready, beside a bare discord.js bot. */
async function idleAndStart(): Promise<void> {
  const measure = async (script: 'clipcast' | 'bench/bareBot.ts') => {
    const discord = await FakeDiscord.start({ validate: false });
    const segmind = await FakeSegmind.start();
    const { child, stop, readyMs } = await botProcess(discord, segmind, {}, script);
    const { rss } = rssOf(child.pid as number);
    await stop();
    await discord.close();
    await segmind.close();
    return { rss: rss / 1e6, readyMs };
  };
  const ours: Array<{ rss: number; readyMs: number }> = [];
  const bare: Array<{ rss: number; readyMs: number }> = [];
  for (let r = 0; r < REPS; r++) {
    bare.push(await measure('bench/bareBot.ts'));
    ours.push(await measure('clipcast'));
    log(
      `idle rep ${r + 1}: clipcast ${f1(ours.at(-1)?.rss ?? 0)} MB / ${f1(ours.at(-1)?.readyMs ?? 0)} ms, bare ${f1(bare.at(-1)?.rss ?? 0)} MB`,
    );
  }
  const rss = median(ours.map((o) => o.rss));
  const ready = median(ours.map((o) => o.readyMs)) / 1000;
  rows.push({
    what: 'idle RSS after ready (MB)',
    clipcast: f1(rss),
    baseline: `${f1(median(bare.map((b) => b.rss)))} (bare defer-only discord.js bot)`,
    target: '≤ 100 MB',
    verdict: rss <= 100 ? 'met' : 'missed',
  });
  rows.push({
    what: 'process start → ready, fake Discord (s)',
    clipcast: ready.toFixed(2),
    baseline: `${(median(bare.map((b) => b.readyMs)) / 1000).toFixed(2)} (bare discord.js bot)`,
    target: '≤ 0.6 s',
    verdict: ready <= 0.6 ? 'met' : 'missed',
  });
}

/** `npm ci --omit=dev` from npm's cache (no network), as a production install would be. */
function productionInstall(): void {
  const dir = mkdtempSync(join(tmpdir(), 'clipcast-bench-install-'));
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(f, join(dir, f));
  const install = spawnSync(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  );
  const size =
    install.status === 0
      ? Number(
          spawnSync('du', ['-sk', 'node_modules'], { cwd: dir, encoding: 'utf8' }).stdout.split('\t')[0],
        ) / 1024
      : Number.NaN;
  rmSync(dir, { recursive: true, force: true });
  rows.push({
    what: 'production install, npm ci --omit=dev (MB on disk)',
    clipcast: Number.isNaN(size) ? 'not measured (npm cache empty)' : f1(size),
    baseline: '68 (before: tsx, esbuild and two undici)',
    target: '≤ 55 MB',
    verdict: Number.isNaN(size) ? '' : size <= 55 ? 'met' : 'missed',
  });
}

/** Peak memory above idle of one delivery of a `mb` MB clip, in a bot process of its own. */
async function memoryDelivery(mb: number): Promise<void> {
  const deltas: number[] = [];
  for (let r = 0; r < Math.min(REPS, 3); r++) {
    const discord = await FakeDiscord.start({ keepUploads: false, validate: false });
    const segmind = await FakeSegmind.start();
    segmind.renderMs = 3_000;
    segmind.defaultPlan = { outputBytes: mb * 1000 * 1000 };
    const { child, stop } = await botProcess(discord, segmind, { EXPECTED_RENDER_SECONDS: '3' });
    const pid = child.pid as number;
    const idle = rssOf(pid).hwm;
    const h = discord.video({ prompt: `${mb} megabytes` }, { attachmentSizeLimit: 500 * 1024 * 1024 });
    await discord.waitFor(
      () => (h.status()?.attachments.length ?? 0) > 0 || undefined,
      180_000,
      `the ${mb} MB clip`,
    );
    const peak = rssOf(pid).hwm;
    deltas.push((peak - idle) / 1e6);
    log(`${mb} MB delivery rep ${r + 1}: peak − idle = ${f1((peak - idle) / 1e6)} MB`);
    await stop();
    await discord.close();
    await segmind.close();
  }
  const delta = median(deltas);
  rows.push({
    what: `peak RSS above idle while delivering one ${mb} MB clip (MB)`,
    clipcast: f1(delta),
    baseline: `${f1(2 * mb)} (2× the file: buffering it twice, as discord.js would)`,
    target: '≤ 1.2× the file',
    verdict:
      delta <= 1.2 * mb
        ? `met (${(delta / mb).toFixed(2)}× the file)`
        : `missed (${(delta / mb).toFixed(2)}×)`,
  });
}

// ---------------------------------------------------------------- 5. credit operations per second
async function creditOps(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clipcast-bench-ledger-'));
  const redis = await startRedis().catch(() => null);
  const backends: Array<[string, string]> = [['SQLite', `sqlite://${join(dir, 'ops.sqlite')}`]];
  if (redis) backends.push(['Redis', redis.url]);
  for (const [name, url] of backends) {
    const results: number[] = [];
    const raw: number[] = [];
    for (let r = 0; r < REPS; r++) {
      const storage = await createStorage(url);
      const ledger = new Ledger({
        accounts: storage.kv.accounts,
        guilds: storage.kv.guilds,
        settings: new SettingsStore(storage.kv.settings),
        clock: new TestClock(1),
      });
      const n = 1_000;
      let t = performance.now();
      await Promise.all(
        Array.from({ length: 10 }, async (_, w) => {
          for (let i = 0; i < n / 10; i++) {
            const guildId = `g${r}-${w}`;
            await ledger.admit({ guildId, userId: `u${i % 20}`, jobId: `j${i}`, duration: 3 });
            await ledger.settle(guildId, `u${i % 20}`, `j${i}`);
          }
        }),
      );
      results.push((2 * n) / ((performance.now() - t) / 1000));
      t = performance.now();
      for (let i = 0; i < n; i++) {
        await storage.kv.meta.set(`k${i % 50}`, { i });
        await storage.kv.meta.get(`k${i % 50}`);
      }
      raw.push((2 * n) / ((performance.now() - t) / 1000));
      await storage.close();
    }
    rows.push({
      what: `credit operations per second (admit + settle), ${name}`,
      clipcast: f1(median(results)),
      baseline: `${f1(median(raw))} (raw Keyv set/get per second)`,
      target: '',
      verdict: `${(median(results) / median(raw)).toFixed(2)}× raw`,
    });
  }
  await redis?.stop();
}

// ---------------------------------------------------------------- run
const want = (name: string) => !ONLY || ONLY.includes(name);
if (want('ack')) await ackLatency();
if (want('polling')) await polling();
if (want('memory')) await memoryDelivery(40);
if (want('memory')) await memoryDelivery(100);
if (want('memory')) await memory200();
if (want('credits')) await creditOps();
if (want('idle')) await idleAndStart();
if (want('install')) productionInstall();

const seconds = (performance.now() - started) / 1000;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const table = [
  '| measure | clipcast | baseline (same run) | target | verdict |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.clipcast} | ${r.baseline} | ${r.target} | ${r.verdict} |`),
].join('\n');
process.stdout.write(`\n${table}\n\nmedians of ${REPS} runs · ${machine} · ${f1(seconds)} s\n`);
const date = new Date().toISOString().slice(0, 10);
// A partial run (BENCH_ONLY) prints its rows but leaves bench/RESULTS.md alone.
if (ONLY) process.exit(0);
// Keep the hand-written notes (everything from "## Notes" on) across runs.
const resultsUrl = new URL('./RESULTS.md', import.meta.url);
let notes = '';
try {
  const previous = readFileSync(resultsUrl, 'utf8');
  const at = previous.indexOf('\n## Notes');
  if (at >= 0) notes = previous.slice(at);
} catch {
  // first run
}
writeFileSync(
  resultsUrl,
  `# Benchmark results\n\nMeasured ${date} with \`npm run bench\` on ${machine}; medians of ${REPS} runs; the whole run took ${f1(seconds)} s.\nEvery baseline was measured in the same run. These machines are noisy: read ratios, not absolute numbers.\n\n${table}\n${notes}`,
);
process.exit(0);
