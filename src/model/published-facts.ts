/**
 * The facts of an event that readers rely on once it is published: its title, dates and their
 * precision, status, each source with its quotes, and its disagreements. `published-facts.json`
 * keeps them as they were last recorded (`npm run permalinks`); the validator compares them with
 * the event as it is now, so that none of them changes without a word to readers.
 */
import type { CalendarDate } from '../lib/calendar.ts';

/** The facts, in the order a message names them; each as plain, comparable JSON. */
export interface EventFacts {
  title: string;
  start: string;
  end: string | null;
  precision: string;
  status: string;
  /** Each source's id and its quotes, in the order the event lists them. */
  sources: { source: string; quotes: string[] }[];
  /** Each disagreement: what it is about, and each source's version. */
  disagreements: { about: string; versions: { source: string; says: string }[] }[];
}

export const FACTS = [
  'title',
  'start',
  'end',
  'precision',
  'status',
  'sources',
  'disagreements',
] as const satisfies readonly (keyof EventFacts)[];
export type FactName = (typeof FACTS)[number];

/** A date as its facts: what it says (a span by its bounds and its words). */
function dateFact(date: CalendarDate): string {
  if (date.precision !== 'span') return date.text;
  return `${date.from ?? ''}…${date.to ?? ''} (${date.label ?? date.text})`;
}

interface FactsInput {
  title: string;
  start: CalendarDate;
  end?: CalendarDate | undefined;
  status: string;
  sources: readonly { source: string; quotes: readonly string[] }[];
  disagreements: readonly {
    about: string;
    versions: readonly { source: string; says: string }[];
  }[];
}

export function eventFacts(data: FactsInput): EventFacts {
  return {
    title: data.title,
    start: dateFact(data.start),
    end: data.end ? dateFact(data.end) : null,
    precision: data.start.precision,
    status: data.status,
    sources: data.sources.map((citation) => ({
      source: citation.source,
      quotes: [...citation.quotes],
    })),
    disagreements: data.disagreements.map((disagreement) => ({
      about: disagreement.about,
      versions: disagreement.versions.map((version) => ({
        source: version.source,
        says: version.says,
      })),
    })),
  };
}

/** A fact as a message shows it: text as written, a list by its parts. */
export function factInWords(name: FactName, facts: EventFacts): string {
  switch (name) {
    case 'sources':
      return facts.sources
        .map((s) => `${s.source}: ${s.quotes.map((q) => `"${q}"`).join(', ')}`)
        .join('; ');
    case 'disagreements':
      return facts.disagreements.length === 0
        ? 'none'
        : facts.disagreements
            .map(
              (d) => `${d.about} (${d.versions.map((v) => `${v.source}: ${v.says}`).join('; ')})`,
            )
            .join('; ');
    case 'end':
      return facts.end === null ? 'none' : `"${facts.end}"`;
    default:
      return `"${facts[name]}"`;
  }
}

/**
 * What changed in the sources, named quote by quote: the quotes that are gone and those that are
 * new, each with its source; a source dropped or added whole is named as such.
 */
export function sourcesChange(was: EventFacts['sources'], now: EventFacts['sources']): string {
  const quotes = (list: EventFacts['sources']) =>
    list.flatMap((s) => s.quotes.map((quote) => `${s.source}: "${quote}"`));
  const before = quotes(was);
  const after = quotes(now);
  const gone = before.filter((q) => !after.includes(q));
  const added = after.filter((q) => !before.includes(q));
  return (
    [
      ...gone.map((q) => `the quote ${q} was published and is gone`),
      ...added.map((q) => `the quote ${q} is new`),
    ].join('; ') || 'the order of the sources changed'
  );
}
