import { mention } from '../../messages/format.ts';
import { because, type SubcommandHandler } from './index.ts';

async function setBlocked(m: Parameters<SubcommandHandler>[0], blocked: boolean) {
  const user = m.interaction.options.getUser('user', true);
  const before = await m.ctx.ledger.peek(m.guildId, user.id);
  if (before.blocked === blocked)
    return {
      content: m.t(blocked ? 'moderation.alreadyBlocked' : 'moderation.alreadyUnblocked', {
        user: mention(user.id),
      }),
    };
  await m.ctx.ledger.setBlocked(m.guildId, user.id, blocked);
  const reason = m.interaction.options.getString('reason');
  await m.log((t) =>
    t(blocked ? 'moderation.log.blocked' : 'moderation.log.unblocked', {
      mod: mention(m.moderatorId),
      user: mention(user.id),
      why: because(t, reason),
    }),
  );
  return {
    content: m.t(blocked ? 'moderation.blocked' : 'moderation.unblocked', { user: mention(user.id) }),
  };
}

/** `/clipcast user block|unblock`. */
export const userCommand: Record<string, SubcommandHandler> = {
  block: (m) => setBlocked(m, true),
  unblock: (m) => setBlocked(m, false),
};
