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
      const m = handle.status();
      if (!m) return undefined;
      if (m.attachments.length || /your clip is ready|❌|Cancelled/.test(m.content)) return m;
      return undefined;
    },
    timeoutMs,
    'a final status message',
  );
}

/**
 * Whether a video request was admitted: true once its public status message appears, false once the
 * private acknowledgement shows a refusal instead (the bot acknowledges every request privately first).
 */
export async function admitted(
  discord: FakeDiscord,
  handle: InteractionHandle,
  timeoutMs = 15_000,
): Promise<boolean> {
  const outcome = await discord.waitFor(
    () => {
      if (handle.status()) return 'admitted';
      const cb = handle.state.callbacks[0];
      if (cb?.type === 4) return 'refused';
      const original = handle.original();
      return original && original.edits > 0 && !original.content.includes('on its way')
        ? 'refused'
        : undefined;
    },
    timeoutMs,
    'the request to be admitted or refused',
  );
  return outcome === 'admitted';
}

/** The "your clip is ready" mention the bot sends after delivering (a follow-up beside the status message). */
export function completionPing(discord: FakeDiscord, handle: InteractionHandle): Promise<FakeMessage> {
  return discord.waitFor(
    () =>
      handle
        .followUps()
        .find(
          (m) =>
            m.id !== handle.status()?.id && (m.flags & 64) === 0 && m.content.includes('your clip is ready'),
        ),
    15_000,
    'the completion ping',
  );
}

/** Every content the status message showed, in order. */
export function shownTexts(discord: FakeDiscord, handle: InteractionHandle): string[] {
  const id = handle.status()?.id;
  if (!id) return [];
  return discord.requests
    .filter((r) => r.method === 'PATCH' && r.path.endsWith(`/messages/${id}`))
    .map((r) => String((r.body as { content?: string } | undefined)?.content ?? ''));
}

/** Every button of a message, nested rows and section accessories included. */
export { buttonsOf as buttons } from './sandbox/helpers.ts';

export function customIds(message: FakeMessage): string[] {
  return (message.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((row) =>
    row.components.map((c) => c.custom_id),
  );
}

/** A real PNG header (signature, IHDR, IEND) padded to `size` bytes: what the bot's byte sniffing reads. */
export const png = (size = 2048) => {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(64, 0);
  ihdr.writeUInt32BE(64, 4);
  ihdr.writeUInt8(8, 8);
  ihdr.writeUInt8(6, 9);
  const file = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return Buffer.concat([file, Buffer.alloc(Math.max(0, size - file.length), 7)]);
};

/** An MP4 header (an `ftyp` box) padded to `size` bytes. */
export const mp4 = (size = 5000) => {
  const b = Buffer.alloc(size, 1);
  b.writeUInt32BE(24, 0);
  b.write('ftypisom', 4, 'latin1');
  b.writeUInt32BE(0x200, 12);
  b.write('isomiso2avc1mp41', 16, 'latin1');
  return b;
};

/** Polls (real time, every 25 ms, `tries` times) until `check` resolves; throws naming `what` if it never does. */
export async function untilResolves(check: () => Promise<unknown>, what: string, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    const ok = await check().then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${what} never happened`);
}
