import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Dispatcher } from 'undici';
import { isVideo, SNIFF_BYTES, sniff } from '../util/sniff.ts';
import { SegmindError } from './errors.ts';

export interface DownloadOptions {
  maxBytes: number;
  stallMs?: number;
  signal?: AbortSignal;
}

/**
 * Media types a video may be served with. `binary/octet-stream` is what S3-style stores send for
 * files uploaded without a type; the first bytes are sniffed anyway, so accepting it costs nothing.
 */
function acceptableType(header: string | undefined): boolean {
  if (header === undefined) return true;
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return type.startsWith('video/') || type === 'application/octet-stream' || type === 'binary/octet-stream';
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Streams a video to `path` without holding it in memory. Fails (and removes the file) when the
 * stream stalls for `stallMs`, exceeds `maxBytes`, ends short of its announced length, or is not a
 * video (by content type when given, and always by its first bytes): such a file is never posted.
 * Failures that may pass (no answer, a stall, a cut, 5xx, 429, 408) are marked `transient`; a file
 * that is too large or not a video, or any other refusal, is not.
 */
export async function downloadVideo(
  dispatcher: Dispatcher,
  target: URL,
  path: string,
  options: DownloadOptions & { userAgent: string; onStatus?: (status: number, ms: number) => void },
): Promise<{ size: number; contentType: string | undefined }> {
  const started = performance.now();
  try {
    const response = await dispatcher.request({
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: 'GET',
      headers: { 'user-agent': options.userAgent, accept: 'video/*' },
      headersTimeout: options.stallMs ?? 30_000,
      bodyTimeout: options.stallMs ?? 30_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onStatus?.(response.statusCode, performance.now() - started);
    if (response.statusCode !== 200) {
      await response.body.dump();
      const status = response.statusCode;
      throw new SegmindError('download', `the video download answered ${status}`, {
        status,
        transient: status >= 500 || status === 429 || status === 408,
      });
    }
    const contentType = header(response.headers, 'content-type');
    if (!acceptableType(contentType)) {
      await response.body.dump();
      throw new SegmindError('download', 'the download is not a video (content type)', {
        reason: contentType?.slice(0, 100),
      });
    }
    const announced = Number(header(response.headers, 'content-length'));
    if (Number.isFinite(announced) && announced > options.maxBytes) {
      await response.body.dump();
      throw new SegmindError('download', 'the video is larger than the bot accepts');
    }
    let received = 0;
    let head = Buffer.alloc(0);
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        received += chunk.length;
        if (head.length < SNIFF_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        if (received > options.maxBytes)
          done(new SegmindError('download', 'the video is larger than the bot accepts'));
        else done(null, chunk);
      },
    });
    await pipeline(response.body, counter, createWriteStream(path));
    if (Number.isFinite(announced) && received !== announced) {
      throw new SegmindError(
        'download',
        `the video download was cut short (${received} of ${announced} bytes)`,
        { transient: true },
      );
    }
    if (received === 0)
      throw new SegmindError('download', 'the video download was empty', { transient: true });
    if (!isVideo(await sniff(head)))
      throw new SegmindError('download', 'the download is not a video (content)');
    return { size: received, contentType };
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof SegmindError) throw error;
    // No usable answer (connection refused or reset, a stall, a timeout): worth trying again later.
    throw new SegmindError('download', 'the video download failed', { cause: error, transient: true });
  }
}
