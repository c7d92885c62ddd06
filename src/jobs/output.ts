import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SegmindApi } from './deps.ts';
import type { JobRecord } from './record.ts';

/** Segmind keeps a finished render's output file for about seven days (segmind-v2.md). */
export const OUTPUT_RETENTION_MS = 7 * 24 * 3_600_000;

/** Whether the delivered job's file should still be downloadable from Segmind at `now`. */
export function outputStillKept(job: JobRecord, now: number): boolean {
  return (
    job.state === 'done' &&
    job.outputUrl !== null &&
    now - (job.finishedAt ?? job.updatedAt) < OUTPUT_RETENTION_MS
  );
}

interface VideoOnDisk {
  path: string;
  size: number;
  fileName: string;
}

/** The largest video the bot downloads, unless told otherwise. */
export const DEFAULT_MAX_VIDEO_BYTES = 512 * 1024 * 1024;

/** The clip's file name as members see it on Discord: its seed and job id. */
export const outputFileName = (job: JobRecord) => `clipcast-${job.input.seed}-${job.id}.mp4`;

/** Downloads a delivered job's video again, hands it to `use`, then removes the file. */
export type OutputFetcher = <T>(job: JobRecord, use: (video: VideoOnDisk) => Promise<T>) => Promise<T>;

/**
 * Fetches an output again (Re-post) the way delivery does: the same Segmind client (allowed hosts,
 * size cap, content check) streaming to a temporary file, under the same file name.
 */
export function outputFetcher(deps: {
  segmind: Pick<SegmindApi, 'download'>;
  tempDir: string;
  maxVideoBytes?: number;
}): OutputFetcher {
  return async (job, use) => {
    if (!job.outputUrl) throw new Error('the job has no output');
    await mkdir(deps.tempDir, { recursive: true });
    const fileName = outputFileName(job);
    const path = join(deps.tempDir, `${randomUUID()}-${fileName}`);
    try {
      const { size } = await deps.segmind.download(job.outputUrl, path, {
        maxBytes: deps.maxVideoBytes ?? DEFAULT_MAX_VIDEO_BYTES,
      });
      return await use({ path, size, fileName });
    } finally {
      await rm(path, { force: true });
    }
  };
}
