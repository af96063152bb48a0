/**
 * The build log's line about the files made beside the pages, and its
 * reading back: the benchmark takes the drawing cost of share images and the
 * wait for the worker from it.
 */
import type { WriteAllSummary } from './write-all.ts';

export interface LoggedSummary extends WriteAllSummary {
  /** How long the build waited for the worker once its pages were done. */
  waitedMs: number;
}

export function summaryLine(s: LoggedSummary): string {
  const { fromCache, drawn, drawMs, threads } = s.shareImages;
  return (
    `Made from the content beside the pages (waited ${s.waitedMs} ms for it): ` +
    `${s.exports} export files in ${s.ms.exports} ms; ` +
    `${s.embeds} embed files in ${s.ms.embeds} ms; ` +
    `${fromCache + drawn} share images in ${s.ms.shareImages} ms (${fromCache} from the cache, ${drawn} drawn in ${drawMs} ms of CPU time on ${threads} ${threads === 1 ? 'thread' : 'threads'}); ` +
    `search index of ${s.events} events in ${s.ms.search} ms (content read in ${s.ms.read} ms).`
  );
}

const LINE =
  /waited (\d+) ms for it\): (\d+) export files in (\d+) ms; (\d+) embed files in (\d+) ms; \d+ share images in (\d+) ms \((\d+) from the cache, (\d+) drawn in (\d+) ms of CPU time on (\d+) threads?\); search index of (\d+) events in (\d+) ms \(content read in (\d+) ms\)/;

/** The summary logged by a build, or undefined if the log has none. */
export function readSummary(log: string): LoggedSummary | undefined {
  const m = LINE.exec(log);
  if (!m) return undefined;
  const [
    waitedMs,
    exports,
    exportsMs,
    embeds,
    embedsMs,
    imagesMs,
    fromCache,
    drawn,
    drawMs,
    threads,
    events,
    searchMs,
    readMs,
  ] = m.slice(1).map(Number);
  return {
    waitedMs: waitedMs!,
    events: events!,
    exports: exports!,
    embeds: embeds!,
    shareImages: { fromCache: fromCache!, drawn: drawn!, drawMs: drawMs!, threads: threads! },
    ms: {
      read: readMs!,
      exports: exportsMs!,
      embeds: embedsMs!,
      shareImages: imagesMs!,
      search: searchMs!,
    },
  };
}
