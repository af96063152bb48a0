/** The site's own content passes every check, keeps each article whole, and cites them all. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { coverageReport } from '../../src/model/coverage-report.ts';

const ARTICLES = ['000_2830333d2d269041.txt', '001_4ba1c61a50a83e94.txt', '002_722e66c2d1ac10f0.txt', '003_ddab9cf9ed74a988.txt', '004_1746041705c4192a.txt'];
const content = validateContent('content');
const { problems, site } = content;

describe('the committed content', () => {
  it('passes every check', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the site configuration', () => {
    expect(site?.title).toBeTruthy();
  });

  it('has one source record per article, with its text checked by SHA-256', () => {
    expect(content.records.sources.map((s) => s.data.originalFile).sort()).toEqual(ARTICLES);
  });

  it('cites every source from at least one event', () => {
    const cited = new Set(content.records.events.flatMap((e) => e.data.sources.map((c) => c.source)));
    expect(content.records.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('lists every event id as published, so no permalink can vanish unnoticed', () => {
    const published = new Set(content.published?.entries.map((e) => e.id));
    expect(content.records.events.filter((e) => !published.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('accounts for every sentence of every article: quoted by an event, or left out with a reason', () => {
    // Read with the rest of the content: any problem in the list would be among the problems above.
    const exclusions = content.coverageExclusions?.entries ?? [];
    expect(exclusions.length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.file.endsWith('coverage-exclusions.yaml'))).toEqual([]);
    const report = coverageReport(content.records.sources, content.records.events, exclusions);
    expect(report.flatMap((s) => s.sentences.filter((x) => x.state === 'uncovered').map((x) => `${s.id}: ${x.text}`))).toEqual([]);
    expect(report.flatMap((s) => s.staleExclusions)).toEqual([]);
  });
});
