/**
 * The performance budgets, checked against one size's figures. They are
 * reported, not enforced: the benchmark prints figures and always exits 0
 * unless a build failed.
 */
import { formatBytes, formatCount, formatMs, median } from './format.ts';
import { PAGE_LIMIT, type SizeResult } from './run-size.ts';

export interface BudgetCheck {
  budget: string;
  events: number;
  value: string;
  pass: boolean;
}

export const KB = 1024;
export const EVENT_PAGE_LIMIT = 14 * KB;
export const MEMORY_LIMIT_KIB = 2 * 1024 * 1024;
export const BUILD_RATIO_LIMIT = 1.3;
export const BUILD_RATIO_SIZE = 10_000;
/** `npm run validate` against reading and parsing the same files with gray-matter and zod alone. */
export const VALIDATE_FLOOR_LIMIT = 3;

export function checkBudgets(r: SizeResult): BudgetCheck[] {
  const eventPage = r.pages.event.gzip + r.pages.event.cssGzip;
  const peaks = [r.cold, r.warm, r.edited].map((run) => run.peakKiB ?? Infinity);
  const peak = Math.max(...peaks);
  const ratio = r.warm.ms / r.bare.ms;
  const validate = median(r.validateMs);
  const floor = median(r.parseFloorMs);
  const checks: Omit<BudgetCheck, 'events'>[] = [
    {
      budget: 'event page ≤ 14 KB gzip (HTML + linked CSS)',
      value: `${formatBytes(eventPage)} (HTML ${formatBytes(r.pages.event.gzip)} + CSS ${formatBytes(r.pages.event.cssGzip)})`,
      pass: eventPage <= EVENT_PAGE_LIMIT,
    },
    {
      budget: 'every embed ≤ 14 KB gzip (all it loads: its style and script are inline)',
      value: `largest embed/${r.largestEmbed.page} ${formatBytes(r.largestEmbed.gzip)}; ${formatCount(r.largestEmbed.over)} of ${formatCount(r.largestEmbed.pages)} over`,
      pass: r.largestEmbed.over === 0,
    },
    {
      budget: 'every page < 100 KB gzip',
      value: `largest ${r.largest.page} ${formatBytes(r.largest.gzip)}; ${formatCount(r.largest.over)} of ${formatCount(r.largest.pages)} pages over`,
      pass: r.largest.gzip < PAGE_LIMIT,
    },
    {
      budget: `site build ≤ ${BUILD_RATIO_LIMIT}× bare build${r.events === BUILD_RATIO_SIZE ? '' : ` (budget is set at ${BUILD_RATIO_SIZE.toLocaleString('en')} events)`}`,
      value: `${ratio.toFixed(2)}× (median ${formatMs(r.warm.ms)} with warm share images ÷ median ${formatMs(r.bare.ms)})`,
      pass: ratio <= BUILD_RATIO_LIMIT,
    },
    {
      budget: 'peak memory of a site build < 2 GB',
      value: peak === Infinity ? 'not measured' : `${formatBytes(peak * 1024)}`,
      pass: peak < MEMORY_LIMIT_KIB,
    },
    {
      budget: `npm run validate ≤ ${VALIDATE_FLOOR_LIMIT}× reading and parsing the same files with gray-matter and zod alone`,
      value: `${(validate / floor).toFixed(2)}× (median ${formatMs(validate)} ÷ median ${formatMs(floor)}, whole processes)`,
      pass: validate <= VALIDATE_FLOOR_LIMIT * floor,
    },
  ];
  return checks.map((check) => ({ ...check, events: r.events }));
}
