/**
 * The pages of a person, organisation, place or topic, and of a source: a WebPage whose main
 * entity is the Person, Organization, Place, DefinedTerm or NewsArticle.
 */
import type { DefinedTerm, Graph, Organization, Person, PlaceLeaf } from 'schema-dts';
import { absoluteUrl } from '../../lib/urls.ts';
import { pageGraph, thingId, type PageFacts, type SiteFacts } from './page-graph.ts';
import { newsArticleNode, placeNode, type PlaceFacts, type SourceFacts } from './record-nodes.ts';

export interface EntityFacts {
  kind: 'people' | 'organisations' | 'places' | 'topics';
  path: string;
  name: string;
  description: string;
  /** Other names: an abbreviation, the spellings the sources use. */
  otherNames: string[];
  role?: string | undefined;
  place?: PlaceFacts | undefined;
  /** The list page of all topics: the set a topic is a term of. */
  termSetPath: string;
  termSetName: string;
}

const FRAGMENT = {
  people: 'person',
  organisations: 'organization',
  places: 'place',
  topics: 'term',
} as const;

/** A person's, organisation's, place's or topic's page: a WebPage whose main entity it is. */
export function entityGraph(site: SiteFacts, page: PageFacts, x: EntityFacts): Graph {
  const nodeId = thingId(site, x.path, FRAGMENT[x.kind]);
  const common = {
    '@id': nodeId,
    url: absoluteUrl(site, x.path),
    name: x.name,
    description: x.description,
    ...(x.otherNames.length ? { alternateName: x.otherNames } : {}),
  };
  let node: Person | Organization | PlaceLeaf | DefinedTerm;
  if (x.kind === 'people') {
    const person: Person = {
      '@type': 'Person',
      ...common,
      ...(x.role ? { jobTitle: x.role } : {}),
    };
    node = person;
  } else if (x.kind === 'organisations') {
    const organisation: Organization = { '@type': 'Organization', ...common };
    node = organisation;
  } else if (x.kind === 'places' && x.place) {
    node = { ...placeNode(site, x.place, x.description), ...common };
  } else {
    const term: DefinedTerm = {
      '@type': 'DefinedTerm',
      ...common,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': absoluteUrl(site, x.termSetPath),
        name: x.termSetName,
      },
    };
    node = term;
  }
  return pageGraph(
    site,
    { ...page, type: 'WebPage' },
    { page: { about: { '@id': nodeId }, mainEntity: { '@id': nodeId } }, nodes: [node] },
  );
}

/** A source's page: a WebPage about the NewsArticle it keeps. */
export function sourceGraph(site: SiteFacts, page: PageFacts, s: SourceFacts): Graph {
  const article = newsArticleNode(site, s);
  return pageGraph(
    site,
    { ...page, type: 'WebPage' },
    {
      page: { about: { '@id': article['@id']! }, mainEntity: { '@id': article['@id']! } },
      nodes: [article],
    },
  );
}
