import { describe, expect, it } from 'vitest';
import { alice, buttons, customIds, finalMessage, mod } from '../support/helpers.ts';
import { intOpt, moderate as moderateAs, type Opt, userOpt } from '../support/moderate.ts';
import { useWorld } from '../support/useWorld.ts';

const t = useWorld();

/** A `/clipcast` subcommand from a moderator whose Discord client is in `locale`. */
const moderate = (path: [string, string], options: Opt[], locale: string) =>
  moderateAs(t.world.discord, path, options, mod, { locale });

/** What a member sees, by the Discord locale of their client. */
const PRIVATE: Record<string, { empty: string; balance: RegExp; set: string }> = {
  de: {
    empty: '⚠️ Der Prompt ist leer. Beschreib, was im Video passieren soll.',
    balance:
      /^💳 Dieses Video kostet \*\*5\*\* Credits, du hast \*\*2\*\*\. Deine Credits werden <t:\d+:R> aufgefüllt/,
    set: `✅ Das Guthaben von <@${alice.id}> ist jetzt **2**.`,
  },
  'es-ES': {
    empty: '⚠️ El prompt está vacío. Describe lo que debe pasar en el video.',
    balance:
      /^💳 Este video cuesta \*\*5\*\* créditos y tienes \*\*2\*\*\. Tus créditos se recargan <t:\d+:R>/,
    set: `✅ El saldo de <@${alice.id}> ahora es **2**.`,
  },
  'es-419': {
    empty: '⚠️ El prompt está vacío. Describe lo que debe pasar en el video.',
    balance: /^💳 Este video cuesta \*\*5\*\* créditos y tienes \*\*2\*\*\./,
    set: `✅ El saldo de <@${alice.id}> ahora es **2**.`,
  },
  fr: {
    empty: '⚠️ Le prompt est vide. Décris ce qui doit se passer dans la vidéo.',
    balance:
      /^💳 Cette vidéo coûte \*\*5\*\* crédits et tu en as \*\*2\*\*\. Tes crédits se rechargent <t:\d+:R>/,
    set: `✅ Le solde de <@${alice.id}> est maintenant de **2**.`,
  },
  'pt-BR': {
    empty: '⚠️ O prompt está vazio. Descreva o que deve acontecer no vídeo.',
    balance:
      /^💳 Este vídeo custa \*\*5\*\* créditos e você tem \*\*2\*\*\. Seus créditos recarregam <t:\d+:R>/,
    set: `✅ O saldo de <@${alice.id}> agora é **2**.`,
  },
  ja: {
    empty: '⚠️ プロンプトが空です。動画の中で起きてほしいことを書いてください。',
    balance:
      /^💳 この動画には \*\*5\*\* クレジット必要ですが、残りは \*\*2\*\* です。クレジットは<t:\d+:R>に補充されます/,
    set: `✅ <@${alice.id}> の残高を **2** にしました。`,
  },
  'en-GB': {
    empty: '⚠️ The prompt is empty. Describe what should happen in the video.',
    balance: /^💳 This video costs \*\*5\*\* credits and you have \*\*2\*\*\./,
    set: `✅ <@${alice.id}>’s balance is now **2**.`,
  },
  // A language clipcast does not speak gets English.
  ko: {
    empty: '⚠️ The prompt is empty. Describe what should happen in the video.',
    balance: /^💳 This video costs \*\*5\*\* credits/,
    set: `✅ <@${alice.id}>’s balance is now **2**.`,
  },
};

describe('every message in the member’s language, through the real client', () => {
  it.each(Object.entries(PRIVATE))(
    'answers a member whose Discord is in %s privately in that language',
    async (locale, expected) => {
      const { discord, segmind } = t.world;
      const empty = discord.video({ prompt: '   ' }, { user: alice, locale });
      expect(await empty.ephemeralText()).toBe(expected.empty);
      const set = moderate(['credits', 'set'], [userOpt(alice.id), intOpt('amount', 2)], locale);
      expect(await set.ephemeralText()).toBe(expected.set);
      const poor = discord.video({ prompt: 'a lighthouse in a storm', duration: 5 }, { user: alice, locale });
      expect(await poor.ephemeralText()).toMatch(expected.balance);
      expect(segmind.submissions).toEqual([]);
    },
  );

  it('posts a job’s public messages in the server’s language while the member’s private answers stay in theirs', async () => {
    const { discord } = t.world;
    const g = discord.guild;
    discord.setPreferredLocale(g.id, 'ja');
    const log = moderate(
      ['settings', 'log-channel'],
      [{ name: 'channel', type: 7, value: g.logChannelId }],
      'fr',
    );
    expect(await log.ephemeralText()).toBe(
      `✅ Mis à jour : Salon de logs : désactivé → <#${g.logChannelId}>`,
    );

    const handle = discord.video(
      { prompt: 'a paper boat on a river', duration: 5, seed: 7 },
      { user: alice, locale: 'pt-BR' },
    );
    const clip = await finalMessage(discord, handle);
    expect(clip.content).toBe(`<@${alice.id}> クリップができました。`);
    const embed = clip.embeds[0] as { title: string; fields: Array<{ name: string; value: string }> };
    expect(embed.title).toBe('🎞️ クリップができました');
    expect(Object.fromEntries(embed.fields.map((f) => [f.name, f.value]))).toMatchObject({
      シード: '`7`',
      長さ: '5秒',
      コスト: '5 クレジット',
    });
    const labels = buttons(clip).map((b) => b.label);
    expect(labels).toEqual(['作り直す', '同じシード', '編集', '削除']);
    const shown = discord.requests
      .filter((r) => r.method === 'PATCH' && r.path.includes(handle.token))
      .map((r) => String((r.body as { content?: string } | undefined)?.content ?? ''));
    expect(shown.some((text) => text.includes('🎬 **レンダリング中**'))).toBe(true);
    const line = await discord.waitFor(() =>
      discord.messagesIn(g.logChannelId).find((m) => m.content.startsWith('🎬')),
    );
    expect(line.content).toMatch(/· シード 7 · 5 クレジット · ✅ 配信済み/);

    const credits = discord.slash('credits', [], { user: alice, locale: 'pt-BR' });
    await credits.callback();
    const view = credits.state.callbacks[0]?.body as {
      data: { embeds: Array<{ title: string; fields: Array<{ name: string; value: string }> }> };
    };
    expect(view.data.embeds[0]?.title).toBe('Créditos — alice');
    expect(view.data.embeds[0]?.fields.map((f) => f.name)).toEqual([
      'Saldo',
      'Reservados',
      'Cota',
      'Próxima recarga',
      'Custo por vídeo',
      'Tarefas recentes',
    ]);
    const help = discord.slash('help', [], { user: alice, locale: 'es-419' });
    await help.callback();
    const helpView = help.state.callbacks[0]?.body as {
      data: { embeds: Array<{ title: string; fields: Array<{ name: string; value: string }> }> };
    };
    expect(helpView.data.embeds[0]?.title).toBe('clipcast: videos cortos a partir de un prompt');
    expect(helpView.data.embeds[0]?.fields.map((f) => f.name)).toEqual(['Tú', 'Este servidor', 'Comandos']);
    expect(helpView.data.embeds[0]?.fields[0]?.value).toContain('Saldo: **25** créditos');
    const deleteId = customIds(clip).find((id) => id.startsWith('clip:delete:')) as string;
    const stranger = discord.button(deleteId, clip, {
      user: { id: '100000000000000055', username: 'eve' },
      locale: 'de',
    });
    expect(await stranger.ephemeralText()).toBe(
      'Nur wer es angefragt hat oder das Moderationsteam kann das löschen.',
    );
    const remove = discord.button(deleteId, clip, { user: alice, locale: 'pt-BR' });
    expect(await remove.ephemeralText()).toBe('🗑️ Excluído.');
  });

  it('registers command definitions that carry every language’s names and descriptions', () => {
    type Named = {
      name: string;
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
      options?: Named[];
      choices?: Named[];
    };
    const global = t.world.discord.commands.get('global') as Named[];
    const video = global.find((c) => c.name === 'video');
    expect(video?.name_localizations).toBeUndefined();
    expect(Object.keys(video?.description_localizations ?? {}).sort()).toEqual(
      ['de', 'es-419', 'es-ES', 'fr', 'ja', 'pt-BR'].sort(),
    );
    const duration = video?.options?.find((o) => o.name === 'duration');
    expect(duration?.name_localizations).toEqual({
      de: 'dauer',
      'es-ES': 'duración',
      'es-419': 'duración',
      fr: 'durée',
      'pt-BR': 'duração',
      ja: '長さ',
    });
    expect(duration?.choices?.find((c) => c.name === '10 seconds')?.name_localizations?.ja).toBe('10秒');
    const settings = global.find((c) => c.name === 'clipcast')?.options?.find((o) => o.name === 'settings');
    expect(settings?.name_localizations).toMatchObject({ de: 'einstellungen', fr: 'réglages', ja: '設定' });
    expect(settings?.description_localizations?.['pt-BR']).toBe('Configurações do servidor');
  });
});
