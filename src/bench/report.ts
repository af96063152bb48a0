/**
 * The benchmark's figures as rows (one column per content size), printed
 * once as an aligned table and once as Markdown for BENCHMARKS.md.
 */
import type { BudgetCheck } from './budgets.ts';
import { formatBytes, formatCount, formatMs, median } from './format.ts';
import type { SizeResult } from './run-size.ts';

export interface Section {
  title: string;
  rows: string[][];
}

const peak = (kib: number | undefined) => (kib === undefined ? '–' : formatBytes(kib * 1024));
const weight = (w: { raw: number; gzip: number }) =>
  `${formatBytes(w.raw)} / ${formatBytes(w.gzip)}`;

export function sections(results: SizeResult[]): Section[] {
  const row = (label: string, value: (r: SizeResult) => string) => [label, ...results.map(value)];
  const groups = [...new Set(results.flatMap((r) => [...r.routes.keys()]))].sort(
    (a, b) => (results.at(-1)!.routes.get(b)?.ms ?? 0) - (results.at(-1)!.routes.get(a)?.ms ?? 0),
  );
  return [
    {
      title: 'Time and memory',
      rows: [
        row('content files', (r) => formatCount(r.contentFiles)),
        row(
          'npm run validate (first / median of 3)',
          (r) => `${formatMs(r.validateMs[0]!)} / ${formatMs(median(r.validateMs))}`,
        ),
        row('the same files read with gray-matter and zod alone (median of 3)', (r) =>
          formatMs(median(r.parseFloorMs)),
        ),
        row('site build, empty share-image cache', (r) => formatMs(r.cold.ms)),
        row('site build, warm share-image cache (median)', (r) => formatMs(r.warm.ms)),
        row('… every run', (r) => r.warmMs.map(formatMs).join(', ')),
        row('site build after editing one event', (r) => formatMs(r.edited.ms)),
        row('npm run dev: first event page / an edited event shown (median of 3)', (r) =>
          r.dev ? `${formatMs(r.dev.firstPageMs)} / ${formatMs(r.dev.editShownMs)}` : '–',
        ),
        row(
          'bare Astro build, baseline (median)',
          (r) => `${formatMs(r.bare.ms)} (${formatCount(r.bareFiles)} files)`,
        ),
        row('… every run', (r) => r.bareMs.map(formatMs).join(', ')),
        row(
          'site ÷ bare (warm / empty cache)',
          (r) => `${(r.warm.ms / r.bare.ms).toFixed(2)}× / ${(r.cold.ms / r.bare.ms).toFixed(2)}×`,
        ),
        row('site ÷ bare by CPU time (warm)', (r) =>
          r.warm.cpuMs && r.bare.cpuMs ? `${(r.warm.cpuMs / r.bare.cpuMs).toFixed(2)}×` : '–',
        ),
        row(
          'ms per event (warm / empty cache)',
          (r) => `${(r.warm.ms / r.events).toFixed(1)} / ${(r.cold.ms / r.events).toFixed(1)}`,
        ),
        row('CPU time, user + system (empty / warm / bare)', (r) =>
          [r.cold, r.warm, r.bare].map((run) => formatMs(run.cpuMs ?? NaN)).join(' / '),
        ),
        row('load average at start (empty / warm / bare)', (r) =>
          [r.cold, r.warm, r.bare].map((run) => run.loadBefore.toFixed(1)).join(' / '),
        ),
        row('peak memory (empty / warm / edit)', (r) =>
          [r.cold, r.warm, r.edited].map((run) => peak(run.peakKiB)).join(' / '),
        ),
        row('peak memory, bare build', (r) => peak(r.bare.peakKiB)),
      ],
    },
    {
      title: 'Output (warm build)',
      rows: [
        row('total size', (r) => formatBytes(r.output.bytes)),
        row('files', (r) => formatCount(r.output.files)),
        row('home page (raw / gzip)', (r) => weight(r.pages.home)),
        row('event page (raw / gzip)', (r) => weight(r.pages.event)),
        row(
          '  + linked CSS (raw / gzip)',
          (r) => `${formatBytes(r.pages.event.cssRaw)} / ${formatBytes(r.pages.event.cssGzip)}`,
        ),
        row('entity page people/person-0/ (raw / gzip)', (r) => weight(r.pages.entity)),
        row('largest page (gzip)', (r) => `${r.largest.page} ${formatBytes(r.largest.gzip)}`),
        row(
          'largest embed (gzip)',
          (r) => `embed/${r.largestEmbed.page} ${formatBytes(r.largestEmbed.gzip)}`,
        ),
        row(
          'pages ≥ 100 KB gzip',
          (r) => `${formatCount(r.largest.over)} of ${formatCount(r.largest.pages)}`,
        ),
      ],
    },
    {
      title: 'Share images and the worker thread',
      rows: [
        row('CPU time per image drawn, empty-cache build (from its log)', (r) => {
          const made = r.made.cold;
          return made && made.shareImages.drawn > 0
            ? `${(made.shareImages.drawMs / made.shareImages.drawn).toFixed(1)} ms (${formatCount(made.shareImages.drawn)} drawn on ${made.shareImages.threads} ${made.shareImages.threads === 1 ? 'thread' : 'threads'})`
            : '–';
        }),
        row('empty-cache build ÷ warm build', (r) => `${(r.cold.ms / r.warm.ms).toFixed(2)}×`),
        row('worker thread, warm build: exports / embeds / share images / search index', (r) => {
          const made = r.made.warm;
          return made
            ? [made.ms.exports, made.ms.embeds, made.ms.shareImages, made.ms.search]
                .map(formatMs)
                .join(' / ')
            : '–';
        }),
        row('time the warm build waited for the worker after its pages', (r) =>
          r.made.warm ? formatMs(r.made.warm.waitedMs) : '–',
        ),
        row('cache files after empty-cache build', (r) => formatCount(r.cache.afterCold)),
        row('new cache files in warm build', (r) =>
          formatCount(r.cache.afterWarm - r.cache.afterCold),
        ),
        row(
          'new cache files after editing one event',
          (r) => `${formatCount(r.cache.afterEdit - r.cache.afterWarm)} (${r.edited.event})`,
        ),
      ],
    },
    {
      title: "Page rendering by route, warm build (sum of Astro's logged per-route times)",
      rows: groups.map((group) =>
        row(group, (r) => {
          const g = r.routes.get(group);
          return g ? `${formatMs(g.ms)} (${formatCount(g.pages)})` : '–';
        }),
      ),
    },
  ];
}

export function budgetRows(checks: BudgetCheck[]): string[][] {
  return checks.map((c) => [c.pass ? 'PASS' : 'FAIL', formatCount(c.events), c.budget, c.value]);
}

export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `numeric` says which columns are right-aligned (by default every one but the first). */
export function markdownTable(
  header: string[],
  rows: string[][],
  numeric = header.map((_, i) => i > 0),
): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [
    line(header),
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}
