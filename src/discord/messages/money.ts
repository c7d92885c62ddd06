import type { APIEmbed } from 'discord-api-types/v10';
import { toUsd } from '../../credits/budget.ts';
import type { BudgetRefusal, BudgetToday } from '../../credits/budgets.ts';
import type { GuildSettings } from '../../credits/settings.ts';
import type { SpendPeriod, SpendReport } from '../../credits/stats.ts';
import type { T } from '../i18n.ts';
import type { Say } from '../respond.ts';
import { BRAND_COLOR, FIELD_LIMIT, linesWithin, mention, relative } from './format.ts';

/** Dollars as people read them: `$0.50`, `$12.00`; amounts under a cent keep their digits (`$0.0042`). */
export function usd(amount: number): string {
  if (amount > 0 && amount < 0.01) return `$${amount.toFixed(4)}`;
  return `$${amount.toFixed(2)}`;
}

/** "Today's budget is used up, it resets <t:…:R>", or how much is left when a shorter video still fits. */
export function budgetRefusalText(refusal: BudgetRefusal): Say {
  const when = relative(refusal.resetAt);
  if (refusal.leftUsd < refusal.minUsd) return (t) => t(`money.usedUp.${refusal.scope}`, { when });
  return (t) =>
    t(`money.tooLittle.${refusal.scope}`, {
      when,
      left: usd(refusal.leftUsd),
      need: usd(refusal.needUsd),
    });
}

/** The daily-budget setting as moderators read it. */
export function budgetSettingValue(t: T, settings: Pick<GuildSettings, 'dailyBudgetUsd'>): string {
  return settings.dailyBudgetUsd === null
    ? t('money.noBudget')
    : t('money.budgetValue', { usd: usd(settings.dailyBudgetUsd) });
}

function total(t: T, spend: SpendPeriod['total']): string {
  return t('money.stats.total', {
    count: spend.clips,
    credits: t('common.credits', { count: spend.credits }),
    usd: usd(toUsd(spend.usd)),
  });
}

function members(t: T, period: SpendPeriod): string {
  if (period.top.length === 0) return t('money.stats.nobody');
  const lines = period.top.map(
    (m, i) =>
      `${i + 1}. ${t('money.stats.member', {
        user: mention(m.userId),
        count: m.clips,
        credits: t('common.credits', { count: m.credits }),
        usd: usd(toUsd(m.usd)),
      })}`,
  );
  return linesWithin(lines, FIELD_LIMIT);
}

function budgetLine(t: T, today: BudgetToday): string {
  const common = { spent: usd(today.spentUsd), held: usd(today.heldUsd) };
  if (today.limitUsd === null || today.leftUsd === null) return t('money.stats.budgetOpen', common);
  return t('money.stats.budgetLimited', {
    ...common,
    left: usd(today.leftUsd),
    limit: usd(today.limitUsd),
    when: relative(today.resetAt),
  });
}

/** `/clipcast stats`: the server's spend today and over the period, its top members, today's budget. */
export function statsEmbed(
  t: T,
  report: SpendReport,
  budget: BudgetToday | undefined,
  pricePerSecondUsd: number,
): APIEmbed {
  const fields = [
    { name: t('money.stats.today'), value: total(t, report.today.total), inline: true },
    {
      name: t('money.stats.period', { days: report.days }),
      value: total(t, report.period.total),
      inline: true,
    },
    { name: t('money.stats.topToday'), value: members(t, report.today), inline: false },
    {
      name: t('money.stats.topPeriod', { days: report.days }),
      value: members(t, report.period),
      inline: false,
    },
  ];
  if (budget) fields.push({ name: t('money.stats.budget'), value: budgetLine(t, budget), inline: false });
  return {
    color: BRAND_COLOR,
    title: t('money.stats.title'),
    fields,
    footer: { text: t('money.stats.footer', { price: usd(pricePerSecondUsd) }) },
  };
}
