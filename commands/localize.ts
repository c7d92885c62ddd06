import type {
  APIApplicationCommandOptionChoice,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { english, hasText, localizations, type MessageKey } from '../src/discord/i18n.ts';

/**
 * A command definition without its text: names, types and limits only. Descriptions, choice names
 * and every `*_localizations` come from the locale files (`src/discord/locales/`), found by path:
 * `commands.<command>.<option>….description`, `….name`, `….choices.<value>`.
 */
export interface Draft {
  name: string;
  type?: number;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Draft[];
  choices?: Array<{ value: string | number }>;
  [other: string]: unknown;
}

function text(key: string): string {
  if (!hasText(key)) throw new Error(`commands: no English text for ${key} in src/discord/locales/en.ts`);
  return english(key as MessageKey);
}

const withLocalizations = <K extends string>(field: K, key: string) => {
  const map = localizations(key as MessageKey);
  return (Object.keys(map).length ? { [field]: map } : {}) as Partial<Record<K, Record<string, string>>>;
};

function walk(node: Draft, path: string): Draft {
  const out: Draft = { ...node };
  if (hasText(`${path}.name`)) Object.assign(out, withLocalizations('name_localizations', `${path}.name`));
  if (out.description === undefined) {
    out.description = text(`${path}.description`);
    Object.assign(out, withLocalizations('description_localizations', `${path}.description`));
  }
  if (node.choices) {
    out.choices = node.choices.map(
      (choice): APIApplicationCommandOptionChoice => ({
        ...choice,
        name: text(`${path}.choices.${choice.value}`),
        ...withLocalizations('name_localizations', `${path}.choices.${choice.value}`),
      }),
    );
  }
  if (node.options) out.options = node.options.map((option) => walk(option, `${path}.${option.name}`));
  return out;
}

/** The command with every text and translation filled in from the locale files. */
export function localize(draft: Draft): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return walk(draft, `commands.${draft.name}`) as RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** A description with parameters (numbered options such as image1…image14). */
export function describe(key: string, params: Record<string, string | number>) {
  const map = localizations(key as MessageKey, params);
  return {
    description: english(key as MessageKey, params),
    ...(Object.keys(map).length ? { description_localizations: map } : {}),
  };
}
