/**
 * The changes editors record on a published event (`changes:`): newest first, and the corrections
 * among them, which a page shows at its top and the timeline marks.
 */
import type { CalendarDate } from '../lib/calendar.ts';

export interface Change {
  kind: 'correction' | 'update' | 'clarification';
  date: CalendarDate;
  what: string;
  why?: string | undefined;
}

/** Newest first; changes of one day keep the order they are written in. */
export function newestFirst<C extends Change>(changes: readonly C[]): C[] {
  return changes.toSorted((a, b) => b.date.earliest.localeCompare(a.date.earliest));
}

export function corrections<C extends Change>(changes: readonly C[]): C[] {
  return newestFirst(changes).filter((change) => change.kind === 'correction');
}
