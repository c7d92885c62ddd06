import i18next from 'i18next';
import { de } from './locales/de.ts';
import { en } from './locales/en.ts';
import { es } from './locales/es.ts';
import { fr } from './locales/fr.ts';
import { ja } from './locales/ja.ts';
import { ptBR } from './locales/pt-BR.ts';

/**
 * Translations with i18next: each interaction is answered in the member's language
 * (`interaction.locale`), public messages in the server's (`interaction.guildLocale`, stored with
 * the job), operator alerts in English. Missing keys fall back to English.
 */
type Resource = { readonly [key: string]: string | Resource };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every message key (plural forms under their base key, called with `count`). */
export type MessageKey = WithoutPlural<Leaves<typeof en>>;
export type Params = Record<string, string | number>;
/** A translator fixed to one language. */
export type T = (key: MessageKey, params?: Params) => string;

/** The bot's languages and the Discord locales each one serves. English serves every other locale. */
export const LANGUAGES: Readonly<Record<string, { resource: Resource; discordLocales: readonly string[] }>> =
  {
    en: { resource: en, discordLocales: ['en-US', 'en-GB'] },
    de: { resource: de, discordLocales: ['de'] },
    es: { resource: es, discordLocales: ['es-ES', 'es-419'] },
    fr: { resource: fr, discordLocales: ['fr'] },
    'pt-BR': { resource: ptBR, discordLocales: ['pt-BR'] },
    ja: { resource: ja, discordLocales: ['ja'] },
  };

const byDiscordLocale = new Map<string, string>(
  Object.entries(LANGUAGES).flatMap(([lng, { discordLocales }]) =>
    discordLocales.map((l) => [l, lng] as const),
  ),
);

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries(LANGUAGES).map(([lng, { resource }]) => [lng, { translation: resource }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  // Keys may contain ':' (choice values such as 16:9); there is one namespace.
  nsSeparator: false,
  returnNull: false,
  returnEmptyString: false,
});

/** The bot's language for a Discord locale (`es-419` → `es`); English when it has none. */
export function languageOf(discordLocale: string | null | undefined): string {
  if (!discordLocale) return 'en';
  return byDiscordLocale.get(discordLocale) ?? byDiscordLocale.get(discordLocale.split('-')[0] ?? '') ?? 'en';
}

const translators = new Map<string, T>();

/** A translator for a Discord locale. */
export function translator(discordLocale: string | null | undefined): T {
  const lng = languageOf(discordLocale);
  let t = translators.get(lng);
  if (!t) {
    const fixed = i18n.getFixedT(lng);
    t = (key, params) => fixed(key, params ?? {}) as string;
    translators.set(lng, t);
  }
  return t;
}

/** English, for logs and operator alerts. */
export const english: T = translator('en-US');

/** Whether English has a text for `key` (command definitions are built from the locale files). */
export function hasText(key: string): boolean {
  return i18n.exists(key, { lng: 'en' });
}

/**
 * Discord `*_localizations` for a key: the text in every other language, under each Discord locale
 * it serves (command names and descriptions).
 */
export function localizations(key: MessageKey, params?: Params): Record<string, string> {
  const out: Record<string, string> = {};
  const reference = english(key, params);
  for (const [lng, { discordLocales }] of Object.entries(LANGUAGES)) {
    if (lng === 'en') continue;
    const text = translator(discordLocales[0]).call(null, key, params);
    if (text === reference) continue;
    for (const locale of discordLocales) out[locale] = text;
  }
  return out;
}
