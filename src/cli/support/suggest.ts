/**
 * Candidate events from an article: each sentence that dates a happening, with the date its words
 * give (resolved against the day the article was published), the people, organisations and places
 * it names, and whether an event or a coverage exclusion already accounts for it.
 */
import type { ValidationResult } from '../../validation/validate-content.ts';
import { dateWords } from '../../lib/date-words.ts';
import { datePhrases, type DatePhrase, type ResolvedDate } from '../../lib/date-phrases.ts';
import { sentences, type Sentence } from '../../lib/sentences.ts';
import { normaliseForMatch } from '../../lib/text-match.ts';
import { weekdayOf } from '../../lib/calendar.ts';

export interface Candidate {
  /** 1, 2, 3 … in the article's order: what --write takes. */
  number: number;
  sentence: Sentence;
  /** The date: the first phrase that gives one, as every possible day of publication agrees. */
  date?:
    | {
        words: string;
        start: ResolvedDate;
        end?: ResolvedDate | undefined;
        basis: 'stated' | 'inferred';
        reasoning: string;
        /** Whether the weekday the words name is that date's (when they name both). */
        weekdayMatches?: boolean | undefined;
        /** Each possible day of publication gives the same date. */
        agree: boolean;
      }
    | undefined;
  /** Every date phrase found, for the reader to weigh. */
  phrases: DatePhrase[];
  /** Words that count from another event ("the previous day"), and the events quoted nearby. */
  needsAnchor?: { words: string; nearby: string[] } | undefined;
  people: string[];
  organisations: string[];
  places: string[];
  /** Already accounted for: the events that quote the sentence, or the exclusion's reason. */
  coveredBy: string[];
  excluded?: string | undefined;
}

/** Words that put a sentence in the future: a weekday it names is the next one. */
const FUTURE: Record<string, RegExp> = {
  en: /\b(?:will|shall|is to|are to|is due|are due|plans? to|is expected|are expected|to be held|scheduled|next|upcoming)\b/i,
  es: /\b(?:será|serán|se celebrará|va a|van a|próxim[oa]s?|prevé|prevista?)\b/i,
};

const containsName = (text: string, name: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).test(text);

export function suggestEvents(sourceId: string, validated: ValidationResult): Candidate[] {
  const source = validated.records.sources.find((s) => s.id === sourceId);
  if (!source) return [];
  const { language, published } = source.data;
  const words = dateWords(validated.site?.language ?? language);
  const code = language.split('-')[0]!.toLowerCase();
  const named = (collection: 'people' | 'organisations' | 'places') =>
    validated.records[collection].map((record) => ({
      id: record.id,
      names: [
        record.data.name,
        ...((record.data as { abbreviation?: string }).abbreviation
          ? [(record.data as { abbreviation?: string }).abbreviation!]
          : []),
        ...record.data.spellings.filter((s) => s.source === sourceId).map((s) => s.text),
      ],
    }));
  const entities = {
    people: named('people'),
    organisations: named('organisations'),
    places: named('places'),
  };
  const quoting = validated.records.events.flatMap((event) =>
    event.data.sources
      .filter((c) => c.source === sourceId)
      .flatMap((c) => c.quotes.map((quote) => ({ id: event.id, quote: normaliseForMatch(quote) }))),
  );
  const exclusions = (validated.coverageExclusions?.entries ?? []).filter(
    (e) => e.source === sourceId,
  );
  const all = sentences(source.body, language);
  const candidates: Candidate[] = [];
  all.forEach((sentence, i) => {
    // The tense around a phrase, not of the whole sentence: "On Monday, he said talks will follow".
    const future = (index: number, length: number) =>
      FUTURE[code]?.test(sentence.text.slice(Math.max(0, index - 60), index + length + 60)) ??
      false;
    const found = datePhrases(sentence.text, language, published, future);
    if (found.phrases.length === 0 && found.needsAnchor.length === 0) return;
    const plain = normaliseForMatch(sentence.text);
    const nearbyIds = [all[i - 1], all[i + 1]]
      .filter((s): s is Sentence => s !== undefined)
      .flatMap((s) => {
        const text = normaliseForMatch(s.text);
        return quoting
          .filter((q) => text.includes(q.quote) || q.quote.includes(text))
          .map((q) => q.id);
      });
    const mentions = (kind: keyof typeof entities) =>
      entities[kind]
        .filter((e) => e.names.some((n) => containsName(sentence.text, n)))
        .map((e) => e.id);
    const common = {
      sentence,
      phrases: found.phrases,
      needsAnchor: found.needsAnchor[0]
        ? { words: found.needsAnchor[0], nearby: [...new Set(nearbyIds)] }
        : undefined,
      people: mentions('people'),
      organisations: mentions('organisations'),
      places: mentions('places'),
      coveredBy: [
        ...new Set(
          quoting
            .filter((q) => plain.includes(q.quote) || q.quote.includes(plain))
            .map((q) => q.id),
        ),
      ],
      excluded: exclusions.find((e) => plain.includes(normaliseForMatch(e.text)))?.reason,
    };
    // One candidate per date the sentence gives (a clause each: "talks on January 12, a broader
    // meeting on January 13"); one without a date when it only counts from another event.
    const dated = found.phrases.filter((phrase) => phrase.resolved[0]);
    if (dated.length === 0)
      candidates.push({ number: candidates.length + 1, date: undefined, ...common });
    for (const phrase of dated) {
      const { start, end } = phrase.resolved[0]!;
      candidates.push({
        number: candidates.length + 1,
        date: {
          words: phrase.words,
          start,
          end,
          basis: phrase.basis,
          reasoning: reasoning(phrase, start, published, (d) => words.date(d)),
          weekdayMatches: phrase.weekdayMatches,
          agree: phrase.agree,
        },
        ...common,
      });
    }
  });
  return candidates;
}

/** One sentence on how the date was worked out, as an event's dating.reasoning has it. */
function reasoning(
  phrase: DatePhrase,
  start: ResolvedDate,
  published: { earliest: string; latest: string; text: string; precision: string },
  date: (d: { precision: 'day'; text: string; earliest: string; latest: string }) => string,
): string {
  if (phrase.basis === 'stated') return `The article gives the date: “${phrase.words}”.`;
  const day = (iso: string) =>
    `${weekdayOf(iso)[0]!.toUpperCase()}${weekdayOf(iso).slice(1)} ${date({ precision: 'day', text: iso, earliest: iso, latest: iso })}`;
  const when =
    published.earliest === published.latest
      ? `Published ${day(published.earliest)}`
      : `Published between ${day(published.earliest)} and ${day(published.latest)}`;
  return `${when}; “${phrase.words}” is ${start.precision === 'day' ? day(start.text) : start.text}${phrase.agree ? '' : ' (the possible days of publication disagree: check it)'}.`;
}
