import type { FakeDiscord, FakeMessage, InteractionHandle } from './fakeDiscord.ts';

export const alice = { id: '100000000000000001', username: 'alice' };
export const bob = { id: '100000000000000002', username: 'bob' };
export const mod = {
  id: '100000000000000003',
  username: 'mod',
  permissions: (32n | 8192n | 1024n | 2048n | (1n << 31n)).toString(),
};

/** Waits for the handle's status message to carry a final state (a clip, a link or a failure). */
export function finalMessage(
  discord: FakeDiscord,
  handle: InteractionHandle,
  timeoutMs = 15_000,
): Promise<FakeMessage> {
  return discord.waitFor(
    () => {
      const m = handle.original();
      if (!m) return undefined;
      if (m.attachments.length || /your clip is ready|❌|Cancelled/.test(m.content)) return m;
      return undefined;
    },
    timeoutMs,
    'a final status message',
  );
}

/** Every content the status message showed, in order. */
export function shownTexts(discord: FakeDiscord, handle: InteractionHandle): string[] {
  return discord.requests
    .filter(
      (r) =>
        r.method === 'PATCH' &&
        (r.path.includes(handle.token) || r.path.includes(`/messages/${handle.state.originalMessageId}`)),
    )
    .map((r) => String((r.body as { content?: string } | undefined)?.content ?? ''));
}

export function customIds(message: FakeMessage): string[] {
  return (message.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((row) =>
    row.components.map((c) => c.custom_id),
  );
}

export const png = (size = 2048) => {
  const b = Buffer.alloc(size, 7);
  b.write('\x89PNG', 0, 'latin1');
  return b;
};
