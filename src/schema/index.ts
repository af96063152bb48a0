import type { z } from 'astro/zod';
import type { CROSS_LINK_KINDS } from '../lib/cross-links.ts';

/**
 * The content model: every collection, its folder under the content root and
 * its schema. Astro's content config, the validator CLI, the docs and the data
 * exports all read this one list.
 */
import { eventSchema } from './event.ts';
import {
  organisationSchema,
  periodSchema,
  personSchema,
  placeSchema,
  topicSchema,
} from './entity.ts';
import { sourceSchema } from './source.ts';

export const collections = {
  events: { folder: 'events', singular: 'event', schema: eventSchema, maxKilobytes: 64 },
  sources: { folder: 'sources', singular: 'source', schema: sourceSchema, maxKilobytes: 512 },
  people: { folder: 'people', singular: 'person', schema: personSchema, maxKilobytes: 16 },
  organisations: {
    folder: 'organisations',
    singular: 'organisation',
    schema: organisationSchema,
    maxKilobytes: 16,
  },
  places: { folder: 'places', singular: 'place', schema: placeSchema, maxKilobytes: 16 },
  topics: { folder: 'topics', singular: 'topic', schema: topicSchema, maxKilobytes: 16 },
  periods: { folder: 'periods', singular: 'period', schema: periodSchema, maxKilobytes: 16 },
} as const;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

/** The fields of a record of a collection, as its schema gives them after parsing. */
export type RecordData<K extends CollectionName> = z.output<
  ReturnType<(typeof collections)[K]['schema']>
>;

// Every kind of cross-link (src/lib/cross-links.ts) must point into a collection: this fails to
// compile otherwise.
export type CrossLinkTargetsAreCollections =
  (typeof CROSS_LINK_KINDS)[keyof typeof CROSS_LINK_KINDS] extends CollectionName ? true : never;
const crossLinkTargetsAreCollections: CrossLinkTargetsAreCollections = true;
void crossLinkTargetsAreCollections;

export {
  eventSchema,
  sourceSchema,
  personSchema,
  organisationSchema,
  placeSchema,
  topicSchema,
  periodSchema,
};
export { eventKindIds, siteKindLabel, siteKindNames, siteSchema, type SiteConfig } from './site.ts';
export { DEFAULT_EVENT_KINDS } from './event.ts';
export { SHORT_FORMS } from './citation.ts';
export type { EventData } from './event.ts';
export type { SourceData } from './source.ts';
