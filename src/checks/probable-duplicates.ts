/** Two events on the same date with near-identical titles are probably one event written twice. */
import { distance } from 'fastest-levenshtein';
import { problem, type Problem } from '../lib/problems.ts';
import { normaliseForMatch } from '../lib/text-match.ts';
import type { Check } from './record-set.ts';

const SIMILARITY = 0.85;

function similarity(a: string, b: string): number {
  const x = normaliseForMatch(a).toLowerCase();
  const y = normaliseForMatch(b).toLowerCase();
  return 1 - distance(x, y) / Math.max(x.length, y.length, 1);
}

export const checkProbableDuplicates: Check = ({ records }) => {
  const byDate = Map.groupBy(
    records.events,
    (event) => `${event.data.start.earliest}/${event.data.start.latest}`,
  );
  const problems: Problem[] = [];
  for (const group of byDate.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if (a.id === b.id) continue; // the duplicate-id check speaks of these
        if (a.data.distinctFrom.includes(b.id) || b.data.distinctFrom.includes(a.id)) continue;
        if (similarity(a.data.title, b.data.title) < SIMILARITY) continue;
        problems.push(
          problem(b.file, b.lineOf(['title']), 'title', 'event.probableDuplicate', {
            other: a.file,
            otherId: a.id,
            title: a.data.title,
          }),
        );
      }
    }
  }
  return problems;
};
