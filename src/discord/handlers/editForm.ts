import type { ModalSubmitInteraction } from 'discord.js';
import type { BotContext } from '../context.ts';
import { requireForm, textField } from '../forms.ts';
import { UserError } from '../respond.ts';
import { admitAndStart } from '../startJob.ts';
import { parsePrompt, parseSeed } from '../videoOptions.ts';
import { loadJob, requestFrom } from './clip.ts';

/** A submitted Edit form: a changed prompt and/or seed, then a new job charged to whoever submitted it. */
export async function handleEditForm(ctx: BotContext, interaction: ModalSubmitInteraction): Promise<void> {
  const jobId = requireForm(ctx, interaction, 'edit');
  const prompt = parsePrompt(textField(interaction, 'prompt'));
  if (!prompt.ok) throw new UserError((t) => `⚠️ ${prompt.say(t)}`);
  const seed = parseSeed(textField(interaction, 'seed'));
  if (!seed.ok) throw new UserError((t) => `⚠️ ${seed.say(t)}`);
  const job = await loadJob(ctx, interaction, jobId);
  await admitAndStart(ctx, interaction, requestFrom(job, prompt.value, seed.value), {
    kind: 'edit',
    parentId: job.id,
    source: job.source,
  });
}
