/** What the entity pages list: the words for each collection, for headings and descriptions. */
export const ENTITY_WORDS = {
  people: { plural: 'People', singular: 'person' },
  organisations: { plural: 'Organisations', singular: 'organisation' },
  places: { plural: 'Places', singular: 'place' },
  topics: { plural: 'Topics', singular: 'topic' },
} as const;
