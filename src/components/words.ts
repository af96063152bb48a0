/**
 * Words the pages use for the content model's own values, each written once:
 * the name of each kind of entity, and what each status means.
 */
export const ENTITY_WORDS = {
  people: { plural: 'People', singular: 'person' },
  organisations: { plural: 'Organisations', singular: 'organisation' },
  places: { plural: 'Places', singular: 'place' },
  topics: { plural: 'Topics', singular: 'topic' },
} as const;

type Status = 'happened' | 'scheduled' | 'cancelled' | 'unconfirmed';

/** The badge beside a date; nothing is shown for the usual "happened". */
export const STATUS_BADGES: Record<Status, string> = {
  happened: '',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  unconfirmed: 'Unconfirmed',
};

/** What a status means, on the event's page. */
export const STATUS_MEANINGS: Record<Status, string> = {
  happened: 'Happened',
  scheduled: 'Scheduled or announced: still to come when reported',
  cancelled: 'Cancelled',
  unconfirmed: 'Reported, but not confirmed',
};
