import {
  type ButtonInteraction,
  ComponentType,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  TextInputStyle,
} from 'discord.js';
import type { JobRecord } from '../../jobs/job.ts';
import { within } from '../../util/within.ts';
import { customId, parseCustomId } from '../components.ts';
import type { BotContext } from '../context.ts';
import { text } from '../messages.ts';
import { ACK_BUDGET_MS, sayEphemeral } from '../respond.ts';
import { admitAndStart } from '../startJob.ts';
import { promptSchema, seedSchema } from '../videoOptions.ts';

const canModerate = (i: ButtonInteraction) =>
  i.memberPermissions?.any([PermissionFlagsBits.ManageGuild, PermissionFlagsBits.ManageMessages]) ?? false;

/** Loads the job a custom id points at, refusing other servers' jobs. */
async function loadJob(
  ctx: BotContext,
  interaction: ButtonInteraction | ModalSubmitInteraction,
  jobId: string,
) {
  const job = await within(ctx.jobs.get(jobId), ACK_BUDGET_MS, 'late' as const);
  if (job === 'late') {
    await sayEphemeral(interaction, text.slowStorage);
    return null;
  }
  if (!job) {
    await sayEphemeral(interaction, text.unknownJob);
    return null;
  }
  if (job.guildId !== interaction.guildId) {
    await sayEphemeral(interaction, text.otherGuildJob);
    return null;
  }
  return job;
}

/** `clip:<action>:<jobId>` buttons on status and result messages. */
export async function handleButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (!parsed || parsed.action === 'editmodal') {
    await sayEphemeral(interaction, text.badCustomId);
    return;
  }
  const job = await loadJob(ctx, interaction, parsed.jobId);
  if (!job) return;
  switch (parsed.action) {
    case 'reroll':
    case 'same':
      await admitAndStart(
        ctx,
        interaction,
        requestFrom(job, job.input.prompt, parsed.action === 'same' ? job.input.seed : null),
        {
          kind: parsed.action === 'same' ? 'same_seed' : 'reroll',
          parentId: job.id,
          checkReferences: true,
        },
      );
      return;
    case 'edit':
      await interaction.showModal({
        custom_id: customId('editmodal', job.id),
        title: 'Edit and run again',
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.TextInput,
                custom_id: 'prompt',
                label: 'Prompt',
                style: TextInputStyle.Paragraph,
                required: true,
                min_length: 1,
                max_length: 2000,
                value: job.input.prompt.slice(0, 2000),
              },
            ],
          },
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.TextInput,
                custom_id: 'seed',
                label: 'Seed (empty or -1 = random)',
                style: TextInputStyle.Short,
                required: false,
                max_length: 10,
                value: String(job.input.seed),
              },
            ],
          },
        ],
      });
      return;
    case 'delete':
      if (interaction.user.id !== job.userId && !canModerate(interaction)) {
        await sayEphemeral(interaction, text.notYourDelete);
        return;
      }
      await interaction.message.delete();
      await sayEphemeral(interaction, text.deleted);
      return;
    case 'cancel': {
      if (interaction.user.id !== job.userId && !canModerate(interaction)) {
        await sayEphemeral(interaction, text.notYourCancel);
        return;
      }
      const outcome = await ctx.runner.cancel(job.id, interaction.user.id);
      await sayEphemeral(interaction, outcome === 'cancelled' ? text.cancelled(job.cost) : text.notQueued);
      return;
    }
  }
}

/** The Edit modal: a changed prompt and/or seed, then a new job charged to whoever submitted it. */
export async function handleModal(ctx: BotContext, interaction: ModalSubmitInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (parsed?.action !== 'editmodal') {
    await sayEphemeral(interaction, text.badCustomId);
    return;
  }
  const rawPrompt = field(interaction, 'prompt');
  const rawSeed = field(interaction, 'seed').trim();
  const prompt = promptSchema.safeParse(rawPrompt);
  if (!prompt.success) {
    await sayEphemeral(interaction, `⚠️ ${prompt.error.issues[0]?.message ?? 'The prompt is invalid.'}`);
    return;
  }
  const seedNumber = rawSeed === '' ? null : /^-?\d{1,10}$/.test(rawSeed) ? Number(rawSeed) : Number.NaN;
  const seed = seedSchema.safeParse(seedNumber);
  if (!seed.success) {
    await sayEphemeral(interaction, `⚠️ ${seed.error.issues[0]?.message ?? 'The seed is invalid.'}`);
    return;
  }
  const job = await loadJob(ctx, interaction, parsed.jobId);
  if (!job) return;
  await admitAndStart(ctx, interaction, requestFrom(job, prompt.data, seed.data), {
    kind: 'edit',
    parentId: job.id,
    checkReferences: true,
  });
}

function field(interaction: ModalSubmitInteraction, id: string): string {
  try {
    return interaction.fields.getTextInputValue(id) ?? '';
  } catch {
    return '';
  }
}

function requestFrom(job: JobRecord, prompt: string, seed: number | null) {
  return {
    prompt,
    aspectRatio: job.input.aspectRatio,
    duration: job.input.duration,
    seed,
    imageUrls: job.input.imageUrls,
    videoUrl: job.input.videoUrl,
  };
}
