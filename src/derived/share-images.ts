/**
 * Every event's share image in og/<id>.png: taken from the cache when nothing
 * the card shows has changed (a hard link, or a copy across file systems),
 * drawn otherwise. Runs in the build's worker thread, so neither drawing nor
 * copying holds up Astro's pages.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DateWords } from '../lib/date-words.ts';
import type { Translate } from '../lib/messages/catalogue.ts';
import { cachedShareCardFile, shareCardPath, type ShareImageCache } from './share-card-cache.ts';
import type { ShareCard } from './share-card.ts';
import { siteDirection } from '../lib/text-direction.ts';
import { SITE_SHARE_ID, sharePath } from '../lib/urls.ts';
import type { EventData } from '../schema/index.ts';
import type { WorkerModel } from './model-input.ts';

/** What an event's card shows. */
export function shareCardOf(
  data: EventData,
  {
    site,
    dates,
    t,
  }: {
    site: { title: string; language: string; direction?: 'ltr' | 'rtl' | undefined };
    dates: DateWords;
    t: Translate;
  },
): ShareCard {
  const { title: siteTitle, language } = site;

  return {
    siteTitle,
    date: dates.range(data.start, data.end),
    title: data.title,
    summary: data.summary,
    status:
      data.status === 'happened'
        ? undefined
        : t(`status.badge.${data.status}`).toLocaleLowerCase(language),
    sourcesQuoted: t('share.sourcesQuoted', {
      count: new Set(data.sources.map((c) => c.source)).size,
    }),
    ...(siteDirection(site) === 'rtl' ? { direction: 'rtl' as const } : {}),
  };
}

/**
 * The site's own card, for every page that has none of its own: the site's title, description and
 * period, and how many events it has.
 */
export function siteShareCard({
  site,
  dates,
  t,
  events,
}: Pick<WorkerModel, 'site' | 'dates' | 't' | 'events'>): ShareCard {
  return {
    siteTitle: new URL(site.base, site.url).host + site.base.replace(/\/$/, ''),
    date: dates.range(site.period.start, site.period.end),
    title: site.title,
    summary: site.description,
    sourcesQuoted: t('count.events', { count: events.length }),
    ...(siteDirection(site) === 'rtl' ? { direction: 'rtl' as const } : {}),
  };
}

/** Puts a file at `to` without copying its bytes where the file system allows. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EXDEV: another file system; EPERM/ENOTSUP: one without hard links.
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    copyFileSync(from, to);
  }
}

/**
 * Every event's card, by event id: all that drawing needs, so the content itself can be let go
 * first.
 */
export function shareCards(model: WorkerModel): { id: string; card: ShareCard }[] {
  return [
    ...model.events.map((event) => ({
      id: event.id,
      card: shareCardOf(event.data, model),
    })),
    { id: SITE_SHARE_ID, card: siteShareCard(model) },
  ];
}

/**
 * Places every card from the cache at once; the cards not in it are drawn
 * after `beforeDrawing` resolves (in a build: once Astro's pages are done, so
 * that drawing's memory never adds to the page build's at its peak).
 */
export async function writeShareImages(
  cards: readonly { id: string; card: ShareCard }[],
  cache: ShareImageCache,
  outDir: string,
  beforeDrawing: () => Promise<void> = async () => {},
): Promise<void> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const missing: { id: string; card: ShareCard }[] = [];
  for (const entry of cards) {
    const file = shareCardPath(entry.card, cache);
    if (existsSync(file)) {
      cache.hits++;
      place(file, join(outDir, sharePath(entry.id)));
    } else missing.push(entry);
  }
  if (missing.length === 0) return;
  await beforeDrawing();
  for (const { id, card } of missing)
    place(await cachedShareCardFile(card, cache), join(outDir, sharePath(id)));
}
