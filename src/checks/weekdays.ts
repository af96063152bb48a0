/** A date inferred from a weekday ("on Tuesday") falls on that weekday. */
import { weekdayOf, weekdaysIn } from '../lib/calendar.ts';
import { problem } from '../lib/problems.ts';
import type { Check } from './record-set.ts';

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

export const checkWeekdays: Check = ({ records }) =>
  records.events.flatMap((event) => {
    const { dating, start } = event.data;
    if (!dating.words || start.precision !== 'day') return [];
    const named = weekdaysIn(dating.words);
    const actual = weekdayOf(start.earliest);
    if (named.length === 0 || named.includes(actual)) return [];
    return [
      problem(event.file, event.lineOf(['start']), 'start', 'weekday.mismatch', {
        words: dating.words,
        named: capitalise(named[0]!),
        date: start.text,
        actual: capitalise(actual),
      }),
    ];
  });
