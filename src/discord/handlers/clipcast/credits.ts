import { resolvedRoleIds } from '../../memberRoles.ts';
import { mention } from '../../messages/format.ts';
import { UserError } from '../../respond.ts';
import { creditsView } from '../credits.ts';
import { because, type ModContext, type Reply, type SubcommandHandler } from './index.ts';

function positiveAmount(m: ModContext): number {
  const amount = m.interaction.options.getInteger('amount', true);
  if (amount <= 0) throw new UserError((t) => t('moderation.positiveAmount'));
  return amount;
}

async function change(m: ModContext, kind: 'granted' | 'removed', amount: number): Promise<Reply> {
  const user = m.interaction.options.getUser('user', true);
  const reason = m.interaction.options.getString('reason');
  const account = await m.ctx.ledger.grant(
    m.guildId,
    user.id,
    kind === 'granted' ? amount : -amount,
    m.moderatorId,
    reason ?? undefined,
  );
  const applied = Math.abs(account.log[0]?.delta ?? amount);
  if (applied === 0) return { content: m.t('moderation.nothingToTake', { user: mention(user.id) }) };
  await m.log((t) =>
    t(`moderation.log.${kind}`, {
      mod: mention(m.moderatorId),
      user: mention(user.id),
      credits: t('common.credits', { count: applied }),
      balance: account.balance,
      why: because(t, reason),
    }),
  );
  return {
    content: m.t(`moderation.${kind}`, {
      user: mention(user.id),
      count: applied,
      balance: account.balance,
    }),
  };
}

/** `/clipcast credits show|grant|take|set|reset`. */
export const creditsCommand: Record<string, SubcommandHandler> = {
  show: async (m) => {
    const user = m.interaction.options.getUser('user', true);
    const roles = resolvedRoleIds(m.interaction.options.getMember('user'));
    return { embeds: [await creditsView(m.ctx, m.t, m.guildId, user.id, user.displayName, { roles })] };
  },
  grant: (m) => change(m, 'granted', positiveAmount(m)),
  take: (m) => change(m, 'removed', positiveAmount(m)),
  set: async (m) => {
    const user = m.interaction.options.getUser('user', true);
    const amount = m.interaction.options.getInteger('amount', true);
    const before = await m.ctx.ledger.peek(m.guildId, user.id);
    if (before.balance === amount) return { content: m.t('moderation.balanceUnchanged') };
    const reason = m.interaction.options.getString('reason');
    const account = await m.ctx.ledger.setBalance(
      m.guildId,
      user.id,
      amount,
      m.moderatorId,
      reason ?? undefined,
    );
    await m.log((t) =>
      t('moderation.log.set', {
        mod: mention(m.moderatorId),
        user: mention(user.id),
        balance: account.balance,
        why: because(t, reason),
      }),
    );
    return { content: m.t('moderation.set', { user: mention(user.id), balance: account.balance }) };
  },
  reset: async (m) => {
    const user = m.interaction.options.getUser('user', true);
    const account = await m.ctx.ledger.reset(m.guildId, user.id, m.moderatorId);
    await m.log((t) =>
      t('moderation.log.reset', {
        mod: mention(m.moderatorId),
        user: mention(user.id),
        balance: account.balance,
      }),
    );
    return { content: m.t('moderation.reset', { user: mention(user.id), balance: account.balance }) };
  },
};
