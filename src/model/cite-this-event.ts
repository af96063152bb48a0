/**
 * A ready-to-copy citation of an event page, its title in the site language's quotation marks.
 * The access date is the reader's, so it is left for them (or a small script) to fill in.
 */
import type { Translate } from '../lib/messages/catalogue.ts';

export function citeThisEvent(
  input: { title: string; siteTitle: string; date: string; url: string },
  t: Translate,
): string {
  const comma = `${t('list.comma')} `;
  return `${t('quote.marks', { words: input.title })}${comma}${input.siteTitle}${comma}${input.date}. ${input.url}`;
}
