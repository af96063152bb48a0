/** What the about page says of the content, from the fixture story: its counts and its examples. */
import { describe, expect, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { aboutFigures } from '../../src/model/about-figures.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const { events } = readWorkerModel('tests/fixtures/site/content', PROJECT_ROOT);

describe('aboutFigures', () => {
  it('counts the events by how they are dated, their status, disagreements and corrections', () => {
    expect(aboutFigures(events)).toMatchObject({
      events: 3,
      inferred: 1,
      imprecise: 2,
      withDisagreements: 0,
      corrections: 0,
      scheduled: 1,
    });
  });

  it('takes a span with words, and a day inferred from words, as the examples', () => {
    const figures = aboutFigures(events);
    expect(figures.spanned?.id).toBe('2021-03-council-approves-plans');
    expect(figures.inferredExample?.id).toBe('2021-11-30-harbour-council-meets');
  });

  it('has no example, and counts nothing, for a story with no events yet', () => {
    expect(aboutFigures([])).toEqual({
      events: 0,
      inferred: 0,
      imprecise: 0,
      withDisagreements: 0,
      corrections: 0,
      scheduled: 0,
      spanned: undefined,
      inferredExample: undefined,
    });
  });
});
