/** The closest accepted word, when it is close enough to be a likely typo. */
import { closest, distance } from 'fastest-levenshtein';

export function didYouMean(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string' || options.length === 0) return undefined;
  const wanted = value.toLowerCase();
  const best = closest(wanted, [...options]);
  return distance(wanted, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
