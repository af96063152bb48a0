/**
 * Geometry of the overview drawn at the top of the timeline: one bar per day
 * (or week, for long periods) with the number of events dated to it, and the
 * named periods as bands. Pure numbers; the component turns them into SVG.
 */
import { daysBetween, shiftDays, type CalendarDate } from '../lib/calendar.ts';
import type { DateWords } from '../lib/date-words.ts';
import type { Translate } from '../lib/messages/catalogue.ts';

export interface OverviewBar {
  /** First day of the bar, `YYYY-MM-DD`: the anchor it links to when it has events. */
  day: string;
  count: number;
  x: number;
  height: number;
  label: string;
}

export interface OverviewBand {
  name: string;
  x: number;
  width: number;
}

export interface Overview {
  width: number;
  height: number;
  barWidth: number;
  bars: OverviewBar[];
  bands: OverviewBand[];
  ticks: { x: number; label: string }[];
  max: number;
  daysPerBar: 1 | 7 | 30 | 365;
}

export function buildOverview(
  period: { start: CalendarDate; end: CalendarDate },
  events: readonly { data: { start: CalendarDate } }[],
  periods: readonly { name: string; start: CalendarDate; end: CalendarDate }[],
  words: DateWords,
  t: Translate,
  size = { width: 720, height: 90 },
): Overview {
  const first = period.start.earliest;
  const totalDays = daysBetween(first, period.end.latest) + 1;
  // At most about 190 bars, whatever the period: the overview must not grow with it.
  const daysPerBar: 1 | 7 | 30 | 365 =
    totalDays <= 190 ? 1 : totalDays <= 1330 ? 7 : totalDays <= 5700 ? 30 : 365;
  const barCount = Math.ceil(totalDays / daysPerBar);
  const barWidth = size.width / barCount;
  const index = (iso: string) => Math.floor(daysBetween(first, iso) / daysPerBar);
  const counts = new Array<number>(barCount).fill(0);
  for (const { data } of events) {
    if (data.start.precision !== 'day') continue;
    const i = index(data.start.earliest);
    if (i >= 0 && i < barCount) counts[i]! += 1;
  }
  const max = Math.max(1, ...counts);
  const plot = size.height - 20;
  const bars = counts.map((count, i) => {
    const start = shiftDays(first, i * daysPerBar);
    const date = { precision: 'day' as const, text: start, earliest: start, latest: start };
    const label = t(`overview.bar.${daysPerBar}`, {
      date: words.date(date),
      events: t('count.events', { count }),
    });
    return {
      day: start,
      count,
      x: i * barWidth,
      height: count === 0 ? 0 : Math.max(3, (count / max) * plot),
      label,
    };
  });
  const clamp = (value: number) => Math.min(Math.max(value, 0), size.width);
  const bands = periods
    .filter((p) => p.end.latest >= first && p.start.earliest <= period.end.latest)
    .map((p) => {
      const x = clamp(index(p.start.earliest < first ? first : p.start.earliest) * barWidth);
      const end = clamp(
        (index(p.end.latest > period.end.latest ? period.end.latest : p.end.latest) + 1) * barWidth,
      );
      return { name: p.name, x, width: end - x };
    });
  const ticks: { x: number; label: string }[] = [];
  for (let i = 0; i < barCount; i++) {
    const start = shiftDays(first, i * daysPerBar);
    const previous = i === 0 ? '' : shiftDays(first, (i - 1) * daysPerBar);
    const unit = daysPerBar >= 30 ? 4 : 7; // year ticks for long periods, month ticks otherwise
    if (i === 0 || start.slice(0, unit) !== previous.slice(0, unit)) {
      ticks.push({
        x: i * barWidth,
        label: unit === 4 ? start.slice(0, 4) : words.shortMonth(start),
      });
    }
  }
  return { width: size.width, height: size.height, barWidth, bars, bands, ticks, max, daysPerBar };
}

/** The first day in [from, to] that has events (and so an anchor on the timeline), if any. */
export function firstDayWithEvents(
  from: string,
  to: string,
  days: ReadonlySet<string>,
): string | undefined {
  return [...days].filter((day) => day >= from && day <= to).sort()[0];
}
