import { Locale } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { LANGUAGES, languageOf, translator } from '../../src/discord/i18n.ts';
import { OpenApiValidator } from '../support/openapi.ts';

/**
 * The translations against English, the reference: same keys, same placeholders, the plural forms
 * each language's rules need, the markup and product names kept; and the command definitions built
 * from them within Discord's limits in every locale.
 */

type Tree = { readonly [key: string]: string | Tree };
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Keys with their plural forms folded: `common.credits` → {one, other}; other keys → null. */
function shape(strings: Map<string, string>): Map<string, Set<string> | null> {
  const out = new Map<string, Set<string> | null>();
  for (const key of strings.keys()) {
    const plural = PLURAL.exec(key);
    if (!plural) {
      out.set(key, null);
      continue;
    }
    const forms = out.get(plural[1] as string) ?? new Set<string>();
    forms.add(plural[2] as string);
    out.set(plural[1] as string, forms);
  }
  return out;
}

const placeholders = (s: string) => new Set([...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]));
const sorted = (xs: Iterable<string | undefined>) => [...xs].map(String).sort();

const english = leaves(LANGUAGES.en?.resource as Tree);
const englishShape = shape(english);
const translations = Object.entries(LANGUAGES).filter(([lng]) => lng !== 'en');

describe('every language has exactly the keys of English', () => {
  it('serves German, Spanish, French, Brazilian Portuguese and Japanese under their Discord locales', () => {
    expect(Object.fromEntries(Object.entries(LANGUAGES).map(([l, v]) => [l, v.discordLocales]))).toEqual({
      en: ['en-US', 'en-GB'],
      de: ['de'],
      es: ['es-ES', 'es-419'],
      fr: ['fr'],
      'pt-BR': ['pt-BR'],
      ja: ['ja'],
    });
    for (const [locale, lng] of [
      ['de', 'de'],
      ['es-ES', 'es'],
      ['es-419', 'es'],
      ['fr', 'fr'],
      ['pt-BR', 'pt-BR'],
      ['ja', 'ja'],
      ['en-GB', 'en'],
      ['ko', 'en'],
      [null, 'en'],
    ] as const)
      expect(languageOf(locale), String(locale)).toBe(lng);
  });

  it.each(translations)('%s: no key missing, none extra', (_lng, { resource }) => {
    const mine = shape(leaves(resource as Tree));
    expect(
      [...englishShape.keys()].filter((k) => !mine.has(k)),
      'missing',
    ).toEqual([]);
    expect(
      [...mine.keys()].filter((k) => !englishShape.has(k)),
      'extra',
    ).toEqual([]);
    for (const [key, forms] of englishShape) expect(mine.get(key) === null, key).toBe(forms === null);
  });

  it.each(Object.entries(LANGUAGES))(
    '%s: plural keys have exactly the categories of its plural rules',
    (lng, { resource }) => {
      const categories = sorted(new Intl.PluralRules(lng).resolvedOptions().pluralCategories);
      const plurals = [...shape(leaves(resource as Tree))].filter(([, forms]) => forms !== null);
      expect(plurals.length).toBeGreaterThan(5);
      for (const [key, forms] of plurals) expect(sorted(forms ?? []), key).toEqual(categories);
    },
  );

  it.each(translations)('%s: every string has the placeholders of its English text', (_lng, { resource }) => {
    for (const [key, text] of leaves(resource as Tree)) {
      const plural = PLURAL.exec(key);
      const mine = sorted(placeholders(text));
      if (!plural) {
        expect(mine, key).toEqual(sorted(placeholders(english.get(key) ?? '')));
        continue;
      }
      // A singular form may spell the number out ("Un fichier"), as English does; other forms show it.
      const other = sorted(placeholders(english.get(`${plural[1]}_other`) ?? ''));
      const one = sorted(placeholders(english.get(`${plural[1]}_one`) ?? ''));
      if (plural[2] === 'one') expect([other, one], key).toContainEqual(mine);
      else expect(mine, key).toEqual(other);
    }
  });

  it.each(translations)('%s: keeps markup, leading emoji, links and product names', (_lng, { resource }) => {
    const count = (s: string, needle: string) => s.split(needle).length - 1;
    const names = /clipcast|Segmind|Discord|\/video|\/credits|SEGMIND_[A-Z_]+|https:\/\/[\w./-]*\w/g;
    for (const [key, text] of leaves(resource as Tree)) {
      const base = PLURAL.exec(key);
      const reference = english.get(key) ?? english.get(`${base?.[1]}_other`) ?? '';
      const emoji = /^\p{Extended_Pictographic}\uFE0F?/u.exec(reference)?.[0];
      if (emoji) expect(text.startsWith(emoji), `${key} starts with ${emoji}`).toBe(true);
      expect(count(text, '**'), `${key}: bold`).toBe(count(reference, '**'));
      expect(count(text, '`'), `${key}: code`).toBe(count(reference, '`'));
      for (const name of reference.match(names) ?? []) expect(text, key).toContain(name);
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('picks plural forms by each language’s rules', () => {
    expect(translator('fr')('common.credits', { count: 0 })).toBe('0 crédit');
    expect(translator('en-US')('common.credits', { count: 0 })).toBe('0 credits');
    expect(translator('es-419')('common.credits', { count: 1 })).toBe('1 crédito');
    expect(translator('pt-BR')('common.credits', { count: 1_000_000 })).toBe('1000000 créditos');
    expect(translator('ja')('common.credits', { count: 1 })).toBe('1 クレジット');
    expect(translator('de')('failure.refunded', { count: 1 })).toBe('Dein 1 Credit wurde erstattet.');
  });

  it('button labels, modal titles and field labels fit Discord’s limits in every language', () => {
    for (const [lng, { discordLocales }] of Object.entries(LANGUAGES)) {
      const t = translator(discordLocales[0]);
      for (const key of ['reroll', 'same', 'edit', 'delete', 'cancel'] as const)
        expect(t(`buttons.${key}`).length, `${lng} buttons.${key}`).toBeLessThanOrEqual(80);
      for (const key of ['resetButton', 'cancelButton'] as const)
        expect(t(`moderation.${key}`).length, `${lng} moderation.${key}`).toBeLessThanOrEqual(80);
      for (const key of ['editTitle', 'promptLabel', 'seedLabel'] as const)
        expect(t(`buttons.${key}`).length, `${lng} buttons.${key}`).toBeLessThanOrEqual(45);
    }
  });
});

// ---------------------------------------------------------------- command definitions

interface Node {
  name: string;
  name_localizations?: Record<string, string>;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Node[];
  choices?: Array<{ name: string; name_localizations?: Record<string, string>; value: string | number }>;
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DISCORD_LOCALES = new Set<string>(Object.values(Locale));
const TRANSLATED_LOCALES = translations.flatMap(([, { discordLocales }]) => discordLocales);
const nameIn = (node: { name: string; name_localizations?: Record<string, string> }, locale: string) =>
  node.name_localizations?.[locale] ?? node.name;

/** Every problem Discord would reject in one command node (and its options), in any locale. */
function problems(node: Node, path: string, out: string[]): string[] {
  const at = `${path}${node.name}`;
  for (const [locale, name] of [['default', node.name], ...Object.entries(node.name_localizations ?? {})]) {
    if (!NAME.test(String(name))) out.push(`${at}: name "${name}" (${locale}) is not a valid command name`);
    if (name !== String(name).toLowerCase()) out.push(`${at}: name "${name}" (${locale}) is not lowercase`);
  }
  for (const [locale, text] of [
    ['default', node.description ?? ''],
    ...Object.entries(node.description_localizations ?? {}),
  ])
    if (!text || String(text).length > 100)
      out.push(`${at}: description (${locale}) is not 1–100 characters`);
  for (const locale of [
    ...Object.keys(node.name_localizations ?? {}),
    ...Object.keys(node.description_localizations ?? {}),
  ])
    if (!DISCORD_LOCALES.has(locale)) out.push(`${at}: ${locale} is not a Discord locale`);
  for (const choice of node.choices ?? [])
    for (const text of [choice.name, ...Object.values(choice.name_localizations ?? {})])
      if (!text || text.length > 100) out.push(`${at}: choice "${text}" is not 1–100 characters`);
  const options = node.options ?? [];
  for (const locale of ['default', ...TRANSLATED_LOCALES]) {
    const names = options.map((o) => nameIn(o, locale));
    if (new Set(names).size !== names.length) out.push(`${at}: option names repeat in ${locale}: ${names}`);
    const choices = (node.choices ?? []).map((c) => nameIn(c, locale));
    if (new Set(choices).size !== choices.length) out.push(`${at}: choice names repeat in ${locale}`);
  }
  for (const option of options) problems(option, `${at} `, out);
  return out;
}

/** Discord's 8,000-character budget: names, descriptions and choice names/values, longest localisation per field. */
function size(node: Node): number {
  const longest = (base: string, map?: Record<string, string>) =>
    Math.max(base.length, ...Object.values(map ?? {}).map((s) => s.length));
  return (
    longest(node.name, node.name_localizations) +
    longest(node.description ?? '', node.description_localizations) +
    (node.choices ?? []).reduce(
      (n, c) => n + longest(c.name, c.name_localizations) + String(c.value).length,
      0,
    ) +
    (node.options ?? []).reduce((n, o) => n + size(o), 0)
  );
}

describe('the command definitions in every locale', () => {
  const built = commands as unknown as Node[];

  it('are valid for Discord: names, lowercase, lengths, unique siblings, known locales, size', () => {
    const found: string[] = [];
    for (const command of built) problems(command, '/', found);
    for (const locale of ['default', ...TRANSLATED_LOCALES]) {
      const names = built.map((c) => nameIn(c, locale));
      if (new Set(names).size !== names.length) found.push(`command names repeat in ${locale}`);
    }
    expect(found).toEqual([]);
    for (const command of built) expect(size(command), command.name).toBeLessThanOrEqual(8000);
  });

  it('pass the OpenAPI validation Discord’s sync endpoint gets', () => {
    expect(new OpenApiValidator().check('PUT', '/applications/1/commands', commands)).toEqual([]);
  });

  it('describe every command, option and choice in every translated locale', () => {
    // Discord gets no localisation where a language says it exactly as English does.
    const sameAsEnglish = new Set(['9:16 portrait (fr)']);
    const missing: string[] = [];
    const walk = (node: Node, at: string) => {
      for (const locale of TRANSLATED_LOCALES)
        if (!node.description_localizations?.[locale]) missing.push(`${at}${node.name} (${locale})`);
      for (const choice of node.choices ?? [])
        for (const locale of TRANSLATED_LOCALES)
          if (!choice.name_localizations?.[locale] && !sameAsEnglish.has(`${choice.name} (${locale})`))
            missing.push(`${at}${node.name}=${choice.value} (${locale})`);
      for (const option of node.options ?? []) walk(option, `${at}${node.name} `);
    };
    for (const command of built) walk(command, '/');
    expect(missing).toEqual([]);
  });

  it('keep the command names people type in messages (/video, /credits, /clipcast) in every locale', () => {
    for (const command of built) expect(command.name_localizations, command.name).toBeUndefined();
    const video = built.find((c) => c.name === 'video');
    const option = (name: string) => video?.options?.find((o) => o.name === name);
    expect(option('duration')?.name_localizations).toMatchObject({ de: 'dauer', fr: 'durée', ja: '長さ' });
    expect(option('aspect_ratio')?.choices?.[0]?.name_localizations).toMatchObject({
      'es-ES': '16:9 horizontal',
      'es-419': '16:9 horizontal',
      'pt-BR': '16:9 paisagem',
    });
    expect(option('image3')?.description_localizations?.de).toBe('Referenzbild 3 (PNG, JPEG, WebP oder GIF)');
  });
});
