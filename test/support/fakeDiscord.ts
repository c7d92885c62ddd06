import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type ModalField, type ModalNode, submittedField } from './fakeModal.ts';
import { OpenApiValidator } from './openapi.ts';

/**
 * A fake Discord for the real discord.js Client: REST v10 plus a gateway on 127.0.0.1.
 * Records every request, checks each body against Discord's OpenAPI spec (a violation is kept in
 * `violations` and answered 400 like Discord would), keeps messages with their uploaded files,
 * and can inject faults. Interactions are dispatched over the gateway to the shard that owns the
 * guild, `(guild_id >> 22) % shard_count`, as Discord does.
 */

let validator: OpenApiValidator | undefined;
const spec = () => {
  validator ??= new OpenApiValidator();
  return validator;
};

let snowflakeSeq = 0n;
export function snowflake(): string {
  const ms = BigInt(Date.now() - 1420070400000);
  snowflakeSeq = (snowflakeSeq + 1n) % 4096n;
  return ((ms << 22n) | (BigInt(Math.floor(Math.random() * 1024)) << 12n) | snowflakeSeq).toString();
}

/** View Channel, Send Messages, Embed Links, Attach Files, Read History, Use App Commands. */
export const BOT_PERMISSIONS = (
  1024n |
  2048n |
  16384n |
  32768n |
  65536n |
  (1n << 31n) |
  (1n << 38n)
).toString();
export const MEMBER_PERMISSIONS = (1024n | 2048n | 65536n | (1n << 31n)).toString();

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: unknown;
  files: Array<{ field: string; filename: string; data: Buffer; contentType: string; size: number }>;
  at: number;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
  data: Buffer;
  /** Files members posted: the URL is signed afresh, valid `ttlMs`, each time the message is read. */
  signed?: { path: string; ttlMs: number };
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: FakeAttachment[];
  flags: number;
  allowed_mentions: unknown;
  message_reference?: unknown;
  webhook_id?: string;
  interactionId?: string;
  /** A member's message (posted with `postMessage`); the bot's messages have none. */
  author?: FakeUser;
  edits: number;
  deleted: boolean;
}

interface InteractionState {
  id: string;
  token: string;
  guildId: string;
  channelId: string;
  createdAt: number;
  createdReal: number;
  callbacks: Array<{ type: number; body: unknown; at: number; ms: number }>;
  originalMessageId: string | null;
  ephemeral: boolean;
  modal: unknown;
  /** The message a component interaction came from (an update edits it). */
  sourceMessageId: string | null;
}

/** An interaction's languages: the member's client (`locale`) and the server's (`guild_locale`). */
export interface FakeLocales {
  locale?: string;
  /** Defaults to the guild's `preferredLocale`, as Discord sends it. */
  guildLocale?: string;
}

export type FakeGuild = {
  id: string;
  name: string;
  channelId: string;
  logChannelId: string;
  preferredLocale: string;
};

export interface FakeUser {
  id: string;
  username: string;
  permissions?: string;
  /** The member's role ids in the server (sent as `member.roles`). */
  roles?: string[];
}

export interface FakeRole {
  id: string;
  name: string;
}

type Fault = {
  match: (r: RecordedRequest) => boolean;
  times: number;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
};

export interface FakeDiscordOptions {
  shardCount?: number;
  /** Check every request against the OpenAPI spec (default); benchmarks turn it off so the fake's own CPU time does not distort timings. */
  validate?: boolean;
  /** Keep uploaded file bytes (tests compare them); benchmarks turn this off to save memory. */
  keepUploads?: boolean;
  /** Simulates Discord's per-webhook rate limit (reported as about 5 requests per 2 s), on `now`. */
  webhookLimit?: { count: number; windowMs: number };
  guilds?: number;
  /** The clock tokens age on (15 minutes, as Discord). */
  now?: () => number;
}

export class FakeDiscord {
  readonly appId = snowflake();
  readonly token =
    `${Buffer.from(this.appId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
  readonly botUser = {
    id: this.appId,
    username: 'clipcast',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
  };
  /**
   * Whether the application has the privileged Message Content intent. Without it Discord's REST
   * hands the bot other members' messages with empty content, embeds, attachments and components
   * (a message an interaction resolves is complete either way).
   */
  messageContentIntent = true;
  /** The application's owner: operator alerts reach them by DM. */
  readonly owner = {
    id: '100000000000000009',
    username: 'owner',
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  /** DM channels opened by the bot, by recipient id. */
  readonly dmChannels = new Map<string, string>();
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, InteractionState>();
  readonly guilds: FakeGuild[] = [];
  /** Roles created with {@link addRole}, by server id (sent in GUILD_CREATE). */
  readonly roles = new Map<string, FakeRole[]>();
  readonly commands = new Map<string, unknown[]>();
  readonly identifies: Array<{ shard: [number, number] | undefined }> = [];
  /** Servers the bot left (`DELETE /users/@me/guilds/{id}`), in order. */
  readonly left: string[] = [];
  readonly faults: Fault[] = [];
  readonly cdn = new Map<string, { data: Buffer; contentType: string; deleted: boolean }>();
  /** Every CDN request, as `METHOD path`. */
  readonly cdnRequests: string[] = [];
  readonly sockets = new Set<{ ws: WebSocket; shard: [number, number]; seq: number; sessionId: string }>();
  #server!: Server;
  #wss!: WebSocketServer;
  #base = '';
  #now: () => number;
  #shardCount: number;
  /** Milliseconds Discord waits for an interaction callback (3 s). */
  ackWindowMs = 3_000;
  /** Real milliseconds every REST answer is held back (a slow Discord). */
  latencyMs = 0;
  /** 429s answered by the simulated webhook rate limit. */
  rateLimited = 0;
  readonly #keepUploads: boolean;
  readonly #validate: boolean;
  readonly #webhookLimit: { count: number; windowMs: number } | undefined;
  readonly #webhookHits = new Map<string, number[]>();

  private constructor(options: FakeDiscordOptions) {
    this.#now = options.now ?? Date.now;
    this.#shardCount = options.shardCount ?? 1;
    this.#keepUploads = options.keepUploads ?? true;
    this.#validate = options.validate ?? true;
    this.#webhookLimit = options.webhookLimit;
    for (let i = 0; i < (options.guilds ?? 1); i++) this.addGuild(`Guild ${i + 1}`);
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.#listen();
    return fake;
  }

  get url(): string {
    return `${this.#base}/api`;
  }

  get origin(): string {
    return this.#base;
  }

  addGuild(name: string, preferredLocale = 'en-US'): FakeGuild {
    const guild = {
      id: snowflake(),
      name,
      channelId: snowflake(),
      logChannelId: snowflake(),
      preferredLocale,
    };
    this.guilds.push(guild);
    return guild;
  }

  /** Adds the bot to a new server while it runs: GUILD_CREATE on the shard that owns the server. */
  join(name: string): { id: string; name: string; channelId: string; logChannelId: string } {
    const guild = this.addGuild(name);
    this.#dispatch(
      guild.id,
      'GUILD_CREATE',
      guildPayload(guild, this.botUser, this.roles.get(guild.id) ?? []),
    );
    return guild;
  }

  get guild() {
    return this.guilds[0] as (typeof this.guilds)[number];
  }

  /** Creates a role in a server, announcing it to a connected bot as Discord does (GUILD_ROLE_CREATE). */
  addRole(name: string, guildId = this.guild.id): FakeRole {
    const role = { id: snowflake(), name };
    this.roles.set(guildId, [...(this.roles.get(guildId) ?? []), role]);
    const shard = this.shardOf(guildId);
    if ([...this.sockets].some((s) => s.shard[0] === shard))
      this.#dispatch(guildId, 'GUILD_ROLE_CREATE', { guild_id: guildId, role: rolePayload(role, 1) });
    return role;
  }

  shardOf(guildId: string): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(this.#shardCount));
  }

  /** Makes the next `times` requests matching `match` answer with `status` and `body`. */
  fault(
    match: (r: RecordedRequest) => boolean,
    status: number,
    body: unknown,
    times = 1,
    headers?: Record<string, string>,
  ): void {
    this.faults.push({ match, times, status, body, ...(headers ? { headers } : {}) });
  }

  /** Uploads a file to the fake CDN, as a slash-command attachment. */
  attachment(
    filename: string,
    data: Buffer,
    contentType: string | null,
    options: { expiresAt?: number } = {},
  ) {
    const id = snowflake();
    const path = `/cdn/ephemeral-attachments/${snowflake()}/${id}/${filename}`;
    const ex = Math.floor((options.expiresAt ?? Date.now() + 86_400_000) / 1000).toString(16);
    this.cdn.set(path, { data, contentType: contentType ?? 'application/octet-stream', deleted: false });
    const url = `${this.#base}${path}?ex=${ex}&is=${Math.floor(Date.now() / 1000).toString(16)}&hm=${randomBytes(8).toString('hex')}&`;
    return {
      id,
      filename,
      size: data.length,
      url,
      proxy_url: url,
      ...(contentType ? { content_type: contentType } : {}),
    };
  }

  deleteCdnFile(url: string): void {
    const entry = this.cdn.get(new URL(url).pathname);
    if (entry) entry.deleted = true;
  }

  // ---------------------------------------------------------------- interactions

  /** Dispatches a slash command; resolves once it is sent (see `callback()` for the answer). */
  slash(
    name: string,
    options: Array<Record<string, unknown>> = [],
    extra: {
      user?: FakeUser;
      guildId?: string;
      channelId?: string;
      resolved?: Record<string, unknown>;
      appPermissions?: string;
      attachmentSizeLimit?: number;
    } & FakeLocales = {},
  ): InteractionHandle {
    return this.#dispatchInteraction(
      2,
      { id: snowflake(), name, type: 1, options, ...(extra.resolved ? { resolved: extra.resolved } : {}) },
      extra,
    );
  }

  /** `/video` with named options; attachments given as option values become resolved attachments. */
  video(
    options: Record<string, string | number | ReturnType<FakeDiscord['attachment']>>,
    extra: Parameters<FakeDiscord['slash']>[2] = {},
  ): InteractionHandle {
    const opts: Array<Record<string, unknown>> = [];
    const attachments: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(options)) {
      if (typeof value === 'object') {
        const { data: _d, ...att } = value as ReturnType<FakeDiscord['attachment']> & { data?: Buffer };
        attachments[att.id] = att;
        opts.push({ name, type: 11, value: att.id });
      } else {
        opts.push({ name, type: typeof value === 'number' ? 4 : 3, value });
      }
    }
    return this.slash('video', opts, {
      ...extra,
      ...(Object.keys(attachments).length ? { resolved: { attachments } } : {}),
    });
  }

  button(
    customId: string,
    message: FakeMessage,
    extra: { user?: FakeUser; guildId?: string } & FakeLocales = {},
  ): InteractionHandle {
    return this.#dispatchInteraction(
      3,
      { custom_id: customId, component_type: 2 },
      { ...extra, channelId: message.channel_id, message: this.#apiMessage(message) },
    );
  }

  modal(
    customId: string,
    fields: Record<string, string>,
    extra: { user?: FakeUser; guildId?: string; channelId?: string } & FakeLocales = {},
  ): InteractionHandle {
    return this.#dispatchInteraction(
      5,
      {
        custom_id: customId,
        components: Object.entries(fields).map(([id, value]) => ({
          type: 1,
          components: [{ type: 4, custom_id: id, value }],
        })),
      },
      extra,
    );
  }

  /**
   * A member posts a message (text, files, embeds) in a channel, as Discord stores it: its files get
   * signed CDN links valid `urlTtlMs` (24 h by default), re-signed whenever the message is read.
   */
  postMessage(o: {
    author: FakeUser;
    content?: string;
    files?: Array<{ filename: string; data: Buffer; contentType: string | null }>;
    embeds?: unknown[];
    channelId?: string;
    urlTtlMs?: number;
  }): FakeMessage {
    const channelId = o.channelId ?? this.guild.channelId;
    const ttlMs = o.urlTtlMs ?? 86_400_000;
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      content: o.content ?? '',
      embeds: o.embeds ?? [],
      components: [],
      attachments: [],
      flags: 0,
      allowed_mentions: undefined,
      author: o.author,
      edits: 0,
      deleted: false,
    };
    message.attachments = (o.files ?? []).map((f) => {
      const id = snowflake();
      const path = `/cdn/attachments/${channelId}/${id}/${f.filename}`;
      this.cdn.set(path, {
        data: f.data,
        contentType: f.contentType ?? 'application/octet-stream',
        deleted: false,
      });
      const signed = { path, ttlMs };
      return {
        id,
        filename: f.filename,
        size: f.data.length,
        ...this.#signedUrls(signed),
        ...(f.contentType ? { content_type: f.contentType } : {}),
        data: f.data,
        signed,
      };
    });
    this.messages.set(message.id, message);
    return message;
  }

  /**
   * An embed of a picture linked in a message, as Discord builds it: the original link, and the
   * copy on Discord's media proxy (served here with `data`).
   */
  imageEmbed(originalUrl: string, data: Buffer, contentType = 'image/png') {
    const path = `/cdn/external/${randomBytes(8).toString('hex')}/${encodeURIComponent(new URL(originalUrl).host)}${new URL(originalUrl).pathname}`;
    this.cdn.set(path, { data, contentType, deleted: false });
    const thumbnail = { url: originalUrl, proxy_url: `${this.#base}${path}`, width: 32, height: 32 };
    return { type: 'image', url: originalUrl, thumbnail };
  }

  /** The links of a posted file as Discord hands them out now: signed, expiring in `ttlMs`. */
  #signedUrls(signed: { path: string; ttlMs: number }): { url: string; proxy_url: string } {
    const now = this.#now();
    const hex = (ms: number) => Math.floor(ms / 1000).toString(16);
    const url = `${this.#base}${signed.path}?ex=${hex(now + signed.ttlMs)}&is=${hex(now)}&hm=${randomBytes(8).toString('hex')}&`;
    return { url, proxy_url: url };
  }

  /** A message context-menu command (Apps → `name`) on `target`, which Discord resolves in full. */
  messageCommand(
    name: string,
    target: FakeMessage,
    extra: { user?: FakeUser; guildId?: string } = {},
  ): InteractionHandle {
    return this.#dispatchInteraction(
      2,
      {
        id: snowflake(),
        name,
        type: 3,
        target_id: target.id,
        resolved: { messages: { [target.id]: this.#apiMessage(target) } },
      },
      { ...extra, channelId: target.channel_id },
    );
  }

  /**
   * Submits the modal `shown` opened, the way Discord's client does: every field of that modal
   * (label-wrapped or in action rows) with the value given, else its prefilled value or default
   * options. Refuses (throws) what the client would not let a member send: an unknown field, a
   * select value that is not one of its options, too many or too few choices, a required field
   * left empty, or text outside its length limits.
   */
  submitModal(
    shown: InteractionHandle,
    values: Record<string, string | string[]>,
    extra: { user?: FakeUser; guildId?: string; channelId?: string } = {},
  ): InteractionHandle {
    const modal = shown.state.modal as { custom_id: string; components: ModalNode[] } | null;
    if (!modal) throw new Error(`interaction ${shown.id} showed no modal`);
    const used = new Set<string>();
    let nextId = 1;
    const submit = (field: ModalField): Record<string, unknown> => {
      used.add(field.custom_id);
      return { id: nextId++, ...submittedField(field, values[field.custom_id]) };
    };
    const components = modal.components.map((node) => {
      if (node.type === 18 && node.component)
        return { type: 18, id: nextId++, component: submit(node.component) };
      if (node.type === 1 && node.components)
        return { type: 1, id: nextId++, components: node.components.map(submit) };
      return { type: node.type, id: nextId++ };
    });
    const unknown = Object.keys(values).filter((k) => !used.has(k));
    if (unknown.length) throw new Error(`the modal has no field ${unknown.join(', ')}`);
    return this.#dispatchInteraction(
      5,
      { custom_id: modal.custom_id, components },
      {
        ...extra,
        channelId: extra.channelId ?? shown.state.channelId,
      },
    );
  }

  /** Sends an arbitrary INTERACTION_CREATE payload (fuzzing). */
  rawInteraction(payload: Record<string, unknown>, guildId = this.guild.id): InteractionState {
    const state = this.#track(
      String(payload.id ?? snowflake()),
      String(payload.token ?? randomBytes(24).toString('base64url')),
      guildId,
      this.guild.channelId,
    );
    this.#dispatch(guildId, 'INTERACTION_CREATE', payload);
    return state;
  }

  /** Registers an interaction whose callbacks and webhook calls this fake will answer. */
  #track(id: string, token: string, guildId: string, channelId: string): InteractionState {
    const state: InteractionState = {
      id,
      token,
      guildId,
      channelId,
      createdAt: this.#now(),
      createdReal: performance.now(),
      callbacks: [],
      originalMessageId: null,
      ephemeral: false,
      modal: null,
      sourceMessageId: null,
    };
    this.interactions.set(state.id, state);
    return state;
  }

  #dispatchInteraction(
    type: number,
    data: Record<string, unknown>,
    extra: {
      user?: FakeUser;
      guildId?: string;
      channelId?: string;
      appPermissions?: string;
      attachmentSizeLimit?: number;
      message?: unknown;
    } & FakeLocales,
  ): InteractionHandle {
    const user = extra.user ?? { id: '100000000000000001', username: 'alice' };
    const guildId = extra.guildId ?? this.guild.id;
    const guild = this.guilds.find((g) => g.id === guildId);
    const channelId = extra.channelId ?? guild?.channelId ?? this.guild.channelId;
    const state = this.#track(
      snowflake(),
      `aW50ZXJhY3Rpb24${randomBytes(40).toString('base64url')}`,
      guildId,
      channelId,
    );
    const source = (extra.message as { id?: unknown } | undefined)?.id;
    if (typeof source === 'string') state.sourceMessageId = source;
    const payload = {
      id: state.id,
      application_id: this.appId,
      type,
      token: state.token,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: {
        id: channelId,
        type: 0,
        guild_id: guildId,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      },
      member: {
        user: {
          id: user.id,
          username: user.username,
          discriminator: '0',
          global_name: user.username,
          avatar: null,
        },
        roles: user.roles ?? [],
        permissions: user.permissions ?? MEMBER_PERMISSIONS,
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        nick: null,
        avatar: null,
        premium_since: null,
        pending: false,
        communication_disabled_until: null,
      },
      app_permissions: extra.appPermissions ?? BOT_PERMISSIONS,
      locale: extra.locale ?? 'en-US',
      guild_locale: extra.guildLocale ?? guild?.preferredLocale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: extra.attachmentSizeLimit ?? 10 * 1024 * 1024,
      data,
      ...(extra.message ? { message: extra.message } : {}),
    };
    this.#dispatch(guildId, 'INTERACTION_CREATE', payload);
    return new InteractionHandle(this, state);
  }

  #dispatch(guildId: string, event: string, d: unknown): void {
    const shard = this.shardOf(guildId);
    const socket = [...this.sockets].find((s) => s.shard[0] === shard);
    if (!socket) throw new Error(`no gateway connection for shard ${shard}`);
    socket.seq++;
    socket.ws.send(JSON.stringify({ op: 0, t: event, s: socket.seq, d }));
  }

  /** Changes a server's preferred locale, and tells the bot with GUILD_UPDATE as Discord does. */
  setPreferredLocale(guildId: string, locale: string): void {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild) throw new Error(`no guild ${guildId}`);
    guild.preferredLocale = locale;
    const {
      channels: _c,
      members: _m,
      threads: _t,
      ...update
    } = guildPayload(guild, this.botUser, this.roles.get(guildId) ?? []);
    this.#dispatch(guildId, 'GUILD_UPDATE', update);
  }

  /** Closes every gateway connection as Discord does before a resume (code 4000: resumable). */
  dropConnections(): void {
    for (const s of this.sockets) s.ws.close(4000, 'unknown error');
  }

  /** Waits until `predicate` holds, polling. */
  async waitFor<T>(
    predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    timeoutMs = 10_000,
    what = 'condition',
  ): Promise<T> {
    const start = performance.now();
    for (;;) {
      const value = await predicate();
      if (value) return value;
      if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  messagesIn(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && !m.deleted);
  }

  /** Direct messages the bot sent to the application's owner. */
  dmsToOwner(): FakeMessage[] {
    const channel = this.dmChannels.get(this.owner.id);
    return channel ? this.messagesIn(channel) : [];
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.ws.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- HTTP

  async #listen(): Promise<void> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error) => {
        this.violations.push(`fake discord crashed on ${req.method} ${req.url}: ${error}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#gateway(ws));
    });
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', () => resolve()));
    this.#base = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.#base);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/cdn/')) return this.#serveCdn(req, res, url);
    if (!url.pathname.startsWith('/api/v10/')) return json(res, 404, { message: '404: Not Found', code: 0 });
    const path = decodeURIComponent(url.pathname.slice('/api/v10'.length));
    const method = req.method ?? 'GET';
    const { body, files } = await parseBody(req.headers['content-type'], raw);
    if (!this.#keepUploads) for (const f of files) f.data = Buffer.alloc(0);
    const record: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      auth: req.headers.authorization,
      body,
      files,
      at: this.#now(),
    };
    this.requests.push(record);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const problems = this.#validate ? spec().check(method, path, body) : [];
    if (problems.length) {
      this.violations.push(...problems);
      return json(res, 400, { message: 'Invalid Form Body', code: 50035, errors: problems });
    }
    const fault = this.faults.find((f) => f.times > 0 && f.match(record));
    if (fault) {
      fault.times--;
      return json(res, fault.status, fault.body, fault.headers);
    }
    return this.#route(record, res);
  }

  #route(r: RecordedRequest, res: ServerResponse): void {
    const p = r.path;
    const isBot = r.auth === `Bot ${this.token}`;
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && p === '/gateway/bot') {
      if (!isBot) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      return json(res, 200, {
        url: this.#base.replace('http', 'ws'),
        shards: this.#shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
      });
    }
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && r.method === 'POST') {
      return this.#callback(m[1] as string, m[2] as string, r, res);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(p))) {
      return this.#webhook(m[2] as string, m[3], r, res);
    }
    if (!isBot) return json(res, 401, { message: '401: Unauthorized', code: 0 });
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p)) && r.method === 'PUT') {
      const list = (r.body as Array<Record<string, unknown>>).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: this.appId,
        version: snowflake(),
      }));
      this.commands.set(m[2] ?? 'global', list);
      return json(res, 200, list);
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(p)) && r.method === 'POST') {
      const message = this.#createMessage(m[1] as string, r, undefined);
      return json(res, 200, this.#apiMessage(message));
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(p))) {
      const message = this.messages.get(m[2] as string);
      if (!message || message.deleted || message.channel_id !== m[1])
        return json(res, 404, { message: 'Unknown Message', code: 10008 });
      if (r.method === 'GET') return json(res, 200, this.#withoutContent(this.#apiMessage(message)));
      if (r.method === 'DELETE') {
        message.deleted = true;
        res.writeHead(204).end();
        return;
      }
      if (r.method === 'PATCH') {
        this.#editMessage(message, r);
        return json(res, 200, this.#apiMessage(message));
      }
    }
    if (r.method === 'GET' && p === '/users/@me') return json(res, 200, this.botUser);
    if ((m = /^\/users\/@me\/guilds\/(\d+)$/.exec(p)) && r.method === 'DELETE') {
      const index = this.guilds.findIndex((g) => g.id === m?.[1]);
      const guild = this.guilds[index];
      if (!guild) return json(res, 404, { message: 'Unknown Guild', code: 10004 });
      this.guilds.splice(index, 1);
      this.left.push(guild.id);
      res.writeHead(204).end();
      // As Discord does after a leave: the server is gone for the bot.
      this.#dispatch(guild.id, 'GUILD_DELETE', { id: guild.id });
      return;
    }
    if (r.method === 'POST' && p === '/users/@me/channels') {
      const recipient = String((r.body as { recipient_id?: unknown } | undefined)?.recipient_id ?? '');
      if (recipient !== this.owner.id)
        return json(res, 400, { message: 'Cannot send messages to this user', code: 50007 });
      let id = this.dmChannels.get(recipient);
      if (!id) this.dmChannels.set(recipient, (id = snowflake()));
      return json(res, 200, { id, type: 1, last_message_id: null, flags: 0, recipients: [this.owner] });
    }
    if (r.method === 'GET' && p === '/applications/@me') {
      return json(res, 200, {
        id: this.appId,
        name: 'clipcast',
        icon: null,
        description: '',
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: 'x',
        flags: 0,
        owner: this.owner,
      });
    }
    this.violations.push(`unhandled route ${r.method} ${p}`);
    return json(res, 404, { message: '404: Not Found', code: 0 });
  }

  #callback(id: string, token: string, r: RecordedRequest, res: ServerResponse): void {
    const state = this.interactions.get(id);
    if (!state || state.token !== token)
      return json(res, 404, { message: 'Unknown interaction', code: 10062 });
    const ms = performance.now() - state.createdReal;
    if (ms > this.ackWindowMs) return json(res, 404, { message: 'Unknown interaction', code: 10062 });
    if (state.callbacks.length > 0)
      return json(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const body = r.body as { type: number; data?: Record<string, unknown> };
    state.callbacks.push({ type: body.type, body, at: this.#now(), ms });
    let message: FakeMessage | null = null;
    if (body.type === 4 || body.type === 5) {
      const flags = Number(body.data?.flags ?? 0);
      state.ephemeral = (flags & 64) !== 0;
      message = this.#createMessage(state.channelId, { ...r, body: body.data ?? {} }, state);
      message.flags = flags | (body.type === 5 ? 128 : 0);
      state.originalMessageId = message.id;
    } else if (body.type === 9) {
      state.modal = body.data;
    } else if ((body.type === 6 || body.type === 7) && state.sourceMessageId) {
      // An update (or a deferred one) answers on the message the button is on: `@original` is that message.
      const source = this.messages.get(state.sourceMessageId);
      if (source) {
        if (body.type === 7) this.#editMessage(source, { ...r, body: body.data ?? {} });
        state.originalMessageId = source.id;
        state.ephemeral = (source.flags & 64) !== 0;
      }
    }
    if (r.query.get('with_response') !== 'true') {
      res.writeHead(204).end();
      return;
    }
    return json(res, 200, {
      interaction: {
        id,
        type: 2,
        response_message_id: message?.id,
        response_message_loading: body.type === 5,
        response_message_ephemeral: state.ephemeral,
      },
      resource: { type: body.type, ...(message ? { message: this.#apiMessage(message) } : {}) },
    });
  }

  #webhook(token: string, messageRef: string | undefined, r: RecordedRequest, res: ServerResponse): void {
    const state = [...this.interactions.values()].find((s) => s.token === token);
    if (!state) return json(res, 404, { message: 'Unknown Webhook', code: 10015 });
    if (this.#webhookLimit) {
      const now = this.#now();
      const hits = (this.#webhookHits.get(token) ?? []).filter(
        (t) => now - t < (this.#webhookLimit?.windowMs ?? 0),
      );
      if (hits.length >= this.#webhookLimit.count) {
        this.rateLimited++;
        const retryAfter = ((hits[0] as number) + this.#webhookLimit.windowMs - now) / 1000;
        return json(
          res,
          429,
          { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
          { 'retry-after': String(Math.ceil(retryAfter)) },
        );
      }
      hits.push(now);
      this.#webhookHits.set(token, hits);
    }
    if (this.#now() - state.createdAt > 15 * 60_000)
      return json(res, 401, { message: 'Invalid Webhook Token', code: 50027 });
    if (!messageRef) {
      if (r.method !== 'POST') return json(res, 405, { message: '405: Method Not Allowed', code: 0 });
      const flags = Number((r.body as { flags?: number } | undefined)?.flags ?? 0);
      const message = this.#createMessage(state.channelId, r, state);
      message.flags = flags;
      return json(res, 200, this.#apiMessage(message));
    }
    const messageId = messageRef === '@original' ? state.originalMessageId : messageRef;
    const message = messageId ? this.messages.get(messageId) : undefined;
    if (!message || message.deleted) return json(res, 404, { message: 'Unknown Message', code: 10008 });
    if (r.method === 'GET') return json(res, 200, this.#apiMessage(message));
    if (r.method === 'DELETE') {
      message.deleted = true;
      res.writeHead(204).end();
      return;
    }
    this.#editMessage(message, r);
    message.flags &= ~128;
    return json(res, 200, this.#apiMessage(message));
  }

  #createMessage(
    channelId: string,
    r: Pick<RecordedRequest, 'body' | 'files'>,
    state: InteractionState | undefined,
  ): FakeMessage {
    const body = (r.body ?? {}) as Record<string, unknown>;
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      content: String(body.content ?? ''),
      embeds: (body.embeds as unknown[]) ?? [],
      components: (body.components as unknown[]) ?? [],
      attachments: [],
      flags: Number(body.flags ?? 0),
      allowed_mentions: body.allowed_mentions,
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
      ...(state ? { webhook_id: this.appId, interactionId: state.id } : {}),
      edits: 0,
      deleted: false,
    };
    message.attachments = this.#attachmentsFor(message, body, r.files);
    this.messages.set(message.id, message);
    return message;
  }

  #editMessage(message: FakeMessage, r: RecordedRequest): void {
    const body = (r.body ?? {}) as Record<string, unknown>;
    if ('content' in body) message.content = String(body.content ?? '');
    if ('embeds' in body) message.embeds = (body.embeds as unknown[]) ?? [];
    if ('components' in body) message.components = (body.components as unknown[]) ?? [];
    if ('allowed_mentions' in body) message.allowed_mentions = body.allowed_mentions;
    if ('attachments' in body || r.files.length)
      message.attachments = this.#attachmentsFor(message, body, r.files);
    message.edits++;
  }

  #attachmentsFor(
    message: FakeMessage,
    body: Record<string, unknown>,
    files: RecordedRequest['files'],
  ): FakeAttachment[] {
    const listed = (body.attachments as Array<{ id: string | number; filename?: string }> | undefined) ?? [];
    const kept = message.attachments.filter((a) => listed.some((l) => String(l.id) === a.id));
    const added = files.map((f) => {
      const index = /^files\[(\d+)\]$/.exec(f.field)?.[1];
      const meta = listed.find((l) => String(l.id) === index);
      const id = snowflake();
      const filename = meta?.filename ?? f.filename;
      const url = `${this.#base}/cdn/attachments/${message.channel_id}/${id}/${filename}`;
      this.cdn.set(new URL(url).pathname, { data: f.data, contentType: f.contentType, deleted: false });
      return {
        id,
        filename,
        size: f.data.length,
        url,
        proxy_url: url,
        content_type: f.contentType,
        data: f.data,
      };
    });
    return [...kept, ...added];
  }

  /** A message as the bot reads it over REST: others' content hidden without the intent. */
  #withoutContent(api: Record<string, unknown>): Record<string, unknown> {
    const author = api.author as { id?: string } | undefined;
    if (this.messageContentIntent || author?.id === this.botUser.id) return api;
    return { ...api, content: '', embeds: [], attachments: [], components: [] };
  }

  #apiMessage(m: FakeMessage): Record<string, unknown> {
    return {
      id: m.id,
      channel_id: m.channel_id,
      author: m.author ? apiUser(m.author) : this.botUser,
      content: m.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: m.edits ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: m.attachments.map(({ data: _d, signed, ...a }) =>
        signed ? { ...a, ...this.#signedUrls(signed) } : a,
      ),
      embeds: m.embeds,
      components: m.components,
      pinned: false,
      type: m.interactionId ? 20 : 0,
      flags: m.flags,
      ...(m.webhook_id ? { webhook_id: m.webhook_id, application_id: this.appId } : {}),
    };
  }

  #serveCdn(req: IncomingMessage, res: ServerResponse, url: URL): void {
    this.cdnRequests.push(`${req.method} ${url.pathname}`);
    const entry = this.cdn.get(url.pathname);
    // Signed links stop working at their `ex` (hex epoch seconds), as Discord's do.
    const ex = url.searchParams.get('ex');
    const expired = ex !== null && Number.parseInt(ex, 16) * 1000 <= this.#now();
    if (!entry || entry.deleted || expired) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('This content is no longer available.');
      return;
    }
    // Like Discord's CDN, a byte range is honoured (the bot reads only a file's first bytes).
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), entry.data.length - 1) : entry.data.length - 1;
    const body = entry.data.subarray(start, end + 1);
    res.writeHead(range ? 206 : 200, {
      'content-type': entry.contentType,
      'content-length': body.length,
      ...(range ? { 'content-range': `bytes ${start}-${end}/${entry.data.length}` } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // ---------------------------------------------------------------- gateway

  #gateway(ws: WebSocket): void {
    const conn = { ws, shard: [0, 1] as [number, number], seq: 0, sessionId: randomBytes(8).toString('hex') };
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      let frame: { op: number; d: Record<string, unknown> };
      try {
        frame = JSON.parse(String(raw));
      } catch {
        return;
      }
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        if (frame.d.token !== this.token && frame.d.token !== this.token.replace(/^Bot /, '')) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        conn.shard = (frame.d.shard as [number, number] | undefined) ?? [0, 1];
        this.identifies.push({ shard: frame.d.shard as [number, number] | undefined });
        this.sockets.add(conn);
        const mine = this.guilds.filter((g) => this.shardOf(g.id) === conn.shard[0]);
        const send = (t: string, d: unknown) => {
          conn.seq++;
          ws.send(JSON.stringify({ op: 0, t, s: conn.seq, d }));
        };
        send('READY', {
          v: 10,
          user: this.botUser,
          guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
          session_id: conn.sessionId,
          resume_gateway_url: this.#base.replace('http', 'ws'),
          shard: conn.shard,
          application: { id: this.appId, flags: 0 },
        });
        for (const g of mine) send('GUILD_CREATE', guildPayload(g, this.botUser, this.roles.get(g.id) ?? []));
      }
      if (frame.op === 6) {
        conn.sessionId = String(frame.d.session_id);
        conn.seq = Number(frame.d.seq ?? 0);
        const shard = [...this.identifies].reverse().find(() => true)?.shard;
        conn.shard = shard ?? [0, 1];
        // Resume keeps the shard of the session it resumes.
        for (const s of this.sockets) if (s.sessionId === conn.sessionId) conn.shard = s.shard;
        this.sockets.add(conn);
        conn.seq++;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: conn.seq, d: {} }));
      }
    });
    ws.on('close', () => this.sockets.delete(conn));
  }
}

export class InteractionHandle {
  readonly #fake: FakeDiscord;
  readonly state: InteractionState;

  constructor(fake: FakeDiscord, state: InteractionState) {
    this.#fake = fake;
    this.state = state;
  }

  get id(): string {
    return this.state.id;
  }

  get token(): string {
    return this.state.token;
  }

  /** The first callback (reply, defer, modal…), once the bot sends it. */
  async callback(
    timeoutMs = 5_000,
  ): Promise<{ type: number; body: { type: number; data?: Record<string, unknown> }; ms: number }> {
    const cb = await this.#fake.waitFor(
      () => this.state.callbacks[0],
      timeoutMs,
      `a callback to interaction ${this.id}`,
    );
    return cb as { type: number; body: { type: number; data?: Record<string, unknown> }; ms: number };
  }

  original(): FakeMessage | undefined {
    return this.state.originalMessageId ? this.#fake.messages.get(this.state.originalMessageId) : undefined;
  }

  /**
   * The public message this interaction produced: its original response when that is public, else
   * its first public follow-up (the bot acknowledges /video privately and posts the status after).
   */
  status(): FakeMessage | undefined {
    const original = this.original();
    if (original && !this.state.ephemeral && (original.flags & 64) === 0) return original;
    return this.followUps().find((m) => (m.flags & 64) === 0);
  }

  /** Messages created through this interaction's webhook after the first response. */
  followUps(): FakeMessage[] {
    return [...this.#fake.messages.values()].filter(
      (m) => m.interactionId === this.id && m.id !== this.state.originalMessageId,
    );
  }

  /** The ephemeral text the user saw: a direct ephemeral reply or an ephemeral follow-up. */
  async ephemeralText(timeoutMs = 5_000): Promise<string> {
    return this.#fake.waitFor(
      () => {
        const cb = this.state.callbacks[0];
        if (
          cb?.type === 4 &&
          (Number(cb.body && (cb.body as { data?: { flags?: number } }).data?.flags) & 64) !== 0
        ) {
          return String((cb.body as { data?: { content?: string } }).data?.content ?? '') || ' ';
        }
        const follow = this.followUps().find((m) => (m.flags & 64) !== 0);
        if (follow) return follow.content || ' ';
        const original = this.original();
        if (original && this.state.ephemeral && original.edits > 0) return original.content || ' ';
        return undefined;
      },
      timeoutMs,
      `an ephemeral answer to interaction ${this.id}`,
    );
  }
}

function apiUser(user: FakeUser) {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.username,
    avatar: null,
  };
}

function rolePayload(role: FakeRole, position: number) {
  return {
    id: role.id,
    name: role.name,
    permissions: MEMBER_PERMISSIONS,
    position,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

function guildPayload(g: FakeGuild, bot: { id: string }, roles: readonly FakeRole[]) {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    owner_id: '100000000000000009',
    unavailable: false,
    member_count: 3,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    roles: [
      {
        id: g.id,
        name: '@everyone',
        permissions: MEMBER_PERMISSIONS,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      ...roles.map((role, i) => rolePayload(role, i + 1)),
    ],
    channels: [
      {
        id: g.channelId,
        type: 0,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        guild_id: g.id,
        nsfw: false,
        parent_id: null,
      },
      {
        id: g.logChannelId,
        type: 0,
        name: 'mod-log',
        position: 1,
        permission_overwrites: [],
        guild_id: g.id,
        nsfw: false,
        parent_id: null,
      },
    ],
    threads: [],
    members: [
      { user: bot, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    ],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    preferred_locale: g.preferredLocale,
    premium_tier: 0,
    system_channel_flags: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(
  contentType: string | undefined,
  raw: Buffer,
): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({
          field,
          filename: value.name,
          data: Buffer.from(await value.arrayBuffer()),
          size: value.size,
          contentType: value.type,
        });
      }
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    return { body: raw.toString('utf8'), files: [] };
  }
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
