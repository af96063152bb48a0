import { describe, expect, it } from 'vitest';
import { readSummary, summaryLine, type LoggedSummary } from '../../src/derived/summary.ts';

const summary: LoggedSummary = {
  waitedMs: 12,
  events: 51,
  exports: 16,
  embeds: 276,
  shareImages: { fromCache: 2, drawn: 50, drawMs: 2104, threads: 2 },
  ms: { read: 12, exports: 347, embeds: 617, shareImages: 3359, search: 607 },
};

describe("the build log's line about the files made beside the pages", () => {
  it('says how many cards were drawn, in how much CPU time, on how many threads', () => {
    expect(summaryLine(summary)).toContain(
      '52 share images in 3359 ms (2 from the cache, 50 drawn in 2104 ms of CPU time on 2 threads)',
    );
    expect(
      summaryLine({ ...summary, shareImages: { ...summary.shareImages, threads: 1 } }),
    ).toContain('on 1 thread)');
  });

  it('is read back by the benchmark as it was written', () => {
    expect(readSummary(`12:00:00 [chronicle] ${summaryLine(summary)}\n`)).toEqual(summary);
    const oneThread = { ...summary, shareImages: { ...summary.shareImages, threads: 1 } };
    expect(readSummary(summaryLine(oneThread))).toEqual(oneThread);
  });
});
