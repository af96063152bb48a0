/**
 * The one site model: what the pages, the worker and the tests all read, built here from the
 * validator's records of the fixture site.
 */
import { describe, expect, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { coverageReport } from '../../src/model/coverage-report.ts';
import { buildSiteModel } from '../../src/model/site-model.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';

const model = readWorkerModel(FIXTURE_CONTENT);
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((e) => e.id);

describe('the site model', () => {
  it('orders the events as the timeline does, with each position', () => {
    expect(ids(model.events)).toEqual([
      '2021-03-council-approves-plans',
      '2021-11-30-harbour-council-meets',
      '2022-01-bridge-works-start',
    ]);
    expect([...model.position]).toEqual(model.events.map((e, i) => [e.id, i]));
  });

  it('lists the events of each entity and source in timeline order', () => {
    expect(ids(model.eventsBy.topics.get('bridge'))).toEqual(ids(model.events));
    expect(ids(model.eventsBy.people.get('ada-quill'))).toEqual([
      '2021-11-30-harbour-council-meets',
    ]);
    expect(ids(model.eventsBy.sources.get('2021-11-28-wire-council-preview'))).toContain(
      '2021-11-30-harbour-council-meets',
    );
  });

  it('knows each earlier id, the neighbours in time and the names of entities', () => {
    expect(model.aliases.get('2021-11-30-council-meeting')).toBe(
      '2021-11-30-harbour-council-meets',
    );
    const { previous, next } = model.neighbours('2021-11-30-harbour-council-meets');
    expect([previous?.id, next?.id]).toEqual([
      '2021-03-council-approves-plans',
      '2022-01-bridge-works-start',
    ]);
    expect(model.neighbours('2021-03-council-approves-plans').previous).toBeUndefined();
    expect(model.neighbours('no-such-event')).toEqual({});
    expect(model.nameOf('people', 'ada-quill')).toBe('Ada Quill');
    expect(model.nameOf('people', 'nobody')).toBe('nobody');
  });

  it('groups the events by month and day, as the home page shows them', () => {
    expect(model.months().map((m) => m.key)).toEqual(['2021-03', '2021-11', '2022-01']);
    expect(model.months()).toBe(model.months());
  });

  it('counts each source’s coverage as npm run coverage does, from the records with their articles', () => {
    const { site, records, coverageExclusions } = validateContent(FIXTURE_CONTENT);
    const exclusions = coverageExclusions?.entries ?? [];
    const withArticles = buildSiteModel({
      site: site!,
      coverageExclusions: exclusions,
      ...records,
    });
    // Both count published events only: a draft covers nothing yet.
    const published = records.events.filter((event) => !event.data.draft);
    const report = coverageReport(records.sources, published, exclusions);
    expect(report.length).toBe(2);
    for (const { id, file: _file, headline: _headline, firstLine: _firstLine, ...counts } of report)
      expect(withArticles.coverage(id)).toEqual(counts);
    expect(withArticles.coverage('2021-11-28-wire-council-preview').covered).toBeGreaterThan(0);
    // The worker is handed no article text (it needs none): it never counts coverage.
    expect(model.coverage('2021-11-28-wire-council-preview').sentences).toEqual([]);
  });
});
