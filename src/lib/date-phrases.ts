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

/**
 * Words that count from another event, not from the day of publication, and by how much: days
 * from the anchor (undefined: not a day, "the previous week"), counted from its first day or its
 * last ("after" a two-day meeting is the day after it ended). `named`: the words after them that
 * say which event ("a day after *the meeting in the capital*"), when they do.
 */
interface AnchorPattern {
  pattern: RegExp;
  offset: (match: RegExpExecArray) => number | undefined;
  from: (match: RegExpExecArray) => 'start' | 'end';
}

const COUNTS: Record<string, Record<string, number>> = {
  en: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 },
  es: { un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7 },
};
const count = (code: string, word: string) =>
  /^\d+$/.test(word) ? Number(word) : COUNTS[code]?.[word.toLowerCase()];

const ANCHORED: Record<string, AnchorPattern[]> = {
  en: [
    {
      pattern: /\bthe (previous|next|following|same) day\b/i,
      offset: (m) => ({ previous: -1, next: 1, following: 1, same: 0 })[m[1]!.toLowerCase()],
      from: (m) => (m[1]!.toLowerCase() === 'previous' ? 'start' : 'end'),
    },
    {
      pattern: /\bthe day (before|after)\b/i,
      offset: (m) => (m[1]!.toLowerCase() === 'before' ? -1 : 1),
      from: (m) => (m[1]!.toLowerCase() === 'before' ? 'start' : 'end'),
    },
    {
      pattern:
        /\b(a|an|one|two|three|four|five|six|seven|\d+|a few|several) days? (before|after|later|earlier)\b/i,
      offset: (m) => {
        const n = count('en', m[1]!);
        return n === undefined ? undefined : /before|earlier/i.test(m[2]!) ? -n : n;
      },
      from: (m) => (/before|earlier/i.test(m[2]!) ? 'start' : 'end'),
    },
    {
      pattern: /\bthe (first|second|third|last) day of\b/i,
      offset: (m) => ({ first: 0, second: 1, third: 2, last: 0 })[m[1]!.toLowerCase()],
      from: (m) => (m[1]!.toLowerCase() === 'last' ? 'end' : 'start'),
    },
    {
      pattern: /\bthe (previous|next|following) (week|month)\b/i,
      offset: () => undefined,
      from: () => 'start',
    },
  ],
  es: [
    {
      pattern: /\b(el día anterior|la víspera)\b/i,
      offset: () => -1,
      from: () => 'start',
    },
    {
      pattern: /\b(?:al|el) día siguiente\b/i,
      offset: () => 1,
      from: () => 'end',
    },
    { pattern: /\bel mismo día\b/i, offset: () => 0, from: () => 'end' },
    {
      pattern:
        /\b(un|uno|dos|tres|cuatro|cinco|seis|siete|\d+|unos|varios) días? (antes|después)\b/i,
      offset: (m) => {
        const n = count('es', m[1]!);
        return n === undefined ? undefined : m[2]!.toLowerCase() === 'antes' ? -n : n;
      },
      from: (m) => (m[2]!.toLowerCase() === 'antes' ? 'start' : 'end'),
    },
    {
      pattern: /\bel (primer|segundo|último) día de\b/i,
      offset: (m) => ({ primer: 0, segundo: 1, último: 0 })[m[1]!.toLowerCase()],
      from: (m) => (m[1]!.toLowerCase() === 'último' ? 'end' : 'start'),
    },
    {
      pattern: /\bla semana (anterior|siguiente)\b|\bel mes (anterior|siguiente)\b/i,
      offset: () => undefined,
      from: () => 'start',
    },
  ],
};

/** Words that join counted days to the event they count from: "a day after *the meeting*". */
const NAMING = /^\s*(?:(?:the|of|after|before|de|del|la|el|los|las)\s+)*/i;

export interface AnchorWords {
  /** The words, exactly as the text has them, and where. */
  words: string;
  index: number;
  /** Days from the anchor; undefined when the words do not count in days. */
  offset: number | undefined;
  /** Counted from the anchor's first day or its last. */
  from: 'start' | 'end';
  /** The words that name the anchor, when the text names it ("the meeting of ministers"). */
  named?: string | undefined;
}

function anchorWords(sentence: string, code: string): AnchorWords[] {
  const found: AnchorWords[] = [];
  for (const { pattern, offset, from } of ANCHORED[code] ?? []) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const after = sentence.slice(match.index + match[0].length);
    // Named only when the words lead straight into it: "a day after the meeting", "el primer día
    // de la cumbre"; the clause ends at a comma or the sentence's end.
    const leads =
      /(?:after|before|of|de|después|antes)$/i.test(match[0]) ||
      /^\s+(?:of|after|before|de)\b/i.test(after);
    const named = leads
      ? after
          .replace(NAMING, '')
          .split(/[,;:.()]|\s[–—]\s|\b(?:where|which|when|donde|cuando)\b/)[0]!
          .trim()
      : '';
    found.push({
      words: match[0],
      index: match.index,
      offset: offset(match),
      from: from(match),
      named: named || undefined,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, as an event's `start` is written; a span's first and last day. */
  text: string;
  precision: 'day' | 'month' | 'year' | 'span';
  /** Only for a span ("last week"): its first and last day. */
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Words chrono-node reads as a date that are a length of time: "over the past seven years" is
 * not 2014. (It also reads "meet for a second day" as a second from now: those it tags as a
 * date and time, and are left out whatever the language.)
 */
const DURATION: Record<string, RegExp> = {
  en: /^(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years|months|weeks|days)$/i,
  es: /^(?:l[oa]s\s+)?(?:últim[oa]s|pasad[oa]s|próxim[oa]s)\s+(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|vari[oa]s)\s+(?:años|meses|semanas|días)$/i,
};

/** A week counted from the day of publication ("last week", "la semana pasada"): a span, Monday to Sunday. */
const WEEK: Record<string, RegExp> = {
  en: /\bweek\b/i,
  es: /\bsemana\b/i,
};

function weekOf(day: string): ResolvedDate {
  const monday = shiftDays(day, -((weekdayIndex(day) + 6) % 7));
  const sunday = shiftDays(monday, 6);
  return { text: `${monday}..${sunday}`, precision: 'span', from: monday, to: sunday };
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
  needsAnchor: AnchorWords[];
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

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;
const monthSpan = (from: string, to: string): ResolvedDate => ({
  text: `${from}..${to}`,
  precision: 'span',
  from,
  to,
});

/** Seasons as the northern hemisphere has them: spring is March to May. */
const SEASON_START: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
  primavera: 3,
  verano: 6,
  otoño: 9,
  invierno: 12,
};

/** The season of a year named, else the last one begun by the reference day (the next, ahead). */
function season(name: string, year: string | undefined, reference: string, ahead: boolean) {
  const first = SEASON_START[name.toLowerCase()]!;
  const [refYear, refMonth] = reference.split('-').map(Number) as [number, number];
  const startYear = year
    ? Number(year) - (first === 12 ? 1 : 0)
    : ahead
      ? refMonth < first
        ? refYear
        : refYear + 1
      : refMonth >= first
        ? refYear
        : refYear - 1;
  const last = first + 2;
  return monthSpan(
    month(startYear, first),
    last > 12 ? month(startYear + 1, last - 12) : month(startYear, last),
  );
}

/** From the start of the reference's year (or month) to the day before it: "earlier this year". */
function soFar(unit: string, reference: string): ResolvedDate {
  const [year, m] = reference.split('-').map(Number) as [number, number];
  return monthSpan(
    /^(?:year|año)$/i.test(unit) ? month(year, 1) : `${month(year, m)}-01`,
    shiftDays(reference, -1),
  );
}

interface Period {
  pattern: RegExp;
  /** The year the words name, when they do. */
  year?: (match: RegExpExecArray) => string | undefined;
  span: (match: RegExpExecArray, reference: string, ahead: boolean) => ResolvedDate;
}

const PERIODS: Record<string, Period[]> = {
  en: [
    {
      pattern: /\bearlier (?:this|in the) (year|month)\b/i,
      span: (m, reference) => soFar(m[1]!, reference),
    },
    {
      pattern:
        /\b(?:in|during|over|since) (?:the |this |last )?(spring|summer|autumn|fall|winter)(?:,? (?:of )?(\d{4}))?\b/i,
      span: (m, reference, ahead) => season(m[1]!, m[2], reference, ahead),
      year: (m) => m[2],
    },
  ],
  es: [
    {
      pattern:
        /(?:a (?:principios|comienzos) de|en lo que va de|antes en) este (año|mes)(?![\p{L}])/iu,
      span: (m, reference) => soFar(m[1]!, reference),
    },
    {
      // chrono-node's Spanish parser does not read weeks counted from today.
      pattern:
        /(?<![\p{L}])(?:la (semana) pasada|la (?:próxima|siguiente) (semana)|la (semana) (?:próxima|que viene)|esta (semana))(?![\p{L}])/iu,
      span: (m, reference) =>
        weekOf(shiftDays(reference, /pasada/i.test(m[0]) ? -7 : /esta/i.test(m[0]) ? 0 : 7)),
    },
    {
      pattern:
        /(?<![\p{L}])(?:en|durante|desde) (?:la |el |esta |este |el pasado |la pasada )?(primavera|verano|otoño|invierno)(?: (?:de )?(\d{4}))?(?![\p{L}])/iu,
      span: (m, reference, ahead) => season(m[1]!, m[2], reference, ahead),
      year: (m) => m[2],
    },
  ],
};

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
  const needsAnchor = anchorWords(sentence, code);
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
      const tags = result.tags();
      if (tags.has('result/relativeDateAndTime') || DURATION[code]?.test(result.text.trim()))
        continue;
      const relative = tags.has('result/relativeDate');
      if (
        needsAnchor.some(
          (a) =>
            result.index >= a.index &&
            result.index + result.text.length <= a.index + a.words.length + 1,
        )
      )
        continue;
      const parsed = componentDate(result.start);
      if (!parsed) continue;
      // A weekday alone, of what has happened: the last one, on or before the day of publication
      // (chrono-node takes the nearest, which can be the next).
      const weekdayAlone = result.start.isCertain('weekday') && !result.start.isCertain('day');
      const day =
        weekdayAlone && !future(result.index, result.text.length)
          ? lastWeekday(reference, result.start.get('weekday')!)
          : parsed;
      const start = relative && WEEK[code]?.test(result.text) ? weekOf(day.text) : day;
      const end = result.end ? componentDate(result.end) : undefined;
      const key = `${result.index}:${result.text}`;
      // Stated: the words name the day ("December 1st"); not so "last week", counted from today.
      const stated = !relative && result.start.isCertain('day') && result.start.isCertain('month');
      const weekday = result.start.get('weekday');
      let phrase = byWords.get(key);
      if (!phrase) {
        phrase = {
          words: result.text,
          index: result.index,
          resolved: [],
          agree: true,
          basis: stated ? 'stated' : 'inferred',
          weekdayMatches:
            stated && result.start.isCertain('weekday') && start.precision === 'day'
              ? weekdayIndex(start.text) === weekday
              : undefined,
        };
        byWords.set(key, phrase);
      }
      phrase.resolved.push({ reference, start, ...(end ? { end } : {}) });
    }
  }
  // Parts of a year chrono-node does not read, in place of what it read in them ("this year").
  for (const period of PERIODS[code] ?? []) {
    const match = period.pattern.exec(sentence);
    if (!match) continue;
    const index = match.index;
    const end = index + match[0].length;
    for (const [key, p] of byWords)
      if (p.index < end && p.index + p.words.length > index) byWords.delete(key);
    byWords.set(`${index}:${match[0]}`, {
      words: match[0],
      index,
      resolved: daysOf(publication.earliest, publication.latest).map((reference) => ({
        reference,
        start: period.span(match, reference, future(index, match[0].length)),
      })),
      agree: true,
      // "in spring 2021" names its year; "earlier this year", "in the spring" are counted.
      basis: period.year?.(match) ? 'stated' : 'inferred',
    });
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

/** The last day with that weekday (0 Sunday … 6 Saturday) on or before the reference day. */
function lastWeekday(reference: string, weekday: number): ResolvedDate {
  return {
    text: shiftDays(reference, -((weekdayIndex(reference) - weekday + 7) % 7)),
    precision: 'day',
  };
}

function weekdayIndex(day: string): number {
  return WEEKDAY_INDEX[weekdayOf(day)];
}
