import type { ModalSubmitInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { checkFormId, formKey } from '../forms.ts';
import { UserError } from '../respond.ts';
import { admitAndStart } from '../startJob.ts';
import { parsePrompt, parseSeed } from '../videoOptions.ts';
import { loadJob, requestFrom } from './clip.ts';

/** A submitted Edit form: a changed prompt and/or seed, then a new job charged to whoever submitted it. */
export async function handleEditForm(ctx: BotContext, interaction: ModalSubmitInteraction): Promise<void> {
  const form = checkFormId(
    formKey(interaction.client.token ?? ''),
    interaction.customId,
    interaction.user.id,
    ctx.clock.now(),
  );
  if (!form.ok || form.kind !== 'edit') {
    if (form.ok || form.reason !== 'malformed')
      ctx.logger.warn(
        { userId: interaction.user.id, reason: form.ok ? 'kind' : form.reason },
        'refused a form',
      );
    throw new UserError((t) =>
      t(!form.ok && form.reason === 'expired' ? 'common.formExpired' : 'common.badCustomId'),
    );
  }
  const prompt = parsePrompt(field(interaction, 'prompt'));
  if (!prompt.ok) throw new UserError((t) => `⚠️ ${prompt.say(t)}`);
  const seed = parseSeed(field(interaction, 'seed'));
  if (!seed.ok) throw new UserError((t) => `⚠️ ${seed.say(t)}`);
  const job = await loadJob(ctx, interaction, form.jobId);
  await admitAndStart(ctx, interaction, requestFrom(job, prompt.value, seed.value), {
    kind: 'edit',
    parentId: job.id,
    source: job.source,
  });
}

function field(interaction: ModalSubmitInteraction, id: string): string {
  try {
    return interaction.fields.getTextInputValue(id) ?? '';
  } catch {
    return '';
  }
}
