/**
 * Every embed the site offers, each for one of its pages: each event's card; and, as lists split
 * by `pageSize` as the site's own lists are, the whole timeline, each period (between its first and
 * last day), each month, and each person's, organisation's, place's and topic's events.
 */
import { embedPath, eventPath, monthPath, recordPath } from '../../lib/urls.ts';
import type { EventData } from '../../schema/index.ts';
import { ENTITY_COLLECTIONS, type Entry, type SiteModel } from '../site-model.ts';

type Event = Entry<EventData>;

export interface EventEmbedSpec {
  shape: 'event';
  /** The full page it stands for (its canonical address). */
  page: string;
  /** Where it is filed under `embed/` and `oembed/`: the page's own path, but for periods. */
  path: string;
  name: string;
  event: Event;
}

export interface ListEmbedSpec {
  shape: 'list';
  page: string;
  path: string;
  name: string;
  description: string;
  events: readonly Event[];
}

export type EmbedSpec = EventEmbedSpec | ListEmbedSpec;

/** The embed of page n of a list (`embed/topics/x/`, `embed/topics/x/2/`). */
export function embedPagePath(path: string, n: number): string {
  return `${embedPath(path)}${n === 1 ? '' : `${n}/`}`;
}

/** The embeds of the site, each with the page it stands for. */
export function embedsOf(model: SiteModel): EmbedSpec[] {
  const { site, t } = model;
  const specs: EmbedSpec[] = model.events.map((event) => ({
    shape: 'event',
    page: eventPath(event.id),
    path: eventPath(event.id),
    name: event.data.title,
    event,
  }));
  specs.push({
    shape: 'list',
    page: '',
    path: '',
    name: site.title,
    description: site.description,
    events: model.events,
  });
  for (const period of model.periods) {
    const first = period.data.start.earliest;
    const last = period.data.end.latest;
    specs.push({
      shape: 'list',
      page: '',
      path: embedPeriodPath(period.id),
      name: period.data.name,
      description: period.data.description ?? period.data.name,
      events: model.events.filter(
        (event) => event.data.start.earliest >= first && event.data.start.earliest <= last,
      ),
    });
  }
  for (const month of model.months()) {
    // The month's page lists them by day: the same events, in the same order.
    const events = month.days.flatMap((day) => day.events);
    specs.push({
      shape: 'list',
      page: monthPath(month.key),
      path: monthPath(month.key),
      name: month.heading,
      description: t('month.description', { count: events.length, month: month.heading }),
      events,
    });
  }
  for (const collection of ENTITY_COLLECTIONS)
    for (const [id, entry] of model[collection]) {
      const events = model.eventsBy[collection].get(id) ?? [];
      specs.push({
        shape: 'list',
        page: recordPath(collection, id),
        path: recordPath(collection, id),
        name: entry.data.name,
        description: entry.data.description,
        events,
      });
    }
  return specs;
}

/**
 * A period has no page of its own: its embed stands for the home page's timeline, and is filed
 * under `embed/periods/<id>/`.
 */
export function embedPeriodPath(id: string): string {
  return `periods/${id}/`;
}
