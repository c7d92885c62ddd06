import type { SettingsStore } from '../credits/settings.ts';
import type { JobNotifier } from '../jobs/deps.ts';
import type { JobRecord } from '../jobs/record.ts';
import type { StatusView } from '../jobs/statusDisplay.ts';
import type { Logger } from '../logger.ts';
import { editButton, queuedButtons, resultButtons } from './components.ts';
import { type T, translator } from './i18n.ts';
import {
  type AttachedFile,
  type Body,
  classify,
  type MessageSender,
  mentioning,
  NO_MENTIONS,
  type SentMessage,
  type VideoFile,
} from './messageSender.ts';
import { jumpUrl } from './messages/format.ts';
import {
  failureAdvice,
  failureText,
  jobLogLine,
  pingText,
  resultContent,
  resultEmbed,
  statusText,
  type Told,
} from './messages/job.ts';
import { conditionOf, type OperatorAlerts } from './operatorAlerts.ts';

/**
 * The Discord side of a job: shows its status on the one public message, posts the clip (or a
 * link when the file is over the interaction's upload limit), reports failures, and logs each
 * finished job in the server's log channel. Public text is in the server's language.
 */
export class DiscordNotifier implements JobNotifier {
  readonly #sender: MessageSender;
  readonly #settings: SettingsStore;
  readonly #logger: Logger;
  readonly #guildLocale: (guildId: string) => string;
  readonly #alerts: OperatorAlerts;
  readonly #scrub: (text: string) => string;

  constructor(deps: {
    /** Removes secrets from provider text before it is shown in public (as from log lines). */
    scrub: (text: string) => string;
    sender: MessageSender;
    settings: SettingsStore;
    alerts: OperatorAlerts;
    logger: Logger;
    /** The server's preferred locale (log channel lines are in its language). */
    guildLocale: (guildId: string) => string;
  }) {
    this.#sender = deps.sender;
    this.#settings = deps.settings;
    this.#logger = deps.logger;
    this.#guildLocale = deps.guildLocale;
    this.#alerts = deps.alerts;
    this.#scrub = deps.scrub;
  }

  async status(job: JobRecord, view: StatusView): Promise<'shown' | 'unreachable'> {
    const t = translator(job.locale);
    const outcome = await this.#sender.editStatus(job, {
      content: statusText(t, job, view),
      embeds: [],
      components: view.kind === 'queued' ? queuedButtons(t, job.id) : [],
      allowed_mentions: NO_MENTIONS,
    });
    return outcome.ok ? 'shown' : 'unreachable';
  }

  async deliver(job: JobRecord, video: VideoFile): Promise<NonNullable<JobRecord['result']>> {
    const t = translator(job.locale);
    const body = clipBody(t, job, video);
    let delivery: Delivery = video.size <= job.interaction.attachmentSizeLimit ? 'attachment' : 'link';
    let outcome =
      delivery === 'attachment'
        ? await this.#sender.editStatus(job, body(false), video)
        : await this.#sender.editStatus(job, body(true));
    if (!outcome.ok && outcome.reason === 'too_large') {
      // Discord's limit was lower than announced: fall back to a link, once, no retry loop.
      delivery = 'link';
      outcome = await this.#sender.editStatus(job, body(true));
    }
    let message: SentMessage;
    let pingId: string | null = null;
    if (outcome.ok) {
      message = outcome.message;
      pingId = await this.#ping(t, job, message);
    } else {
      // The status message is gone or cannot be edited: post the clip as a new message, mentioning the requester.
      ({ message, delivery } = await this.#postClip(job, body, video, delivery, mentioning(job.userId)));
    }
    const result = {
      channelId: message.channel_id,
      messageId: message.id,
      delivery,
      bytes: video.size,
      pingMessageId: pingId,
    };
    await this.#logJob(
      { ...job, state: 'done', result },
      jumpUrl(job.guildId, message.channel_id, message.id),
    );
    return result;
  }

  async failed(failedJob: JobRecord): Promise<{ postedMessageId: string } | undefined> {
    const t = translator(failedJob.locale);
    const job = failedJob.failure
      ? { ...failedJob, failure: { ...failedJob.failure, detail: this.#scrub(failedJob.failure.detail) } }
      : failedJob;
    const code = job.failure?.code;
    const told: Told =
      code === 'misconfigured' || code === 'model_unavailable'
        ? await this.#alerts.raise(conditionOf(code === 'model_unavailable' ? code : job.failure?.detail), {
            guildId: job.guildId,
          })
        : 'owner';
    const body: Body = {
      content: failureText(t, job, told),
      embeds: [],
      components: failureAdvice(job) ? editButton(t, job.id) : [],
      allowed_mentions: NO_MENTIONS,
    };
    const outcome = await this.#sender.editStatus(job, body);
    let posted: { postedMessageId: string } | undefined;
    if (!outcome.ok && outcome.reason === 'gone' && job.failure?.code !== 'cancelled') {
      posted = await this.#sender
        .postInChannel(job, { ...body, allowed_mentions: mentioning(job.userId) })
        .then((message) => ({ postedMessageId: message.id }))
        .catch((error) => {
          this.#logger.warn({ err: error, jobId: job.id }, 'could not post the failure notice');
          return undefined;
        });
    }
    const where = posted?.postedMessageId ?? job.statusMessageId;
    await this.#logJob(job, where ? jumpUrl(job.guildId, job.channelId, where) : null);
    return posted;
  }

  /** Posts a line in the server's log channel, if it has one; never fails the caller. */
  async log(guildId: string, line: string | ((t: T) => string)): Promise<boolean> {
    try {
      const settings = await this.#settings.get(guildId);
      if (!settings.logChannelId) return false;
      const content = typeof line === 'string' ? line : line(translator(this.#guildLocale(guildId)));
      await this.#sender.postLine(settings.logChannelId, content);
      return true;
    } catch (error) {
      this.#logger.warn({ err: error, guildId }, 'could not post in the log channel');
      return false;
    }
  }

  /** Adds a file to an interaction's answer (moderators' exports). */
  attachToReply(applicationId: string, token: string, file: AttachedFile): Promise<SentMessage> {
    return this.#sender.attachToReply(applicationId, token, file);
  }

  /**
   * Posts a delivered clip again as a new message in its channel (its message was deleted), with
   * the result buttons; a link when the file is over `attachmentSizeLimit`. No ping, no log line.
   */
  async repost(
    job: JobRecord,
    video: VideoFile,
    attachmentSizeLimit: number,
  ): Promise<NonNullable<JobRecord['result']>> {
    const body = clipBody(translator(job.locale), job, video);
    const first: Delivery = video.size <= attachmentSizeLimit ? 'attachment' : 'link';
    const { message, delivery } = await this.#postClip(job, body, video, first, NO_MENTIONS);
    return {
      channelId: message.channel_id,
      messageId: message.id,
      delivery,
      bytes: video.size,
      pingMessageId: null,
    };
  }

  /**
   * Posts the clip as a new message in its channel, as a file or a link; a file Discord refuses as
   * too large falls back to the link, once.
   */
  async #postClip(
    job: JobRecord,
    body: (asLink: boolean) => Body,
    video: VideoFile,
    delivery: Delivery,
    mentions: Body['allowed_mentions'],
  ): Promise<{ message: SentMessage; delivery: Delivery }> {
    const post = (asLink: boolean) =>
      this.#sender.postInChannel(
        job,
        { ...body(asLink), allowed_mentions: mentions },
        asLink ? undefined : video,
      );
    try {
      return { message: await post(delivery === 'link'), delivery };
    } catch (error) {
      if (delivery !== 'attachment' || classify(error) !== 'too_large') throw error;
      return { message: await post(true), delivery: 'link' };
    }
  }

  /** Deletes a delivered clip and its completion ping. */
  async deleteClip(job: JobRecord, messageChannelId: string, messageId: string): Promise<void> {
    await this.#sender.deleteMessage(messageChannelId, messageId);
    const ping = job.result?.pingMessageId;
    if (ping) {
      await this.#sender
        .deleteMessage(job.result?.channelId ?? messageChannelId, ping)
        .catch((error) =>
          this.#logger.info({ err: error, jobId: job.id }, 'could not delete the completion ping'),
        );
    }
  }

  #logJob(job: JobRecord, url: string | null): Promise<boolean> {
    return this.log(job.guildId, (t) => jobLogLine(t, job, url));
  }

  /** Mentions the requester when the clip is in (edits do not notify); returns the ping's message id. */
  async #ping(t: T, job: JobRecord, message: SentMessage): Promise<string | null> {
    try {
      const ping = await this.#sender.followUp(
        job,
        {
          content: pingText(t, job, jumpUrl(job.guildId, message.channel_id, message.id)),
          allowed_mentions: mentioning(job.userId),
        },
        message.id,
      );
      return ping.id;
    } catch (error) {
      this.#logger.info({ err: error, jobId: job.id }, 'completion ping failed (the clip was delivered)');
      return null;
    }
  }
}

type Delivery = NonNullable<JobRecord['result']>['delivery'];

/** The clip's message: the file attached, or (`asLink`) a link to Segmind's copy instead. */
function clipBody(t: T, job: JobRecord, video: VideoFile): (asLink: boolean) => Body {
  const link = job.outputUrl ?? undefined;
  return (asLink) => ({
    content: resultContent(t, job, asLink ? link : undefined),
    embeds: [resultEmbed(t, job)],
    components: resultButtons(t, job.id),
    allowed_mentions: NO_MENTIONS,
    ...(asLink ? {} : { attachments: [{ id: '0', filename: video.fileName }] }),
  });
}
