import { JOB_RECORD_VERSION, type JobOrigin, type JobRecord } from './record.ts';

/** What an admitted request becomes: a queued job record, ready for {@link JobRunner.start}. */
export function newJob(p: {
  id: string;
  guildId: string;
  channelId: string;
  userId: string;
  origin: JobOrigin;
  parentId: string | null;
  source?: JobRecord['source'];
  input: JobRecord['input'];
  cost: number;
  now: number;
  locale: string;
  interaction: JobRecord['interaction'];
  statusMessageId: string | null;
}): JobRecord {
  return {
    v: JOB_RECORD_VERSION,
    id: p.id,
    guildId: p.guildId,
    channelId: p.channelId,
    userId: p.userId,
    origin: p.origin,
    parentId: p.parentId,
    source: p.source ?? null,
    input: p.input,
    cost: p.cost,
    state: 'queued',
    createdAt: p.now,
    updatedAt: p.now,
    locale: p.locale,
    interaction: p.interaction,
    statusMessageId: p.statusMessageId,
    submitIntentAt: null,
    segmind: null,
    render: { seconds: null, costUsd: null },
    outputUrl: null,
    resultRead: null,
    download: null,
    result: null,
    failure: null,
    finishedAt: null,
    clipDeleted: null,
  };
}
