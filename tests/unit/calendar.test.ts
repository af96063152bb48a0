import { describe, expect, it } from 'vitest';
import {
  firstBound,
  parseDateText,
  shiftDays,
  weekdayOf,
  weekdaysIn,
  type CalendarDate,
} from '../../src/lib/calendar.ts';
import { dateWords } from '../../src/lib/date-words.ts';

const EN = dateWords('en');

describe('parseDateText', () => {
  it('reads a day, a month and a year with their bounds', () => {
    expect(parseDateText('2021-11-30')).toEqual({
      precision: 'day',
      text: '2021-11-30',
      earliest: '2021-11-30',
      latest: '2021-11-30',
    });
    expect(parseDateText('2021-02')).toEqual({
      precision: 'month',
      text: '2021-02',
      earliest: '2021-02-01',
      latest: '2021-02-28',
    });
    expect(parseDateText('2024-02')).toMatchObject({ latest: '2024-02-29' });
    expect(parseDateText('2014')).toEqual({
      precision: 'year',
      text: '2014',
      earliest: '2014-01-01',
      latest: '2014-12-31',
    });
  });

  it('says what is wrong with an impossible date', () => {
    expect(parseDateText('2021-02-29')).toEqual({
      kind: 'day',
      daysInMonth: 28,
      monthName: 'February 2021',
    });
    expect(parseDateText('2021-04-31')).toEqual({
      kind: 'day',
      daysInMonth: 30,
      monthName: 'April 2021',
    });
    expect(parseDateText('2021-00')).toEqual({ kind: 'month', month: 0 });
    expect(parseDateText('30 November 2021')).toEqual({ kind: 'format' });
    expect(parseDateText('2021-11-3')).toEqual({ kind: 'format' });
  });
});

describe('weekdays', () => {
  it('knows the weekday of calendar days', () => {
    expect(weekdayOf('2021-11-28')).toBe('sunday');
    expect(weekdayOf('2021-11-30')).toBe('tuesday');
    expect(weekdayOf('2022-01-04')).toBe('tuesday');
    expect(weekdayOf('2022-01-07')).toBe('friday');
  });

  it('finds weekday names in phrases, whole words only', () => {
    expect(weekdaysIn('on Tuesday')).toEqual(['tuesday']);
    expect(weekdaysIn('this Sunday')).toEqual(['sunday']);
    expect(weekdaysIn('on Tuesday and Wednesday')).toEqual(['tuesday', 'wednesday']);
    expect(weekdaysIn('last week')).toEqual([]);
    expect(weekdaysIn('Mondays')).toEqual([]);
  });

  it('shifts calendar days across month and year ends', () => {
    expect(shiftDays('2021-11-28', 2)).toBe('2021-11-30');
    expect(shiftDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(shiftDays('2022-01-01', -1)).toBe('2021-12-31');
  });
});

describe('formatting', () => {
  it('shows a date at its precision', () => {
    const day = parseDateText('2021-11-30');
    const month = parseDateText('2021-11');
    const year = parseDateText('2014');
    if (!('precision' in day) || !('precision' in month) || !('precision' in year))
      throw new Error('parse failed');
    expect(EN.date(day)).toBe('30 November 2021');
    expect(EN.date(month)).toBe('November 2021');
    expect(EN.date(year)).toBe('2014');
    expect(
      EN.date({
        precision: 'span',
        text: 'spring 2021',
        label: 'spring 2021',
        earliest: '2021-03-01',
        latest: '2021-05-31',
      }),
    ).toBe('spring 2021');
    expect(EN.monthHeading('2022-01')).toBe('January 2022');
  });

  it('names files after the date as written, or a span’s first bound', () => {
    expect(
      firstBound({
        precision: 'month',
        text: '2021-11',
        earliest: '2021-11-01',
        latest: '2021-11-30',
      }),
    ).toBe('2021-11');
    expect(
      firstBound({
        precision: 'span',
        text: 'spring 2021',
        from: '2021-03',
        earliest: '2021-03-01',
        latest: '2021-05-31',
      }),
    ).toBe('2021-03');
  });
});

describe('spans open at the start', () => {
  it('accept the year or month of their "by" date as a file-name prefix', async () => {
    const { acceptedFileNamePrefixes } = await import('../../src/lib/calendar.ts');
    const date = {
      precision: 'span' as const,
      text: 'by 28 November 2021',
      label: 'by 28 November 2021',
      to: '2021-11-28',
      openStart: true,
      earliest: '2021-11-28',
      latest: '2021-11-28',
    };
    expect(acceptedFileNamePrefixes(date)).toEqual(['2021-11-28', '2021-11', '2021']);
    expect(acceptedFileNamePrefixes({ ...date, openStart: false, from: '2021-03' })).toEqual([
      '2021-03',
    ]);
  });
});

describe('dates and weekdays in other languages', () => {
  it('writes dates in the site’s language, as calendar days', () => {
    const es = dateWords('es');
    const day = parseDateText('2021-11-30') as CalendarDate;
    const month = parseDateText('2021-03') as CalendarDate;
    expect(es.date(day)).toBe('30 de noviembre de 2021');
    expect(es.date(month)).toBe('marzo de 2021');
    expect(es.range(day, parseDateText('2021-12-01') as CalendarDate)).toBe(
      '30 de noviembre de 2021 – 1 de diciembre de 2021',
    );
    expect(es.monthHeading('2022-01')).toBe('Enero de 2022');
    expect(dateWords('de').date(day)).toBe('30. November 2021');
    expect(dateWords('en-US').date(day)).toBe('November 30, 2021');
    expect(EN.shortMonth('2021-11-01')).toBe('Nov 2021');
  });

  it('finds weekday names in the words’ own language, as whole words in any case', () => {
    expect(weekdaysIn('aseguró el sábado', 'es')).toEqual(['saturday']);
    expect(weekdaysIn('el Miércoles pasado', 'es')).toEqual(['wednesday']);
    expect(weekdaysIn('samedi soir', 'fr')).toEqual(['saturday']);
    expect(weekdaysIn('am Samstag', 'de')).toEqual(['saturday']);
    expect(weekdaysIn('يوم السبت', 'ar')).toEqual(['saturday']);
    expect(weekdaysIn('on tuesday and Friday', 'en')).toEqual(['tuesday', 'friday']);
    // Not inside another word, and not in another language's names.
    expect(weekdaysIn('Sundays are quiet', 'en')).toEqual([]);
    expect(weekdaysIn('el sábado', 'en')).toEqual([]);
  });
});

describe('early years', () => {
  it('keeps a year below 100 as it is written (the Date constructor would read 0050 as 1950)', () => {
    expect(parseDateText('0050-02')).toEqual({
      precision: 'month',
      text: '0050-02',
      earliest: '0050-02-01',
      latest: '0050-02-28',
    });
    expect(dateWords('en').date(parseDateText('0050-02-03') as CalendarDate)).toBe('3 February 50');
  });

  it('knows there is no year 0000', () => {
    expect(parseDateText('0000-01-01')).toEqual({ kind: 'yearZero' });
    expect(parseDateText('0000')).toEqual({ kind: 'yearZero' });
  });
});
