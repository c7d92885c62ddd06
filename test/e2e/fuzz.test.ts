import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { isConserved } from '../../src/credits/account.ts';
import type { InteractionHandle } from '../support/fakeDiscord.ts';
import { createWorld, type World } from '../support/harness.ts';
import { finalMessage, png } from '../support/helpers.ts';

let world: World;
let app: App;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  world = await createWorld({ clockFactor: 2000 });
  app = await world.startBot({ MAX_RENDERING: '20' });
  await app.settings.update(world.discord.guild.id, {
    maxJobsPerUser: 50,
    maxJobsPerGuild: 500,
    allowance: 100_000,
  });
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await world.close();
});

const users = ['100000000000000101', '100000000000000102', '100000000000000103'];
const hostileText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '@everyone',
    '<@&1>',
    '`'.repeat(3000),
    'x'.repeat(2001),
    '\u202Eevil',
    '🎬'.repeat(600),
    'clip:reroll:',
  ),
);

const attachmentArb = fc.record({
  filename: fc.oneof(
    fc.constantFrom('a.png', 'b.jpg', 'c.mp4', 'd.exe', 'noext', '.png', 'x.PNG', 'y.webm'),
    fc.string({ maxLength: 20 }),
  ),
  contentType: fc.oneof(
    fc.constant(null),
    fc.constantFrom('image/png', 'video/mp4', 'text/html', 'image/svg+xml', 'application/octet-stream', ''),
    fc.string({ maxLength: 15 }),
  ),
  size: fc.oneof(fc.constantFrom(0, 1, 10 * 1024 * 1024, 200 * 1024 * 1024), fc.nat(5000)),
  realImage: fc.boolean(),
});

type Action =
  | {
      kind: 'video';
      options: Record<string, unknown>;
      attachments: Array<{
        slot: string;
        a: { filename: string; contentType: string | null; size: number; realImage: boolean };
      }>;
      user: number;
    }
  | { kind: 'button'; customId: string; user: number }
  | { kind: 'modal'; customId: string; fields: Record<string, string>; user: number }
  | { kind: 'unknown'; name: string; user: number };

const optionValue = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant(3), value: hostileText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant(4),
      value: fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 3, 5, 10, 999_999_999, 1_000_000_000)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant(5), value: fc.boolean() }) },
);

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('video' as const),
      options: fc.dictionary(
        fc.constantFrom('prompt', 'aspect_ratio', 'duration', 'seed', 'bogus'),
        optionValue,
        { maxKeys: 5 },
      ),
      attachments: fc.array(
        fc.record({
          slot: fc.constantFrom(...Array.from({ length: 16 }, (_, i) => `image${i + 1}`), 'video'),
          a: attachmentArb,
        }),
        { maxLength: 16 },
      ),
      user: fc.nat(2),
    }),
  },
  {
    // Plausible requests that pass the option checks, so the private acknowledgement, the policy
    // checks and the reference checks (hostile files) are exercised too, and some are admitted.
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('video' as const),
      options: fc.record({
        prompt: fc.record({ type: fc.constant(3), value: fc.stringMatching(/^[a-z][a-z ]{0,30}$/) }),
        duration: fc.record({ type: fc.constant(4), value: fc.constantFrom(3, 5) }),
      }),
      attachments: fc.array(
        fc.record({
          slot: fc.constantFrom('image1', 'image2', 'video'),
          a: fc.record({
            filename: fc.constantFrom('a.png', 'b.mp4', 'noext'),
            contentType: fc.constantFrom('image/png', 'video/mp4', null),
            size: fc.nat(5000),
            realImage: fc.boolean(),
          }),
        }),
        { maxLength: 2 },
      ),
      user: fc.nat(2),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('button' as const),
      customId: fc.oneof(
        fc.string({ maxLength: 120 }),
        fc.constantFrom(
          'clip:reroll:',
          'clip:delete:zzzzzzzzzzzzzzzz',
          'clip:cancel:0123456789abcdef',
          'clip:edit:0123456789abcdef',
        ),
        fc
          .string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 16, maxLength: 16 })
          .map((h) => `clip:${['reroll', 'same', 'edit', 'delete', 'cancel'][h.charCodeAt(0) % 5]}:${h}`),
      ),
      user: fc.nat(2),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('modal' as const),
      customId: fc.oneof(
        fc.string({ maxLength: 100 }),
        fc
          .string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 16, maxLength: 16 })
          .map((h) => `clip:editmodal:${h}`),
      ),
      fields: fc.record({ prompt: hostileText, seed: fc.oneof(hostileText, fc.integer().map(String)) }),
      user: fc.nat(2),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('unknown' as const),
      name: fc.constantFrom('nope', 'clipcast', 'credits'),
      user: fc.nat(2),
    }),
  },
);

function send(action: Action): InteractionHandle {
  const user = { id: users[action.user] as string, username: `fuzz${action.user}` };
  const d = world.discord;
  switch (action.kind) {
    case 'video': {
      const options = Object.entries(action.options).map(([name, o]) => ({ name, ...(o as object) }));
      const attachments: Record<string, unknown> = {};
      for (const { slot, a } of action.attachments) {
        const data = a.realImage ? png() : Buffer.alloc(Math.min(a.size, 4096), 1);
        const att = d.attachment(a.filename || 'x', data, a.contentType);
        const { data: _d, ...meta } = att as typeof att & { data?: Buffer };
        attachments[att.id] = { ...meta, size: a.size };
        options.push({ name: slot, type: 11, value: att.id } as never);
      }
      return d.slash('video', options, { user, resolved: { attachments } });
    }
    case 'button': {
      const message = {
        id: '1',
        channel_id: d.guild.channelId,
        content: '',
        embeds: [],
        components: [],
        attachments: [],
        flags: 0,
        allowed_mentions: null,
        edits: 0,
        deleted: false,
      };
      return d.button(action.customId, message, { user });
    }
    case 'modal':
      return d.modal(action.customId, action.fields, { user });
    case 'unknown':
      return d.slash(action.name, [], { user });
  }
}

describe('fuzzing interactions through the real client', () => {
  it('answers every generated interaction within 3 s, never crashes, and neither submits nor charges for refused input', async () => {
    const g = world.discord.guild.id;
    await fc.assert(
      fc.asyncProperty(actionArb, async (action) => {
        // Earlier admitted jobs finish first, so what follows is this action's doing alone.
        await app.runner.idle();
        const before = world.segmind.submissions.length;
        const openBefore = new Set(Object.keys(await app.ledger.activeJobs(g)));
        const balances = await Promise.all(users.map((u) => app.ledger.peek(g, u)));
        const handle = send(action);
        const cb = await handle.callback(5_000);
        expect(cb.ms).toBeLessThan(3_000);
        if (cb.type === 4) expect(Number(cb.body.data?.flags) & 64).toBe(64);
        // A private acknowledgement (type 5) is followed by the decision in that same private reply;
        // only an admitted job has a public status message by then.
        if (cb.type === 5) await handle.ephemeralText();
        if (cb.type !== 5 || handle.status() === undefined) {
          // Refused (or a form or a cost preview): no job, nothing submitted, nothing charged.
          const opened = Object.keys(await app.ledger.activeJobs(g)).filter((id) => !openBefore.has(id));
          expect(opened).toEqual([]);
          expect(world.segmind.submissions.length).toBe(before);
          const after = await Promise.all(users.map((u) => app.ledger.peek(g, u)));
          for (const [i, a] of after.entries()) expect(a.balance).toBe(balances[i]?.balance);
        }
      }),
      { numRuns: 150, seed: Number(process.env.FUZZ_SEED ?? 20261124) },
    );
    await app.runner.idle();
    for (const u of users) expect(isConserved(await app.ledger.peek(g, u))).toBe(true);
    expect(unhandled).toEqual([]);
    expect(world.discord.violations).toEqual([]);
  });

  it('survives payloads discord.js cannot make sense of, then serves the next /video', async () => {
    const d = world.discord;
    const base = { application_id: d.appId, version: 1, guild_id: d.guild.id, channel_id: d.guild.channelId };
    for (const payload of [
      { ...base, id: '1', type: 99, token: 't1' },
      { ...base, id: '2', type: 2, token: 't2', data: null },
      { ...base, id: '3', type: 3, token: 't3', data: { custom_id: 12 } },
      {
        ...base,
        id: '4',
        type: 5,
        token: 't4',
        data: { custom_id: 'clip:editmodal:0123456789abcdef', components: 'nope' },
      },
      { id: '5', type: 2, token: 't5', data: { name: 'video', type: 1, options: [] } },
    ]) {
      d.rawInteraction(payload);
    }
    // No pause needed: the gateway delivers these in order on one connection, before the /video
    // below, and that /video takes many turns of the event loop to finish.
    const handle = d.video(
      { prompt: 'after the storm', duration: 3 },
      { user: { id: users[0] as string, username: 'f' } },
    );
    expect((await finalMessage(d, handle, 20_000)).attachments).toHaveLength(1);
    expect(unhandled).toEqual([]);
  });
});
