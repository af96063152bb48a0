/**
 * `changes.xml`: the corrections log as an RSS 2.0 feed, one item per change recorded on an
 * event's page and per event taken off the site, newest first. An item's date is the day of the
 * change at 00:00 UTC (the same on every build, in every time zone); its address is the change's
 * anchor on the event's page (so each item has its own guid), or a retired event's old address.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { Translate } from '../../lib/messages/catalogue.ts';
import { absoluteUrl, permalink, type SiteAddress } from '../../lib/urls.ts';
import type { LogEntry } from '../changes.ts';
import { escapeMarkup } from './display.ts';
import { EXPORT_FILES } from './files.ts';

export function changesFeedOptions(
  log: readonly LogEntry[],
  site: SiteAddress & { title: string; language: string },
  t: Translate,
): RSSOptions {
  return {
    title: t('changes.feedTitle', { site: site.title }),
    description: t('changes.description'),
    site: absoluteUrl(site, 'changes/'),
    items: log.map((entry) => ({
      title: t('changes.feedItem', { kind: t(`event.change.${entry.kind}`), title: entry.title }),
      link: permalink(site, entry.id) + (entry.anchor ? `#${entry.anchor}` : ''),
      pubDate: new Date(`${entry.date.earliest}T00:00:00Z`),
      description: [entry.what, entry.why].filter(Boolean).join(' '),
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeMarkup(site.language)}</language><atom:link href="${escapeMarkup(absoluteUrl(site, EXPORT_FILES.changes.path))}" rel="self" type="application/rss+xml"/>`,
  };
}
