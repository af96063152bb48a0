/**
 * The resolver of an article's date words, against the day it was published: weekdays by the
 * tense around them, named days with and without ordinals and the year nearest the publication,
 * a year on its own, words that count from another event, a publication date that is a span; in
 * English and Spanish. And the article's sentences, with their offsets.
 */
import { describe, expect, it } from 'vitest';
import { datePhrases } from '../../src/lib/date-phrases.ts';
import { sentences } from '../../src/lib/sentences.ts';

const sunday = { earliest: '2021-11-28', latest: '2021-11-28' };
const first = (text: string, language = 'en', future = false, publication = sunday) =>
  datePhrases(text, language, publication, () => future).phrases[0];

describe('date phrases', () => {
  it('reads a weekday as the last one, or the next where the words speak of what is to come', () => {
    expect(first('The chair spoke on Friday.')?.resolved[0]?.start).toEqual({
      text: '2021-11-26',
      precision: 'day',
    });
    expect(first('The council will meet on Tuesday.', 'en', true)).toMatchObject({
      words: 'on Tuesday',
      basis: 'inferred',
      resolved: [{ reference: '2021-11-28', start: { text: '2021-11-30', precision: 'day' } }],
    });
    expect(first('He said this Sunday that talks were over.')?.resolved[0]?.start.text).toBe(
      '2021-11-28',
    );
  });

  it('reads a named day with or without an ordinal, in the year nearest the publication, and checks its weekday', () => {
    expect(
      first('The mayor will speak with the chair on Tuesday, December 7th.', 'en', true),
    ).toMatchObject({
      basis: 'stated',
      weekdayMatches: true,
      resolved: [{ start: { text: '2021-12-07', precision: 'day' } }],
    });
    expect(first('on Wednesday, December 7th', 'en', true)?.weekdayMatches).toBe(false);
    expect(first('Talks are set for January 12.', 'en', true)?.resolved[0]?.start.text).toBe(
      '2022-01-12',
    );
    // Future words around it do not move a day just past into next year.
    const december = { earliest: '2021-12-02', latest: '2021-12-02' };
    expect(
      first(
        'Speaking in Harbourtown on November 30, he said more ferries will come.',
        'en',
        true,
        december,
      )?.resolved[0]?.start.text,
    ).toBe('2021-11-30');
  });

  it('gives a month, and a year named on its own', () => {
    expect(first('The drills began in March 2021.')?.resolved[0]?.start).toEqual({
      text: '2021-03',
      precision: 'month',
    });
    expect(first('Northland annexed the peninsula in 2014.')).toMatchObject({
      words: '2014',
      basis: 'stated',
      resolved: [{ start: { text: '2014', precision: 'year' } }],
    });
  });

  it('reports words that count from another event as needing an anchor, by how many days and from which end, with the words that name it', () => {
    expect(datePhrases('The previous day, the minister said so.', 'en', sunday)).toEqual({
      phrases: [],
      needsAnchor: [{ words: 'The previous day', index: 0, offset: -1, from: 'start' }],
    });
    expect(
      datePhrases(
        'The call came a day after the meeting of ministers, officials said.',
        'en',
        sunday,
      ).needsAnchor,
    ).toEqual([
      { words: 'a day after', index: 14, offset: 1, from: 'end', named: 'meeting of ministers' },
    ]);
    expect(
      datePhrases('On the first day of their summit, the chairs spoke.', 'en', sunday)
        .needsAnchor[0],
    ).toMatchObject({ offset: 0, from: 'start', named: 'their summit' });
    expect(
      datePhrases('Two days later the ferry sailed.', 'en', sunday).needsAnchor[0],
    ).toMatchObject({ offset: 2, from: 'end', named: undefined });
    // Counted, but not in days: it stays for the editor.
    expect(
      datePhrases('The previous week, talks stalled.', 'en', sunday).needsAnchor[0]?.offset,
    ).toBe(undefined);
    expect(datePhrases('Al día siguiente, el ministro habló.', 'es', sunday).needsAnchor).toEqual([
      { words: 'Al día siguiente', index: 0, offset: 1, from: 'end' },
    ]);
    expect(
      datePhrases('Dos días antes de la cumbre, el alcalde habló.', 'es', sunday).needsAnchor[0],
    ).toMatchObject({ offset: -2, from: 'start', named: 'cumbre' });
  });

  it('reads "last week" as that week, Monday to Sunday, counted rather than stated', () => {
    expect(first('Last week, the council met.')).toMatchObject({
      words: 'Last week',
      basis: 'inferred',
      resolved: [
        {
          start: {
            text: '2021-11-15..2021-11-21',
            precision: 'span',
            from: '2021-11-15',
            to: '2021-11-21',
          },
        },
      ],
    });
    expect(
      first('La semana pasada, el consejo se reunió.', 'es')?.resolved[0]?.start,
    ).toMatchObject({
      from: '2021-11-15',
      to: '2021-11-21',
    });
  });

  it('leaves out lengths of time that the parser reads as dates', () => {
    expect(
      datePhrases('The dispute has lasted over the past seven years.', 'en', sunday).phrases,
    ).toEqual([]);
    expect(
      datePhrases('The chairs meet for a second day in the capital.', 'en', sunday).phrases,
    ).toEqual([]);
    expect(
      datePhrases('Durante los últimos siete años no hubo acuerdo.', 'es', sunday).phrases,
    ).toEqual([]);
  });

  it('reads parts of a year the parser does not: "earlier this year" and the seasons', () => {
    expect(first('The drills took place earlier this year.')).toMatchObject({
      words: 'earlier this year',
      basis: 'inferred',
      resolved: [{ start: { precision: 'span', from: '2021-01', to: '2021-11-27' } }],
    });
    expect(first('A similar surge came in the spring.')?.resolved[0]?.start).toMatchObject({
      from: '2021-03',
      to: '2021-05',
    });
    expect(
      first('The works will resume in the spring.', 'en', true)?.resolved[0]?.start,
    ).toMatchObject({ from: '2022-03', to: '2022-05' });
    expect(first('The council last met in winter 2020.')).toMatchObject({
      basis: 'stated',
      resolved: [{ start: { from: '2019-12', to: '2020-02' } }],
    });
    expect(first('El consejo se reunió en la primavera.', 'es')?.resolved[0]?.start).toMatchObject({
      from: '2021-03',
      to: '2021-05',
    });
  });

  it('reads Spanish weekdays and dates', () => {
    expect(first('El consejo se reunió el sábado.', 'es')?.resolved[0]?.start.text).toBe(
      '2021-11-27',
    );
    expect(first('La reunión será el 12 de enero.', 'es', true)).toMatchObject({
      basis: 'stated',
      resolved: [{ start: { text: '2022-01-12', precision: 'day' } }],
    });
  });

  it('resolves against every day a publication date can mean, and says whether they agree', () => {
    const span = { earliest: '2021-11-28', latest: '2021-11-29' };
    const friday = datePhrases('He spoke on Friday.', 'en', span).phrases[0]!;
    expect(friday.resolved.map((r) => [r.reference, r.start.text])).toEqual([
      ['2021-11-28', '2021-11-26'],
      ['2021-11-29', '2021-11-26'],
    ]);
    expect(friday.agree).toBe(true);
    const yesterday = datePhrases('He spoke yesterday.', 'en', span).phrases[0]!;
    expect(yesterday.resolved.map((r) => r.start.text)).toEqual(['2021-11-27', '2021-11-28']);
    expect(yesterday.agree).toBe(false);
    // A weekday of what has happened is the last one from each possible day, never the next.
    const week = { earliest: '2021-12-07', latest: '2021-12-12' };
    const monday = datePhrases('On Monday, the chair said so.', 'en', week).phrases[0]!;
    expect(new Set(monday.resolved.map((r) => r.start.text))).toEqual(new Set(['2021-12-06']));
    expect(monday.agree).toBe(true);
  });
});

describe('sentences', () => {
  it('splits in the article’s language, a line on its own included, with offsets into the article', () => {
    const article = 'HARBOURTOWN (Wire)\nThe council met. It voted! Was it wise?\n\nYes.';
    const found = sentences(article, 'en');
    expect(found.map((s) => s.text)).toEqual([
      'HARBOURTOWN (Wire)',
      'The council met.',
      'It voted!',
      'Was it wise?',
      'Yes.',
    ]);
    for (const s of found) expect(article.slice(s.start, s.end)).toBe(s.text);
  });
});
