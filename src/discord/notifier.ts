import { openAsBlob } from 'node:fs';
import { DiscordAPIError, type REST } from 'discord.js';
import { type APIMessage, PermissionFlagsBits, Routes } from 'discord-api-types/v10';
import type { Clock } from '../clock.ts';
import type { SettingsStore } from '../credits/settings.ts';
import type { JobRecord, StatusView } from '../jobs/job.ts';
import type { JobNotifier } from '../jobs/runner.ts';
import type { Logger } from '../logger.ts';
import { queuedButtons, resultButtons } from './components.ts';
import {
  failureText,
  jobLogLine,
  jumpUrl,
  pingText,
  resultContent,
  resultEmbed,
  statusText,
} from './messages.ts';

/** Interaction tokens live 15 minutes; stop using one a minute early. */
export const TOKEN_SAFE_MS = 14 * 60_000;
/** Minimum gap between two status edits of one job (same kind of view). */
export const EDIT_INTERVAL_MS = 3_000;

type EditOutcome =
  | { ok: true; message: APIMessage }
  | { ok: false; reason: 'gone' | 'forbidden' | 'too_large' };

interface Body {
  content: string;
  embeds?: unknown[];
  components?: unknown[];
  allowed_mentions: { parse: never[]; users?: string[] };
  attachments?: Array<{ id: string; filename: string }>;
}

const NO_MENTIONS = { parse: [] as never[] };

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
}

export interface NotifierDeps {
  rest: REST;
  /** A REST client with a long timeout, for video uploads (each upload gets its own deadline). */
  uploadRest: REST;
  /**
   * Clients for interaction-token routes (no bot auth). discord.js queues every request of a
   * route one after another, and it files all interaction webhooks of a bot under one route;
   * interaction endpoints are not bound by the bot's global rate limit, so tokens are spread
   * over several clients (each still honours 429s) and one job's slow edit never holds up another's.
   */
  tokenRests: readonly REST[];
  clock: Clock;
  logger: Logger;
  settings: SettingsStore;
}

/**
 * The Discord side of a job: keeps its one status message current, posts the clip, reports failures.
 * Works from the job record alone (never from a live interaction object), so a resumed job behaves
 * like a fresh one. Uses the interaction token while it is young and switches to the bot's own
 * token before it expires or as soon as Discord refuses it.
 */
export class DiscordNotifier implements JobNotifier {
  readonly #shown = new Map<string, { text: string; kind: string; at: number }>();
  readonly #deadTokens = new Set<string>();
  /** Jobs whose status message cannot be edited (deleted, or no permission): no more status edits. */
  readonly #unreachable = new Set<string>();
  /**
   * Jobs whose final message is posted: a status update still in flight from another path (a
   * cancel racing the queue loop, say) must never overwrite it. Bounded; oldest forgotten first.
   */
  readonly #finished = new Set<string>();

  #finish(jobId: string): void {
    this.#shown.delete(jobId);
    this.#unreachable.delete(jobId);
    this.#finished.add(jobId);
    if (this.#finished.size > 10_000) this.#finished.delete(this.#finished.values().next().value as string);
  }

  readonly #deps: NotifierDeps;

  constructor(deps: NotifierDeps) {
    this.#deps = deps;
  }

  async status(job: JobRecord, view: StatusView): Promise<void> {
    if (this.#unreachable.has(job.id) || this.#finished.has(job.id)) return;
    const text = statusText(job, view);
    const now = this.#deps.clock.now();
    const last = this.#shown.get(job.id);
    if (last && last.text === text) return;
    if (last && last.kind === view.kind && now - last.at < EDIT_INTERVAL_MS) return;
    this.#shown.set(job.id, { text, kind: view.kind, at: now });
    const body: Body = {
      content: text,
      embeds: [],
      components: view.kind === 'queued' ? queuedButtons(job.id) : [],
      allowed_mentions: NO_MENTIONS,
    };
    const outcome = await this.#editStatus(job, body);
    if (!outcome.ok) {
      // Never retry in a loop: the clip is still delivered (as a new message) when it is ready.
      this.#unreachable.add(job.id);
      this.#deps.logger.warn(
        { jobId: job.id, reason: outcome.reason },
        'status message cannot be edited; status updates stop for this job',
      );
    }
  }

  async deliver(job: JobRecord, video: { path: string; size: number; fileName: string }) {
    this.#finish(job.id);
    const limit = job.interaction.attachmentSizeLimit;
    const embed = resultEmbed(job, undefined);
    const components = resultButtons(job.id);
    const linkBody = (): Body => ({
      content: resultContent(job, job.outputUrl ?? undefined),
      embeds: [embed],
      components,
      allowed_mentions: NO_MENTIONS,
    });
    let delivery: 'attachment' | 'link' = video.size <= limit ? 'attachment' : 'link';
    let outcome: EditOutcome;
    if (delivery === 'attachment') {
      const body: Body = {
        content: resultContent(job),
        embeds: [embed],
        components,
        allowed_mentions: NO_MENTIONS,
        attachments: [{ id: '0', filename: video.fileName }],
      };
      outcome = await this.#editStatus(job, body, video);
      if (!outcome.ok && outcome.reason === 'too_large') {
        // Discord's limit was lower than announced: fall back to a link, once, no retry loop.
        delivery = 'link';
        outcome = await this.#editStatus(job, linkBody());
      }
    } else {
      outcome = await this.#editStatus(job, linkBody());
    }
    let message: APIMessage;
    let pinged = false;
    if (outcome.ok) {
      message = outcome.message;
    } else {
      // The status message is gone or cannot be edited: post the clip as a new message instead.
      const body =
        delivery === 'attachment'
          ? {
              ...linkBody(),
              content: resultContent(job),
              attachments: [{ id: '0', filename: video.fileName }],
            }
          : linkBody();
      body.allowed_mentions = { parse: [], users: [job.userId] };
      message = await this.#postInChannel(job, body, delivery === 'attachment' ? video : undefined);
      pinged = true;
    }
    if (!pinged) await this.#ping(job, message);
    const result = { channelId: message.channel_id, messageId: message.id, delivery, bytes: video.size };
    await this.#logJob(
      { ...job, state: 'done', result },
      jumpUrl(job.guildId, message.channel_id, message.id),
    );
    return result;
  }

  async failed(job: JobRecord): Promise<void> {
    this.#finish(job.id);
    const body: Body = {
      content: failureText(job),
      embeds: [],
      components: [],
      allowed_mentions: NO_MENTIONS,
    };
    const outcome = await this.#editStatus(job, body);
    if (!outcome.ok && outcome.reason === 'gone' && job.failure?.code !== 'cancelled') {
      await this.#postInChannel(job, { ...body, allowed_mentions: { parse: [], users: [job.userId] } }).catch(
        (error) => this.#deps.logger.warn({ err: error, jobId: job.id }, 'could not post the failure notice'),
      );
    }
    await this.#logJob(
      job,
      job.statusMessageId ? jumpUrl(job.guildId, job.channelId, job.statusMessageId) : null,
    );
  }

  /** Posts a line in the server's log channel, if it has one; never fails the caller. */
  async log(guildId: string, content: string): Promise<void> {
    try {
      const settings = await this.#deps.settings.get(guildId);
      if (!settings.logChannelId) return;
      await this.#deps.rest.post(Routes.channelMessages(settings.logChannelId), {
        body: { content: content.slice(0, 2000), allowed_mentions: NO_MENTIONS },
      });
    } catch (error) {
      this.#deps.logger.warn({ err: error, guildId }, 'could not post in the log channel');
    }
  }

  #logJob(job: JobRecord, url: string | null): Promise<void> {
    return this.log(job.guildId, jobLogLine(job, url));
  }

  tokenUsable(job: JobRecord): boolean {
    return (
      !this.#deadTokens.has(job.interaction.token) &&
      this.#deps.clock.now() - job.interaction.issuedAt < TOKEN_SAFE_MS
    );
  }

  /** Edits the job's public status message: interaction token while young, else the bot token. */
  async #editStatus(
    job: JobRecord,
    body: Body,
    file?: { path: string; size: number; fileName: string },
  ): Promise<EditOutcome> {
    if (this.tokenUsable(job)) {
      try {
        const message = await this.#send(
          'patch',
          Routes.webhookMessage(job.interaction.applicationId, job.interaction.token, '@original'),
          body,
          false,
          file,
        );
        return { ok: true, message };
      } catch (error) {
        const outcome = this.#classify(error);
        if (outcome !== 'token') return { ok: false, reason: outcome };
        this.#deadTokens.add(job.interaction.token);
        this.#deps.logger.info({ jobId: job.id }, 'interaction token refused; switching to the bot token');
      }
    }
    if (!job.statusMessageId) return { ok: false, reason: 'gone' };
    try {
      const message = await this.#send(
        'patch',
        Routes.channelMessage(job.channelId, job.statusMessageId),
        body,
        true,
        file,
      );
      return { ok: true, message };
    } catch (error) {
      const outcome = this.#classify(error);
      return { ok: false, reason: outcome === 'token' ? 'forbidden' : outcome };
    }
  }

  async #postInChannel(
    job: JobRecord,
    body: Body,
    file?: { path: string; size: number; fileName: string },
  ): Promise<APIMessage> {
    const permissions = BigInt(job.interaction.appPermissions || '0');
    const needed =
      PermissionFlagsBits.ViewChannel |
      PermissionFlagsBits.SendMessages |
      PermissionFlagsBits.EmbedLinks |
      (file ? PermissionFlagsBits.AttachFiles : 0n);
    if ((permissions & needed) !== needed && (permissions & PermissionFlagsBits.Administrator) === 0n) {
      throw new DeliveryError(
        'the bot may not post here (needs View Channel, Send Messages, Embed Links, Attach Files)',
      );
    }
    try {
      return await this.#send('post', Routes.channelMessages(job.channelId), body, true, file);
    } catch (error) {
      if (file && this.#classify(error) === 'too_large') {
        const { attachments: _, ...rest } = body;
        return this.#send(
          'post',
          Routes.channelMessages(job.channelId),
          { ...rest, content: resultContent(job, job.outputUrl ?? undefined) },
          true,
        );
      }
      throw error;
    }
  }

  async #ping(job: JobRecord, message: APIMessage): Promise<void> {
    const body = {
      content: pingText(job, jumpUrl(job.guildId, message.channel_id, message.id)),
      allowed_mentions: { parse: [], users: [job.userId] },
    };
    try {
      if (this.tokenUsable(job)) {
        await this.#restFor(job.interaction.token).post(
          Routes.webhook(job.interaction.applicationId, job.interaction.token),
          {
            body,
            auth: false,
            signal: AbortSignal.timeout(15_000),
          },
        );
      } else {
        await this.#deps.rest.post(Routes.channelMessages(message.channel_id), {
          body: { ...body, message_reference: { message_id: message.id, fail_if_not_exists: false } },
        });
      }
    } catch (error) {
      this.#deps.logger.info(
        { err: error, jobId: job.id },
        'completion ping failed (the clip was delivered)',
      );
    }
  }

  async #send(
    method: 'patch' | 'post',
    route: `/${string}`,
    body: Body,
    auth: boolean,
    file?: { path: string; size: number; fileName: string },
  ): Promise<APIMessage> {
    const token = auth ? null : /^\/webhooks\/\d+\/([^/]+)/.exec(route)?.[1];
    const rest = token ? this.#restFor(token) : file ? this.#deps.uploadRest : this.#deps.rest;
    if (!file)
      return (await rest[method](route, { body, auth, signal: AbortSignal.timeout(15_000) })) as APIMessage;
    // discord.js would buffer the file twice; a file-backed Blob streams it from disk instead.
    const form = new FormData();
    form.append('payload_json', JSON.stringify(body));
    form.append('files[0]', await openAsBlob(file.path, { type: 'video/mp4' }), file.fileName);
    const timeoutMs = 30_000 + Math.ceil(file.size / (256 * 1024)) * 1_000;
    return (await rest[method](route, {
      body: form,
      passThroughBody: true,
      auth,
      signal: AbortSignal.timeout(timeoutMs),
    })) as APIMessage;
  }

  #restFor(token: string): REST {
    let hash = 0;
    for (let i = 0; i < token.length; i++) hash = (hash * 31 + token.charCodeAt(i)) | 0;
    return this.#deps.tokenRests[Math.abs(hash) % this.#deps.tokenRests.length] ?? this.#deps.rest;
  }

  #classify(error: unknown): 'token' | 'gone' | 'forbidden' | 'too_large' {
    if (error instanceof DiscordAPIError) {
      if (error.code === 50027 || error.code === 10015 || error.status === 401) return 'token';
      if (error.code === 10008 || error.code === 10003) return 'gone';
      if (error.status === 413 || error.code === 40005 || error.code === 50045) return 'too_large';
      if (error.code === 50013 || error.code === 50001 || error.status === 403) return 'forbidden';
    }
    throw error;
  }
}
