import type { GuildSettings } from '../../../credits/settings.ts';
import { filterForm } from '../../../text/filter.ts';
import { isAspectRatio, isDuration } from '../../../videoInput.ts';
import { confirmButtons } from '../../components.ts';
import { describeChange, settingsEmbed } from '../../messages/embeds.ts';
import { mention } from '../../messages/format.ts';
import { UserError } from '../../respond.ts';
import type { ModContext, Reply, SubcommandHandler } from './index.ts';
import { budgetChange } from './money.ts';

/** How long a moderator has to confirm a reset. */
const CONFIRM_MS = 5 * 60_000;

type Change = Partial<Omit<GuildSettings, 'v'>>;

/** The options that were given (unset ones are left as they are). */
function given<T extends Record<string, unknown>>(
  values: T,
): Partial<{ [K in keyof T]: Exclude<T[K], null> }> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values))
    if (value !== null && value !== undefined) out[key] = value;
  return out as Partial<{ [K in keyof T]: Exclude<T[K], null> }>;
}

async function apply(m: ModContext, change: Change): Promise<Reply> {
  const current = await m.ctx.settings.get(m.guildId);
  if (Object.keys(change).length === 0)
    return { content: m.t('moderation.nothingGiven'), embeds: [settingsEmbed(m.t, current)] };
  const next = await m.ctx.settings.update(m.guildId, change);
  const summary = describeChange(m.t, current, next);
  if (!summary) return { content: m.t('moderation.nothingChanged'), embeds: [settingsEmbed(m.t, next)] };
  await m.log((t) =>
    t('moderation.log.settings', { mod: mention(m.moderatorId), changes: describeChange(t, current, next) }),
  );
  return { content: m.t('moderation.updated', { changes: summary }), embeds: [settingsEmbed(m.t, next)] };
}

const o = (m: ModContext) => m.interaction.options;

/** Adds to, removes from or clears a list setting. */
async function editList(
  m: ModContext,
  key: 'allowedChannels' | 'blockedWords',
  item: string | undefined,
  same: (a: string, b: string) => boolean,
): Promise<Reply> {
  const action = o(m).getString('action', true);
  if (action === 'clear') return apply(m, { [key]: [] });
  if (!item)
    throw new UserError((t) =>
      t(key === 'allowedChannels' ? 'moderation.pickChannel' : 'moderation.giveWord'),
    );
  const current = (await m.ctx.settings.get(m.guildId))[key];
  const rest = current.filter((x) => !same(x, item));
  return apply(m, { [key]: action === 'add' ? [...rest, item] : rest });
}

/** `/clipcast settings …`: every server setting, each change confirmed and logged in moderators' words. */
export const settingsCommand: Record<string, SubcommandHandler> = {
  show: async (m) => ({ embeds: [settingsEmbed(m.t, await m.ctx.settings.get(m.guildId))] }),
  credits: (m) =>
    apply(
      m,
      given({
        allowance: o(m).getInteger('allowance'),
        refillHours: o(m).getInteger('refill_hours'),
        costPerSecond: o(m).getInteger('cost_per_second'),
      }),
    ),
  limits: (m) =>
    apply(
      m,
      given({
        cooldownSeconds: o(m).getInteger('cooldown_seconds'),
        maxJobsPerUser: o(m).getInteger('user_jobs'),
        maxJobsPerGuild: o(m).getInteger('server_jobs'),
      }),
    ),
  defaults: (m) => {
    const aspect = o(m).getString('aspect_ratio');
    const duration = o(m).getInteger('duration');
    return apply(m, {
      ...(isAspectRatio(aspect) ? { defaultAspectRatio: aspect } : {}),
      ...(isDuration(duration) ? { defaultDuration: duration } : {}),
    });
  },
  budget: (m) => apply(m, budgetChange(m)),
  'cost-preview': (m) => {
    const credits = o(m).getInteger('credits', true);
    return apply(m, { costPreviewAt: credits > 0 ? credits : null });
  },
  'log-channel': (m) => apply(m, { logChannelId: o(m).getChannel('channel')?.id ?? null }),
  channels: (m) => editList(m, 'allowedChannels', o(m).getChannel('channel')?.id, (a, b) => a === b),
  words: (m) => {
    const word = o(m).getString('word')?.trim() || undefined;
    // A word with nothing left once folded (only invisible characters) would match nothing.
    if (word && o(m).getString('action') === 'add' && filterForm(word) === '')
      throw new UserError((t) => t('moderation.wordInvisible'));
    return editList(m, 'blockedWords', word, (a, b) => filterForm(a) === filterForm(b));
  },
  reset: async (m) => ({
    content: m.t('moderation.resetConfirm'),
    components: confirmButtons('settings-reset', m.moderatorId, m.ctx.clock.now() + CONFIRM_MS, {
      yes: m.t('moderation.resetButton'),
      no: m.t('moderation.cancelButton'),
    }),
  }),
};
