/**
 * A date inferred from a weekday ("on Tuesday", "el sábado") falls on that weekday. The words are
 * read in the language of the article they come from (an English article on a Spanish site is
 * read in English); without a named source, in the language of each source the event cites.
 */
import { weekdayOf, weekdaysIn } from '../lib/calendar.ts';
import { problem } from '../lib/problems.ts';
import { byId, type Check } from './record-set.ts';

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

export const checkWeekdays: Check = ({ records }) => {
  const sources = byId(records.sources);
  const languageOf = (id: string) => sources.get(id)?.data.language;
  return records.events.flatMap((event) => {
    const { dating, start } = event.data;
    if (!dating.words || start.precision !== 'day') return [];
    const cited = dating.source ? [dating.source] : event.data.sources.map((c) => c.source);
    const languages = [...new Set(cited.map(languageOf).filter((l) => l !== undefined))];
    const named = [
      ...new Set(
        (languages.length ? languages : ['en']).flatMap((l) => weekdaysIn(dating.words!, l)),
      ),
    ];
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
};
