import { openAsBlob } from 'node:fs';
import { DiscordAPIError, type REST } from 'discord.js';
import { PermissionFlagsBits, Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { JobRecord } from '../jobs/record.ts';
import type { Logger } from '../logger.ts';
import { truncate } from '../text/public.ts';
import { MESSAGE_LIMIT } from './messages/format.ts';

/** What the bot reads of a message Discord says it created or edited (the rest is dropped). */
const sentMessageSchema = z.object({ id: z.string().min(1), channel_id: z.string().min(1) });
export type SentMessage = z.output<typeof sentMessageSchema>;

/** Interaction tokens live 15 minutes; stop using one a minute early. */
const TOKEN_SAFE_MS = 14 * 60_000;

type EditOutcome =
  | { ok: true; message: SentMessage }
  | { ok: false; reason: 'gone' | 'forbidden' | 'too_large' };

export interface Body {
  content: string;
  embeds?: unknown[];
  components?: unknown[];
  allowed_mentions: { parse: never[]; users?: string[] };
  attachments?: Array<{ id: string; filename: string }>;
  message_reference?: { message_id: string; fail_if_not_exists: boolean };
}

export interface VideoFile {
  path: string;
  size: number;
  fileName: string;
}

/** A file built in memory (bounded by the upload limit), e.g. a CSV export. */
export interface AttachedFile {
  name: string;
  data: Uint8Array;
  type: string;
}

export const NO_MENTIONS = { parse: [] as never[] };
/** The upload limit an interaction announces; 10 MiB (a server without boosts) when it says none. */
export const uploadLimitOf = (interaction: { attachmentSizeLimit?: number | null }): number =>
  interaction.attachmentSizeLimit ?? 10 * 1024 * 1024;

/** Mentions limited to one member (the requester's ping). */
export const mentioning = (userId: string) => ({ ...NO_MENTIONS, users: [userId] });

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
}

interface SenderDeps {
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
}

/**
 * How a job's messages reach Discord: through the job's interaction token while it is young, then
 * the bot's own token (before it expires, or as soon as Discord refuses it); big files stream from
 * disk. Works from the job record alone, so a resumed job behaves like a fresh one.
 */
export class MessageSender {
  readonly #deps: SenderDeps;
  readonly #deadTokens = new Set<string>();

  constructor(deps: SenderDeps) {
    this.#deps = deps;
  }

  /** Posts one plain line in a channel with the bot's token (log lines), mentioning no one. */
  postLine(channelId: string, content: string): Promise<unknown> {
    return postLine(this.#deps.rest, channelId, content);
  }

  tokenUsable(job: JobRecord): boolean {
    return (
      !this.#deadTokens.has(job.interaction.token) &&
      this.#deps.clock.now() - job.interaction.issuedAt < TOKEN_SAFE_MS
    );
  }

  /** Edits the job's public status message: interaction token while young, else the bot token. */
  async editStatus(job: JobRecord, body: Body, file?: VideoFile): Promise<EditOutcome> {
    if (this.tokenUsable(job)) {
      try {
        // The status message is the interaction's public follow-up (its id is kept on the job);
        // records from before acknowledgements went private used the original response.
        const route = Routes.webhookMessage(
          job.interaction.applicationId,
          job.interaction.token,
          job.statusMessageId ?? '@original',
        );
        return { ok: true, message: await this.#send('patch', route, body, false, file) };
      } catch (error) {
        const outcome = classify(error);
        if (outcome !== 'token') return { ok: false, reason: outcome };
        this.#deadTokens.add(job.interaction.token);
        this.#deps.logger.info({ jobId: job.id }, 'interaction token refused; switching to the bot token');
      }
    }
    if (!job.statusMessageId) return { ok: false, reason: 'gone' };
    try {
      const route = Routes.channelMessage(job.channelId, job.statusMessageId);
      return { ok: true, message: await this.#send('patch', route, body, true, file) };
    } catch (error) {
      const outcome = classify(error);
      return { ok: false, reason: outcome === 'token' ? 'forbidden' : outcome };
    }
  }

  /** Posts a new message in the job's channel with the bot's token (its permissions checked first). */
  async postInChannel(job: JobRecord, body: Body, file?: VideoFile): Promise<SentMessage> {
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
    return this.#send('post', Routes.channelMessages(job.channelId), body, true, file);
  }

  /** A follow-up through the interaction token while usable, else a reply in the channel. */
  async followUp(job: JobRecord, body: Body, replyTo: string): Promise<SentMessage> {
    if (this.tokenUsable(job))
      return this.#send(
        'post',
        Routes.webhook(job.interaction.applicationId, job.interaction.token),
        body,
        false,
      );
    const reply = { ...body, message_reference: { message_id: replyTo, fail_if_not_exists: false } };
    return this.#send('post', Routes.channelMessages(job.channelId), reply, true);
  }

  /**
   * Adds a small in-memory file (a CSV export) to an interaction's first answer. discord.js's own
   * uploads go through its bundled undici's FormData, which the project's undici dispatcher refuses,
   * so files go through Node's fetch like videos do.
   */
  async attachToReply(applicationId: string, token: string, file: AttachedFile): Promise<SentMessage> {
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ attachments: [{ id: '0', filename: file.name }] }));
    form.append('files[0]', new Blob([file.data], { type: file.type }), file.name);
    const route = Routes.webhookMessage(applicationId, token, '@original');
    return sentMessageSchema.parse(
      await this.#restFor(token).patch(route, {
        body: form,
        passThroughBody: true,
        auth: false,
        signal: AbortSignal.timeout(60_000),
      }),
    );
  }

  /** Deletes one of the bot's messages; a message already gone is fine. */
  async deleteMessage(channelId: string, messageId: string): Promise<void> {
    try {
      await this.#deps.rest.delete(Routes.channelMessage(channelId, messageId));
    } catch (error) {
      if (discordRefusal(error) !== 'gone') throw error;
    }
  }

  async #send(
    method: 'patch' | 'post',
    route: `/${string}`,
    body: Body,
    auth: boolean,
    file?: VideoFile,
  ): Promise<SentMessage> {
    const token = auth ? null : /^\/webhooks\/\d+\/([^/]+)/.exec(route)?.[1];
    const rest = token ? this.#restFor(token) : file ? this.#deps.uploadRest : this.#deps.rest;
    if (!file)
      return sentMessageSchema.parse(
        await rest[method](route, { body, auth, signal: AbortSignal.timeout(15_000) }),
      );
    // discord.js would buffer the file twice; a file-backed Blob streams it from disk instead.
    const form = new FormData();
    form.append('payload_json', JSON.stringify(body));
    form.append('files[0]', await openAsBlob(file.path, { type: 'video/mp4' }), file.fileName);
    const timeoutMs = 30_000 + Math.ceil(file.size / (256 * 1024)) * 1_000;
    return sentMessageSchema.parse(
      await rest[method](route, {
        body: form,
        passThroughBody: true,
        auth,
        signal: AbortSignal.timeout(timeoutMs),
      }),
    );
  }

  #restFor(token: string): REST {
    let hash = 0;
    for (let i = 0; i < token.length; i++) hash = (hash * 31 + token.charCodeAt(i)) | 0;
    return this.#deps.tokenRests[Math.abs(hash) % this.#deps.tokenRests.length] ?? this.#deps.rest;
  }
}

/** One plain line in a channel, cut to Discord's limit on a character boundary, mentioning no one. */
export function postLine(rest: REST, channelId: string, content: string): Promise<unknown> {
  return rest.post(Routes.channelMessages(channelId), {
    body: { content: truncate(content, MESSAGE_LIMIT), allowed_mentions: NO_MENTIONS },
  });
}

type DiscordRefusal = 'token' | 'gone' | 'forbidden' | 'too_large';

/** What a Discord error means for a message (undefined: not one of these). */
export function discordRefusal(error: unknown): DiscordRefusal | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.code === 50027 || error.code === 10015 || error.status === 401) return 'token';
  if (error.code === 10008 || error.code === 10003) return 'gone';
  if (error.status === 413 || error.code === 40005 || error.code === 50045) return 'too_large';
  if (error.code === 50013 || error.code === 50001 || error.status === 403) return 'forbidden';
  return undefined;
}

/** {@link discordRefusal}; anything else is rethrown. */
export function classify(error: unknown): DiscordRefusal {
  const kind = discordRefusal(error);
  if (kind === undefined) throw error;
  return kind;
}
