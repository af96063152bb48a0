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
/** The site build by CPU time against the bare build's (the honest cost: the worker's core too). */
export const CPU_RATIO_LIMIT = 1.3;
/** A build with an empty share-image cache (a fresh CI runner) against a warm one. */
export const COLD_RATIO_LIMIT = 2;
/** Above this many events the memory budget is 4 GB. */
export const LARGE_SIZE = 10_000;
/** `npm run validate` against reading and parsing the same files with gray-matter and zod alone. */
export const VALIDATE_FLOOR_LIMIT = 3;

export function checkBudgets(r: SizeResult): BudgetCheck[] {
  const eventPage = r.pages.event.gzip + r.pages.event.cssGzip;
  const peaks = [r.cold, r.warm, r.edited].map((run) => run.peakKiB ?? Infinity);
  const peak = Math.max(...peaks);
  const ratio = r.warm.ms / r.bare.ms;
  const cpuRatio = (r.warm.cpuMs ?? NaN) / (r.bare.cpuMs ?? NaN);
  const coldRatio = r.cold.ms / r.warm.ms;
  const memoryLimit = r.events > LARGE_SIZE ? 2 * MEMORY_LIMIT_KIB : MEMORY_LIMIT_KIB;
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
      budget: `site build by CPU time ≤ ${CPU_RATIO_LIMIT}× the bare build's`,
      value: Number.isFinite(cpuRatio)
        ? `${cpuRatio.toFixed(2)}× (${formatMs(r.warm.cpuMs!)} ÷ ${formatMs(r.bare.cpuMs!)})`
        : 'not measured',
      pass: cpuRatio <= CPU_RATIO_LIMIT,
    },
    {
      budget: `build with an empty share-image cache ≤ ${COLD_RATIO_LIMIT}× a warm build`,
      value: `${coldRatio.toFixed(2)}× (${formatMs(r.cold.ms)} ÷ median ${formatMs(r.warm.ms)})`,
      pass: coldRatio <= COLD_RATIO_LIMIT,
    },
    {
      budget: `peak memory of a site build < ${memoryLimit === MEMORY_LIMIT_KIB ? '2' : '4'} GB${r.events > LARGE_SIZE ? ` (above ${LARGE_SIZE.toLocaleString('en')} events)` : ''}`,
      value: peak === Infinity ? 'not measured' : `${formatBytes(peak * 1024)}`,
      pass: peak < memoryLimit,
    },
    {
      budget: `npm run validate ≤ ${VALIDATE_FLOOR_LIMIT}× reading and parsing the same files with gray-matter and zod alone`,
      value: `${(validate / floor).toFixed(2)}× (median ${formatMs(validate)} ÷ median ${formatMs(floor)}, whole processes)`,
      pass: validate <= VALIDATE_FLOOR_LIMIT * floor,
    },
  ];
  return checks.map((check) => ({ ...check, events: r.events }));
}
