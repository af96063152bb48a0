/**
 * The story in content/, whatever it is (a fork replaces it with its own): it passes every check,
 * keeps each article whole, cites them all, is fully published, exports cleanly, and, when its
 * site.yaml promises `coverage: complete`, accounts for every sentence of every article.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { coverageReport } from '../../src/model/coverage-report.ts';
import { eventsDocument } from '../../src/model/exports/events-document.ts';
import { exportFileSchema } from '../../src/schema/export.ts';
import { contentRecords } from '../helpers/export-records.ts';
import { STORY_CONTENT, storyContent } from '../helpers/story.ts';

const content = storyContent();
const { problems, site, records } = content;

describe('the story in content/', () => {
  it('passes every check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the site configuration', () => {
    expect(site?.title).toBeTruthy();
    expect(site?.description).toBeTruthy();
    expect(site?.url).toBeTruthy();
  });

  it('keeps each article whole: no two sources from one article file, every text checked by SHA-256', () => {
    // originalFile is optional (import-source writes it): only those given must differ.
    const files = records.sources.flatMap((s) => (s.data.originalFile ? [s.data.originalFile] : []));
    expect(new Set(files).size).toBe(files.length);
    expect(
      records.sources
        .filter(
          (s) =>
            s.body.trim() === '' ||
            createHash('sha256').update(s.body, 'utf8').digest('hex') !== s.data.sha256,
        )
        .map((s) => s.id),
    ).toEqual([]);
  });

  it('cites every source from at least one event', () => {
    const cited = new Set(
      records.events.flatMap((e) => e.data.sources.map((c) => c.source)),
    );
    expect(records.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('lists every event id as published, so no permalink can vanish unnoticed', () => {
    const published = new Set(content.published?.entries.map((e) => e.id));
    expect(records.events.filter((e) => !published.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('exports every event in a document that conforms to the export schema', () => {
    const exported = contentRecords(STORY_CONTENT);
    expect(exported.records.map((r) => r.id).sort()).toEqual(records.events.map((e) => e.id).sort());
    expect(
      exportFileSchema.safeParse(eventsDocument(exported.records, exported.site)).error,
    ).toBeUndefined();
  });

  it('accounts for every sentence of every article, if site.yaml says coverage: complete', (context) => {
    context.skip(
      site?.coverage !== 'complete',
      'site.yaml does not say coverage: complete; npm run coverage reports what is left',
    );
    // Read with the rest of the content: any problem in the list would be among the problems above.
    const exclusions = content.coverageExclusions?.entries ?? [];
    expect(problems.filter((p) => p.file.endsWith('coverage-exclusions.yaml'))).toEqual([]);
    const report = coverageReport(records.sources, records.events, exclusions);
    expect(
      report.flatMap((s) =>
        s.sentences.filter((x) => x.state === 'uncovered').map((x) => `${s.id}: ${x.text}`),
      ),
    ).toEqual([]);
    expect(report.flatMap((s) => s.staleExclusions)).toEqual([]);
  });
});
