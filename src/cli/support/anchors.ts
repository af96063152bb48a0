/**
 * The event that words such as "the previous day" or "a day after the meeting of ministers" count
 * from, so that the suggester can offer a date for them, labelled as counted and naming what it
 * counted from for the editor to check.
 *
 * Where the words name their anchor ("after *the meeting of ministers in the capital*"), it is the
 * event on the timeline, or the dated sentence earlier in the article, whose words share most with
 * that name (an event of the kind the name suggests counts for more), among those of the month
 * before publication; the latest on a tie. Where they do not ("The previous day, the minister
 * said"), it is the nearest earlier date of the article in a sentence naming the same people or
 * organisations, else the nearest earlier date: news copy counts from the last day it gave.
 */
import type { AnchorWords, ResolvedDate } from '../../lib/date-phrases.ts';
import { shiftDays } from '../../lib/calendar.ts';
import { guessKind } from './guess-kind.ts';

/** A dated sentence earlier in the article. */
export interface ArticleAnchor {
  number: number;
  words: string;
  sentence: string;
  start: ResolvedDate;
  end?: ResolvedDate | undefined;
  actors: readonly string[];
}

/** An event on the timeline, dated to a day. */
export interface TimelineAnchor {
  id: string;
  title: string;
  kind: string;
  start: string;
  end?: string | undefined;
}

export interface Anchored {
  start: ResolvedDate;
  /** What it counted from: an event on the timeline, or a candidate earlier in the article. */
  anchor: { event: string; date: string } | { candidate: number; words: string; date: string };
}

/** Words too common to tell one event from another, in the languages the suggester reads. */
const COMMON = new Set(
  'their there these those which where when with from this that after before about into over also been have were will would said says the and for its his her them they una unos unas este esta estos estas para desde entre sobre como después antes donde cuando tras durante'.split(
    ' ',
  ),
);

/** The first four letters of each telling word: "meeting" and "meet" share "meet". */
function stems(text: string): Set<string> {
  return new Set(
    (text.toLocaleLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((word) => word.length >= 4 && !COMMON.has(word))
      .map((word) => word.slice(0, 4)),
  );
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((stem) => b.has(stem)).length;

const isDay = (date: ResolvedDate | undefined): date is ResolvedDate => date?.precision === 'day';

export function resolveAnchor(
  words: AnchorWords,
  actors: readonly string[],
  earlier: readonly ArticleAnchor[],
  timeline: readonly TimelineAnchor[],
  published: { latest: string },
  kinds: readonly string[],
): Anchored | undefined {
  if (words.offset === undefined) return undefined;
  const counted = (day: string): ResolvedDate => ({
    text: shiftDays(day, words.offset!),
    precision: 'day',
  });
  const pick = (start: string, end: string | undefined) =>
    words.from === 'end' && end ? end : start;
  const dated = earlier.filter((a) => isDay(a.start));

  if (words.named) {
    const name = stems(words.named);
    const kind = guessKind(words.named, kinds);
    const monthBefore = shiftDays(published.latest, -31);
    const options = [
      ...timeline
        .filter((e) => e.start >= monthBefore && e.start <= published.latest)
        .map((e) => ({
          score: shared(name, stems(e.title)) + (kind.guessed && kind.kind === e.kind ? 2 : 0),
          overlap: shared(name, stems(e.title)),
          date: pick(e.start, e.end),
          anchor: { event: e.id },
        })),
      ...dated.map((a) => ({
        score:
          shared(name, stems(a.sentence)) +
          (kind.guessed && guessKind(a.sentence, kinds).kind === kind.kind ? 2 : 0),
        overlap: shared(name, stems(a.sentence)),
        date: pick(a.start.text, isDay(a.end) ? a.end.text : undefined),
        anchor: { candidate: a.number, words: a.words },
      })),
    ].filter((o) => o.overlap > 0);
    const best = options.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date))[0];
    if (best) return { start: counted(best.date), anchor: { ...best.anchor, date: best.date } };
    return undefined;
  }

  const nearest =
    dated.findLast((a) => a.actors.some((actor) => actors.includes(actor))) ?? dated.at(-1);
  if (!nearest) return undefined;
  const date = pick(nearest.start.text, isDay(nearest.end) ? nearest.end.text : undefined);
  return {
    start: counted(date),
    anchor: { candidate: nearest.number, words: nearest.words, date },
  };
}
