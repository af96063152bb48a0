/**
 * The dates an article's words give, resolved against the day it was published with chrono-node
 * (a parser for each language it covers): "on Tuesday", "last week", "December 1st", "el sábado".
 * A publication date that is a span is resolved against each of its days, and the results say
 * whether they agree. A phrase that counts from another event ("the previous day", "a day after
 * the meeting") is reported as needing an anchor, never resolved against the publication day.
 */
import * as chrono from 'chrono-node';
import { shiftDays, weekdayOf } from './calendar.ts';

/** The languages chrono-node parses, by their BCP 47 primary subtag (chrono-node 2.10). */
const PARSERS: Record<string, chrono.Chrono> = {
  ar: chrono.ar.casual,
  de: chrono.de.casual,
  en: chrono.en.casual,
  es: chrono.es.casual,
  fi: chrono.fi.casual,
  fr: chrono.fr.casual,
  id: chrono.id.casual,
  it: chrono.it.casual,
  ja: chrono.ja.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  ru: chrono.ru.casual,
  sv: chrono.sv.casual,
  uk: chrono.uk.casual,
  vi: chrono.vi.casual,
  zh: chrono.zh.casual,
};

/** The languages it covers. */
export const DATE_PARSER_LANGUAGES = Object.keys(PARSERS);

export function parserFor(language: string): chrono.Chrono | undefined {
  return PARSERS[language.split('-')[0]!.toLowerCase()];
}

/** Words that count from another event, not from the day of publication. */
const ANCHORED: Record<string, RegExp> = {
  en: /\b(?:the (?:previous|next|following|same) day|the day (?:before|after)|the (?:first|second|last) day of|(?:a|one|two|three|a few|several|\d+) days? (?:before|after|later|earlier)|the (?:previous|next|following) (?:week|month))\b/i,
  es: /(?:el día (?:anterior|siguiente)|al día siguiente|(?:un|el) día (?:antes|después)|(?:unos|varios|dos|tres|\d+) días (?:antes|después)|el primer día de|la semana (?:anterior|siguiente)|la víspera)/i,
};

export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, as an event's `start` is written. */
  text: string;
  precision: 'day' | 'month' | 'year';
}

export interface DatePhrase {
  /** The words, exactly as the text has them, and where. */
  words: string;
  index: number;
  /** What they give against each possible day of publication, in order. */
  resolved: { reference: string; start: ResolvedDate; end?: ResolvedDate | undefined }[];
  /** Whether every possible day of publication gives the same date. */
  agree: boolean;
  /** stated: the words name the date ("on 30 November"); inferred: it is worked out from them. */
  basis: 'stated' | 'inferred';
  /** The weekday the words name, when they also name the date: whether it is that date's. */
  weekdayMatches?: boolean | undefined;
}

export interface PhraseReport {
  phrases: DatePhrase[];
  /** Words that count from another event: they need an anchor, not the publication day. */
  needsAnchor: string[];
}

function componentDate(c: chrono.ParsedComponents): ResolvedDate | undefined {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  const pad = (n: number) => String(n).padStart(2, '0');
  const dayKnown = c.isCertain('day') || c.isCertain('weekday');
  if (year && month && day && dayKnown)
    return { text: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (year && month && c.isCertain('month'))
    return { text: `${year}-${pad(month)}`, precision: 'month' };
  if (year && c.isCertain('year')) return { text: String(year), precision: 'year' };
  return undefined;
}

/** Days from the first day to the last, inclusive. */
export function daysOf(earliest: string, latest: string): string[] {
  const days: string[] = [];
  for (let day = earliest; day <= latest && days.length < 31; day = shiftDays(day, 1))
    days.push(day);
  return days;
}

/** A year the words name on their own ("in 2014", "since 2004"), which chrono-node leaves. */
const YEAR = /(?<![\p{L}\p{N}])(?:1[5-9]|20)\d{2}(?![\p{L}\p{N}])/gu;

/**
 * The date phrases of one sentence. `future(index, length)`: whether the words around a phrase
 * speak of what is to come ("will meet on Tuesday"), so that a weekday is the next one, not the
 * last. A day and month without a year take the year that puts them nearest the day of
 * publication.
 */
export function datePhrases(
  sentence: string,
  language: string,
  publication: { earliest: string; latest: string },
  future: (index: number, length: number) => boolean = () => false,
): PhraseReport {
  const code = language.split('-')[0]!.toLowerCase();
  const anchored = ANCHORED[code]?.exec(sentence);
  const needsAnchor = anchored ? [anchored[0]] : [];
  const parser = parserFor(language);
  if (!parser) return { phrases: [], needsAnchor };
  const byWords = new Map<string, DatePhrase>();
  for (const reference of daysOf(publication.earliest, publication.latest)) {
    const instant = new Date(`${reference}T12:00:00Z`);
    const backward = parser.parse(sentence, { instant, timezone: 0 });
    const ahead = parser.parse(sentence, { instant, timezone: 0 }, { forwardDate: true });
    const results = backward.map((result) => {
      const later = ahead.find((f) => f.index === result.index && f.text === result.text);
      if (!later) return result;
      // A named day and month: the nearer of the two readings; a weekday: by the tense around it.
      if (
        result.start.isCertain('day') &&
        result.start.isCertain('month') &&
        !result.start.isCertain('year')
      )
        return Math.abs(later.start.date().getTime() - instant.getTime()) <
          Math.abs(result.start.date().getTime() - instant.getTime())
          ? later
          : result;
      return future(result.index, result.text.length) ? later : result;
    });
    for (const result of results) {
      if (anchored && result.text.length <= anchored[0].length && anchored[0].includes(result.text))
        continue;
      const start = componentDate(result.start);
      if (!start) continue;
      const end = result.end ? componentDate(result.end) : undefined;
      const key = `${result.index}:${result.text}`;
      const named = result.start.isCertain('day') && result.start.isCertain('month');
      const weekday = result.start.get('weekday');
      let phrase = byWords.get(key);
      if (!phrase) {
        phrase = {
          words: result.text,
          index: result.index,
          resolved: [],
          agree: true,
          basis: named ? 'stated' : 'inferred',
          weekdayMatches:
            named && result.start.isCertain('weekday') && start.precision === 'day'
              ? weekdayIndex(start.text) === weekday
              : undefined,
        };
        byWords.set(key, phrase);
      }
      phrase.resolved.push({ reference, start, ...(end ? { end } : {}) });
    }
  }
  // A year on its own, outside every phrase found.
  for (const match of sentence.matchAll(YEAR)) {
    const index = match.index;
    if ([...byWords.values()].some((p) => index >= p.index && index < p.index + p.words.length))
      continue;
    byWords.set(`${index}:${match[0]}`, {
      words: match[0],
      index,
      resolved: daysOf(publication.earliest, publication.latest).map((reference) => ({
        reference,
        start: { text: match[0], precision: 'year' as const },
      })),
      agree: true,
      basis: 'stated',
    });
  }
  const phrases = [...byWords.values()].sort((a, b) => a.index - b.index);
  for (const phrase of phrases)
    phrase.agree =
      new Set(phrase.resolved.map((r) => `${r.start.text}/${r.end?.text ?? ''}`)).size === 1;
  return { phrases, needsAnchor };
}

const WEEKDAY_INDEX = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
} as const;

function weekdayIndex(day: string): number {
  return WEEKDAY_INDEX[weekdayOf(day)];
}
