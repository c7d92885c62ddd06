import type { Dispatcher } from 'undici';
import { isImage, SNIFF_BYTES, sniff } from '../util/sniff.ts';

/**
 * Files attached to slash-command options are ephemeral on Discord's side: their signed CDN URLs
 * carry `ex` (expiry, hex epoch seconds) and stop working some time later. Before a re-roll reuses
 * them, this finds the ones that are gone: expired by their own signature, or not answering.
 */
export async function deadReferences(
  urls: readonly string[],
  options: { dispatcher: Dispatcher; now: number; timeoutMs?: number },
): Promise<string[]> {
  const results = await Promise.all(
    urls.map(async (raw) => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return raw;
      }
      const ex = url.searchParams.get('ex');
      if (ex && /^[0-9a-f]{1,12}$/i.test(ex) && Number.parseInt(ex, 16) * 1000 <= options.now) return raw;
      try {
        const response = await options.dispatcher.request({
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: 'HEAD',
          headersTimeout: options.timeoutMs ?? 3_000,
          bodyTimeout: options.timeoutMs ?? 3_000,
        });
        await response.body.dump();
        return response.statusCode >= 200 && response.statusCode < 400 ? null : raw;
      } catch {
        return raw;
      }
    }),
  );
  return results.filter((r): r is string => r !== null);
}

/**
 * Whether the file at `url` is an image the renderer takes, judged by its first bytes (for message
 * attachments that declare no type and have no telling name). Anything slow or failing is "no".
 */
export async function isImageAt(
  raw: string,
  options: { dispatcher: Dispatcher; timeoutMs?: number },
): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const timeout = options.timeoutMs ?? 1_500;
  try {
    const response = await options.dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { range: `bytes=0-${SNIFF_BYTES - 1}` },
      headersTimeout: timeout,
      bodyTimeout: timeout,
      signal: AbortSignal.timeout(timeout),
    });
    if (response.statusCode < 200 || response.statusCode >= 300) {
      await response.body.dump();
      return false;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      chunks.push(buffer);
      size += buffer.length;
      if (size >= SNIFF_BYTES) break;
    }
    // Leaving the loop early aborts the rest of the body.
    return isImage(await sniff(Buffer.concat(chunks)));
  } catch {
    return false;
  }
}
