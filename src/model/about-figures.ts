/**
 * What the about page says of the timeline's own content: how many events are dated how, and
 * which of them make the examples (a span's words; a date inferred from an article's words).
 */
import type { EventData } from '../schema/index.ts';

interface Event {
  id: string;
  data: EventData;
}

export interface AboutFigures<E extends Event> {
  events: number;
  inferred: number;
  imprecise: number;
  withDisagreements: number;
  corrections: number;
  scheduled: number;
  /** An event dated by a span's own words, if any. */
  spanned: E | undefined;
  /** An event whose date is inferred from an article's words: one dated to the day, if any. */
  inferredExample: E | undefined;
}

export function aboutFigures<E extends Event>(events: readonly E[]): AboutFigures<E> {
  const count = (test: (e: E) => boolean) => events.filter(test).length;
  // A day worked out from words ("on Tuesday") shows an inference best; any inferred date will do.
  const inferredDates = events.filter(
    (e) => e.data.dating.basis === 'inferred' && e.data.dating.words,
  );
  return {
    events: events.length,
    inferred: count((e) => e.data.dating.basis === 'inferred'),
    imprecise: count((e) => e.data.start.precision !== 'day'),
    withDisagreements: count((e) => e.data.disagreements.length > 0),
    corrections: events.reduce(
      (sum, e) => sum + e.data.notes.filter((n) => n.kind === 'correction').length,
      0,
    ),
    scheduled: count((e) => e.data.status === 'scheduled'),
    spanned: events.find((e) => e.data.start.precision === 'span' && e.data.start.label),
    inferredExample:
      inferredDates.find((e) => e.data.start.precision === 'day') ?? inferredDates[0],
  };
}
