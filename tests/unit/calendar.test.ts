import { describe, expect, it } from 'vitest';
import {
  firstBound,
  formatCalendarDate,
  formatMonthHeading,
  parseDateText,
  shiftDays,
  weekdayOf,
  weekdaysIn,
} from '../../src/lib/calendar.ts';

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
    expect(formatCalendarDate(day)).toBe('30 November 2021');
    expect(formatCalendarDate(month)).toBe('November 2021');
    expect(formatCalendarDate(year)).toBe('2014');
    expect(
      formatCalendarDate({
        precision: 'span',
        text: 'spring 2021',
        label: 'spring 2021',
        earliest: '2021-03-01',
        latest: '2021-05-31',
      }),
    ).toBe('spring 2021');
    expect(formatMonthHeading('2022-01')).toBe('January 2022');
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
