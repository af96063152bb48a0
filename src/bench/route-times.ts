/**
 * Where a site build spent its page-rendering time, read from Astro's own
 * build log: every generated route is logged as `├─ /path/… (+12ms)`. The
 * times are added up by the first segment of the path (events, og, people …).
 */
const ROUTE_LINE = /[├└]─ \/([^\s]*) \(\+([\d.]+)(m?s)\)/;

export function routeTimes(log: string): Map<string, { pages: number; ms: number }> {
  const groups = new Map<string, { pages: number; ms: number }>();
  for (const line of log.split('\n')) {
    const match = ROUTE_LINE.exec(line);
    if (!match) continue;
    const [, path, amount, unit] = match;
    const first = path!.split('/')[0]!;
    const group = path!.includes('/') ? first : 'single pages and exports';
    const ms = Number(amount) * (unit === 's' ? 1000 : 1);
    const entry = groups.get(group) ?? { pages: 0, ms: 0 };
    groups.set(group, { pages: entry.pages + 1, ms: entry.ms + ms });
  }
  return groups;
}
