import type { Dispatcher } from 'undici';

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
