import type { Dispatcher } from 'undici';
import { isImage, isVideo, SNIFF_BYTES, sniff } from '../util/sniff.ts';

type ReferenceKind = 'image' | 'video';
export type ReferenceProblem = 'expired' | 'not_image' | 'not_video' | 'not_discord';

export interface Reference {
  url: string;
  kind: ReferenceKind;
}

/** Discord's CDN hosts: the only places the bot reads reference files from (no probe of arbitrary URLs). */
export const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;

/**
 * Checks reference files before Segmind is paid: each must be on Discord's CDN, still there (files
 * attached to commands are ephemeral: their signed URLs carry `ex`, a hex expiry, and stop working
 * later), and really be what it claims — the first bytes are read with a range request and sniffed
 * (magic numbers), since a declared content type or file name can lie. Returns the problems found.
 */
export async function checkReferences(
  references: readonly Reference[],
  options: { dispatcher: Dispatcher; now: number; hosts: readonly string[]; timeoutMs?: number },
): Promise<Array<{ index: number; problem: ReferenceProblem }>> {
  const results = await Promise.all(references.map((ref) => checkOne(ref, options)));
  return results.flatMap((problem, index) => (problem ? [{ index, problem }] : []));
}

async function checkOne(
  ref: Reference,
  options: { dispatcher: Dispatcher; now: number; hosts: readonly string[]; timeoutMs?: number },
): Promise<ReferenceProblem | null> {
  let url: URL;
  try {
    url = new URL(ref.url);
  } catch {
    return 'not_discord';
  }
  if (!options.hosts.includes(url.host.toLowerCase()) && !options.hosts.includes(url.hostname.toLowerCase()))
    return 'not_discord';
  const ex = url.searchParams.get('ex');
  if (ex && /^[0-9a-f]{1,12}$/i.test(ex) && Number.parseInt(ex, 16) * 1000 <= options.now) return 'expired';
  const head = await firstBytes(url, options);
  if (!head) return 'expired';
  const type = await sniff(head);
  if (ref.kind === 'image' && !isImage(type)) return 'not_image';
  if (ref.kind === 'video' && !isVideo(type)) return 'not_video';
  return null;
}

/** The file's first bytes (a range request, read no further), or null when it is gone. */
async function firstBytes(
  url: URL,
  options: { dispatcher: Dispatcher; timeoutMs?: number },
): Promise<Uint8Array | null> {
  try {
    const response = await options.dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { range: `bytes=0-${SNIFF_BYTES - 1}` },
      headersTimeout: options.timeoutMs ?? 3_000,
      bodyTimeout: options.timeoutMs ?? 3_000,
    });
    if (response.statusCode !== 200 && response.statusCode !== 206) {
      await response.body.dump();
      return null;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      if (!(chunk instanceof Uint8Array)) break;
      chunks.push(chunk);
      size += chunk.length;
      if (size >= SNIFF_BYTES) break;
    }
    response.body.destroy();
    return Buffer.concat(chunks).subarray(0, SNIFF_BYTES);
  } catch {
    return null;
  }
}
