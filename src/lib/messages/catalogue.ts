/**
 * The message catalogues and the function that writes a message: the catalogue of the site's
 * language (`es-MX` takes `es`), a number filled in with its plural form (Intl.PluralRules, not
 * `n === 1`), `{name}` placeholders filled in.
 */
import { memoised } from '../memoised.ts';
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';

/** A message: its text, or its text for each plural category of `{count}` (`other` always). */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
export type Catalogue = Record<MessageKey, Message>;
export type { MessageKey };

/** The catalogues shipped, by language. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, es };

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** The shipped catalogue of a language tag, by its language (`es-MX` → `es`), if there is one. */
export function shippedCatalogue(language: string): Catalogue | undefined {
  return CATALOGUES[language] ?? CATALOGUES[language.split('-')[0]!.toLowerCase()];
}

export interface Translate {
  (key: MessageKey, params?: Record<string, string | number>): string;
  /** A message as the catalogue holds it: for a script that fills in `{count}` in the browser. */
  message(key: MessageKey): Message;
  /** The name of a kind of event: the site's own (site.yaml), else the catalogue's. */
  kind(kind: string): string;
}

/**
 * The messages of a language, with a site's own wording laid over them (`kindNames`: the names
 * its site.yaml gives its own kinds of event). A language with no
 * shipped catalogue takes English for what its overrides leave out (the validator reports each
 * key so left out).
 */
export function translator(
  language: string,
  overrides: Partial<Catalogue> = {},
  kindNames: Readonly<Record<string, string>> = {},
): Translate {
  const messages: Catalogue = { ...en, ...shippedCatalogue(language), ...overrides };
  const plurals = new Intl.PluralRules(language);
  // Numbers in the language's own digits and grouping: "1,000", "10.000", "٣".
  const numbers = new Intl.NumberFormat(language);
  // Each count's plural form and digits worked out once: a build asks for the same few counts
  // hundreds of thousands of times.
  const category = memoised((n: number) => plurals.select(n));
  const format = memoised((n: number) => numbers.format(n));
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => {
    const message = messages[key];
    const text =
      typeof message === 'string'
        ? message
        : (message[category(Number(params['count'] ?? 0))] ?? message.other);
    if (!text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? format(value) : value;
    });
  };
  const kindKey = (kind: string) => `event.kind.${kind}` as MessageKey;
  return Object.assign(t, {
    message: (key: MessageKey) => messages[key],
    kind: (kind: string) =>
      kindNames[kind] ?? (kindKey(kind) in messages ? t(kindKey(kind)) : kind),
  });
}
