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
import { calendarDateOf, weekdayOf, type WrittenDate } from '../../lib/calendar.ts';
import { resolveAnchor, type ArticleAnchor, type TimelineAnchor } from './anchors.ts';

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
        /** For words that count from another event: what they were counted from. */
        anchor?:
          | { event: string; date: string }
          | { candidate: number; words: string; date: string }
          | undefined;
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
  /** The source's reliability notes on words of this sentence ("misspells …", "“On Monday” is read as …"). */
  notes: string[];
  /** Events that may tell the same: dated the same day, naming one of the same people or organisations. */
  alike: string[];
  excluded?: string | undefined;
}

/** Words that put a sentence in the future: a weekday it names is the next one. */
const FUTURE: Record<string, RegExp> = {
  en: /\b(?:will|shall|is to|are to|is due|are due|plans? to|is expected|are expected|to be held|scheduled|next|upcoming)\b/i,
  es: /\b(?:será|serán|se celebrará|va a|van a|próxim[oa]s?|prevé|prevista?)\b/i,
};

/** The last word of a person's name, when it is long enough to tell them apart. */
function surname(name: string): string[] {
  const last = name.split(/\s+/).at(-1) ?? '';
  return last.length >= 4 && last !== name ? [last] : [];
}

/**
 * Words that report what someone did or said ("a senior official said", "has declared solidarity",
 * "they accuse"): a sentence with them and no date is a happening dated only by the article.
 */
const REPORTED: Record<string, RegExp> = {
  en: /\b(?:said|says|told|tells|announced|announces|declared|declares|accused|accuses?|warned|warns|rejected|rejects|denied|denies|urged|urges|proposed|placed|launched|signed|agreed|visited|regretted|(?:has|have|had) (?:\w+ly )?\w+(?:ed|en|wn|ut))\b/i,
  es: /(?<![\p{L}])(?:dijo|dice|afirmó|afirma|declaró|anunció|advirtió|advierte|acusó|acusa|acusan|rechazó|negó|niega|instó|pidió|propuso|firmó|acordó|visitó|lamentó|(?:ha|han|había|habían) \p{L}+(?:ado|ido|to|cho))(?![\p{L}])/iu,
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
        // A person named again by the surname alone: "Kuleba said".
        ...(collection === 'people' ? surname(record.data.name) : []),
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
  const timeline: (TimelineAnchor & {
    dating: { source?: string | undefined; words?: string | undefined };
  })[] = validated.records.events
    .filter((event) => event.data.start.precision === 'day')
    .map((event) => ({
      id: event.id,
      dating: event.data.dating,
      title: event.data.title,
      kind: event.data.kind,
      start: event.data.start.text,
      end: event.data.end?.precision === 'day' ? event.data.end.text : undefined,
    }));
  const kinds = validated.eventKinds ?? [];
  // The same day and one of the same people or organisations: perhaps the same happening, told
  // in other words or by another source.
  // One of the same people; or, where neither names anyone, one of the same organisations
  // (an organisation alone is in too many events to tell them apart).
  const sharesNames = (event: { people: string[]; organisations: string[] }, actors: string[]) => {
    const people = validated.records.people.map((p) => p.id);
    const named = actors.filter((id) => people.includes(id));
    return named.length
      ? event.people.some((id) => named.includes(id))
      : event.people.length === 0 && event.organisations.some((id) => actors.includes(id));
  };
  const alikeEvents = (start: ResolvedDate, actors: string[], quoting: string[]) =>
    start.precision !== 'day' || actors.length === 0
      ? []
      : validated.records.events
          .filter(
            (event) =>
              !quoting.includes(event.id) &&
              event.data.start.precision === 'day' &&
              event.data.start.text === start.text &&
              sharesNames(event.data, actors),
          )
          .map((event) => event.id);
  const earlier: ArticleAnchor[] = [];
  const all = sentences(source.body, language);
  const candidates: Candidate[] = [];
  all.forEach((sentence, i) => {
    // The tense around a phrase, not of the whole sentence: "On Monday, he said talks will follow".
    const future = (index: number, length: number) =>
      FUTURE[code]?.test(sentence.text.slice(Math.max(0, index - 60), index + length + 60)) ??
      false;
    const found = datePhrases(sentence.text, language, published, future);
    // A sentence that gives no date but reports what someone did or said: it happened by the day
    // of publication at the latest, a span "by" that day.
    // The words outside quotation marks say what happened: "will" in a quote is not a plan.
    const undated = found.phrases.length === 0 && found.needsAnchor.length === 0;
    const narration = sentence.text.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, '');
    const reported = REPORTED[code]?.exec(narration);
    if (undated && !(reported && !FUTURE[code]?.test(narration))) return;
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
        ? { words: found.needsAnchor[0].words, nearby: [...new Set(nearbyIds)] }
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
      notes: source.data.reliability
        .filter((r) => r.quote && plain.includes(normaliseForMatch(r.quote)))
        .map((r) => `${r.kind}: ${r.note}`),
    };
    // One candidate per date the sentence gives (a clause each: "talks on January 12, a broader
    // meeting on January 13"); one without a date when it only counts from another event.
    const dated = found.phrases.filter((phrase) => phrase.resolved[0]);
    const actors = [...common.people, ...common.organisations];
    if (undated && reported) {
      if (actors.length === 0 && common.places.length === 0) return;
      candidates.push({
        number: candidates.length + 1,
        alike: [],
        date: {
          words: reported[0],
          start: {
            text: `..${published.latest}`,
            precision: 'span',
            to: published.latest,
          },
          basis: 'inferred',
          reasoning: `${publishedWords(published, (d) => words.date(d))}; the article reports it without a date, so it happened by ${dayWords(published.latest, (d) => words.date(d))}.`,
          agree: true,
        },
        ...common,
      });
      return;
    }
    if (dated.length === 0) {
      const counting = found.needsAnchor[0];
      const counted = counting
        ? resolveAnchor(
            counting,
            actors,
            earlier,
            // Not an event dated from these very words: it cannot be its own anchor.
            timeline.filter(
              (e) =>
                !(
                  e.dating.source === sourceId &&
                  e.dating.words &&
                  plain.includes(normaliseForMatch(e.dating.words))
                ),
            ),
            published,
            kinds,
          )
        : undefined;
      candidates.push({
        number: candidates.length + 1,
        alike: counted ? alikeEvents(counted.start, actors, common.coveredBy) : [],
        date:
          counting && counted
            ? {
                words: counting.words,
                start: counted.start,
                basis: 'inferred',
                reasoning: countedReasoning(counting.words, counted, (d) => words.date(d)),
                agree: true,
                anchor: counted.anchor,
              }
            : undefined,
        ...common,
      });
    }
    for (const phrase of dated) {
      const { start, end } = phrase.resolved[0]!;
      candidates.push({
        number: candidates.length + 1,
        alike: alikeEvents(start, actors, common.coveredBy),
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
      if (phrase.agree && start.precision === 'day')
        earlier.push({
          number: candidates.length,
          words: phrase.words,
          sentence: sentence.text,
          start,
          end,
          actors,
        });
    }
  });
  return candidates;
}

const dayWords = (iso: string, date: (d: WrittenDate) => string) =>
  `${weekdayOf(iso)[0]!.toUpperCase()}${weekdayOf(iso).slice(1)} ${date({ precision: 'day', text: iso, earliest: iso, latest: iso })}`;

/** A day or a month of a span in words: "30 November 2021", "March 2021". */
function monthOrDay(text: string, date: (d: WrittenDate) => string): string {
  const parsed = calendarDateOf(text);
  return parsed ? date(parsed) : text;
}

/** "Published Sunday 28 November 2021", or between two days. */
function publishedWords(
  published: { earliest: string; latest: string },
  date: (d: WrittenDate) => string,
): string {
  return published.earliest === published.latest
    ? `Published ${dayWords(published.earliest, date)}`
    : `Published between ${dayWords(published.earliest, date)} and ${dayWords(published.latest, date)}`;
}

/** How a counted date was worked out, naming what it counted from, for the editor to check. */
function countedReasoning(
  words: string,
  counted: NonNullable<ReturnType<typeof resolveAnchor>>,
  date: (d: WrittenDate) => string,
): string {
  const from =
    'event' in counted.anchor
      ? `the event ${counted.anchor.event}`
      : `“${counted.anchor.words}” (candidate ${counted.anchor.candidate})`;
  return `“${words}” counts from ${from}, ${dayWords(counted.anchor.date, date)}: it is ${dayWords(counted.start.text, date)}. Check that this is the event the article counts from.`;
}

/** One sentence on how the date was worked out, as an event's dating.reasoning has it. */
function reasoning(
  phrase: DatePhrase,
  start: ResolvedDate,
  published: { earliest: string; latest: string; text: string; precision: string },
  date: (d: WrittenDate) => string,
): string {
  if (phrase.basis === 'stated') return `The article gives the date: “${phrase.words}”.`;
  const day = (iso: string) => dayWords(iso, date);
  const when = publishedWords(published, date);
  return `${when}; “${phrase.words}” is ${
    start.precision === 'day'
      ? day(start.text)
      : start.precision === 'span'
        ? `${start.from ? `${monthOrDay(start.from, date)} to ` : 'by '}${monthOrDay(start.to!, date)}`
        : start.text
  }${phrase.agree ? '' : ' (the possible days of publication disagree: check it)'}.`;
}
