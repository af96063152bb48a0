/** The pages that list pages (an ItemList), and the open-data page (a Dataset). */
import type { DataDownload, Dataset, Graph, ItemList } from 'schema-dts';
import { lastDay, type CalendarDate } from '../../lib/calendar.ts';
import { absoluteUrl, homeUrl } from '../../lib/urls.ts';
import { isoDate, pageGraph, thingId, type PageFacts, type SiteFacts } from './page-graph.ts';

/** A page that lists pages (the timeline, a month, a list of people …), in order. */
export function listGraph(
  site: SiteFacts,
  page: PageFacts,
  items: readonly { path: string; name: string }[],
): Graph {
  const list: ItemList = {
    '@type': 'ItemList',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: absoluteUrl(site, item.path),
      name: item.name,
    })),
  };
  return pageGraph(site, { ...page, type: 'CollectionPage' }, { page: { mainEntity: list } });
}

/** The open-data page: a Dataset, with a download for each file. */
export function dataGraph(
  site: SiteFacts,
  page: PageFacts,
  files: readonly { path: string; mediaType: string; name: string }[],
  period: { start: CalendarDate; end: CalendarDate },
): Graph {
  const datasetId = thingId(site, page.url, 'dataset');
  const distribution: DataDownload[] = files.map((file) => ({
    '@type': 'DataDownload',
    name: file.name,
    contentUrl: absoluteUrl(site, file.path),
    encodingFormat: file.mediaType.split(';')[0]!,
  }));
  const dataset: Dataset = {
    '@type': 'Dataset',
    '@id': datasetId,
    name: page.name,
    description: page.description,
    url: absoluteUrl(site, page.url),
    inLanguage: site.language,
    temporalCoverage: `${isoDate(period.start)}/${lastDay({ start: period.end })}`,
    isAccessibleForFree: true,
    includedInDataCatalog: { '@type': 'DataCatalog', name: site.title, url: homeUrl(site) },
    distribution,
  };
  return pageGraph(site, page, {
    page: { about: { '@id': datasetId }, mainEntity: { '@id': datasetId } },
    nodes: [dataset],
  });
}
