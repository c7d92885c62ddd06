import { describe, expect, it } from 'vitest';
import { type RepliableInteraction, sayEphemeral } from '../../src/discord/respond.ts';

/** The part of an interaction sayEphemeral uses, recording each call by name. */
function fakeInteraction(state: { deferred: boolean; replied: boolean; ephemeral: boolean | null }) {
  const calls: string[] = [];
  const record = (name: string) => async () => void calls.push(name);
  const interaction = {
    ...state,
    reply: record('reply'),
    editReply: record('editReply'),
    deleteReply: record('deleteReply'),
    followUp: record('followUp'),
  };
  return { interaction: interaction as unknown as RepliableInteraction, calls };
}

describe('sayEphemeral: a refusal however far the interaction has got', () => {
  it('after a deferred update (a button on a list view), follows up privately and leaves the message alone', async () => {
    const { interaction, calls } = fakeInteraction({ deferred: true, replied: false, ephemeral: null });
    await sayEphemeral(interaction, 'no');
    expect(calls).toEqual(['followUp']);
  });

  it('after a private deferral, edits the pending answer', async () => {
    const { interaction, calls } = fakeInteraction({ deferred: true, replied: false, ephemeral: true });
    await sayEphemeral(interaction, 'no');
    expect(calls).toEqual(['editReply']);
  });

  it('after a public deferral, removes the pending answer and follows up privately', async () => {
    const { interaction, calls } = fakeInteraction({ deferred: true, replied: false, ephemeral: false });
    await sayEphemeral(interaction, 'no');
    expect(calls).toEqual(['deleteReply', 'followUp']);
  });

  it('before any answer, replies privately', async () => {
    const { interaction, calls } = fakeInteraction({ deferred: false, replied: false, ephemeral: null });
    await sayEphemeral(interaction, 'no');
    expect(calls).toEqual(['reply']);
  });
});
