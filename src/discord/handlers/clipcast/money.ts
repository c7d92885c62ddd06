import { exportCsv } from '../../../credits/csv.ts';
import { JOURNAL_RETENTION_DAYS } from '../../../credits/journal.ts';
import { spendReport } from '../../../credits/stats.ts';
import { uploadLimitOf } from '../../messageSender.ts';
import { statsEmbed } from '../../messages/money.ts';
import { UserError } from '../../respond.ts';
import type { ModContext, SubcommandHandler } from './index.ts';

/** Discord's upload limit when the interaction does not say (non-boosted servers). */
/** Room left in the upload for the rest of the request (at most a tenth of the limit). */
const UPLOAD_MARGIN = 64 * 1024;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function journalOf(m: ModContext) {
  const journal = m.ctx.ledger.money.journal;
  if (!journal) throw new UserError((t) => t('common.commandGone'));
  return journal;
}

/** `/clipcast settings budget usd:… | clear:True`: the change to apply. */
export function budgetChange(m: ModContext): { dailyBudgetUsd: number | null } {
  if (m.interaction.options.getBoolean('clear')) return { dailyBudgetUsd: null };
  const amount = m.interaction.options.getNumber('usd');
  if (amount === null || !Number.isFinite(amount) || amount < 0)
    throw new UserError((t) => t('money.giveBudget'));
  return { dailyBudgetUsd: Math.round(amount * 100) / 100 };
}

/** `/clipcast stats` and `/clipcast export`: what the server spent, and its whole ledger as CSV. */
export const moneyCommand: Record<string, SubcommandHandler> = {
  stats: async (m) => {
    const now = m.ctx.clock.now();
    const report = await spendReport(journalOf(m), m.guildId, now, { days: 30 });
    const budgets = m.ctx.ledger.money.budgets;
    const settings = await m.ctx.settings.get(m.guildId);
    const today = budgets ? await budgets.today(m.guildId, settings, now) : undefined;
    return { embeds: [statsEmbed(m.t, report, today, budgets?.policy.pricePerSecondUsd ?? 0)] };
  },
  export: async (m) => {
    const days = m.interaction.options.getInteger('days') ?? JOURNAL_RETENTION_DAYS;
    const limit = uploadLimitOf(m.interaction);
    const now = m.ctx.clock.now();
    const csv = await exportCsv(journalOf(m), m.guildId, now, {
      days: Math.min(Math.max(days, 1), JOURNAL_RETENTION_DAYS),
      maxBytes: limit - Math.min(UPLOAD_MARGIN, Math.floor(limit / 10)),
    });
    if (csv.rows === 0 || csv.from === null || csv.to === null)
      return { content: m.t('money.export.empty', { count: days }) };
    const from = isoDay(csv.from);
    const lines = [m.t('money.export.done', { count: csv.rows, from, to: isoDay(csv.to) })];
    if (csv.truncated) lines.push(m.t('money.export.truncated', { from }));
    return {
      content: lines.join('\n'),
      upload: {
        name: `clipcast-ledger-${m.guildId}-${isoDay(now)}.csv`,
        data: Buffer.from(csv.text, 'utf8'),
        type: 'text/csv',
      },
    };
  },
};
