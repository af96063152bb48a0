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
import { drawCards, type PoolSize } from './card-pool.ts';
import { shareCardPath, type ShareImageCache } from './share-card-cache.ts';
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
 * Places every card from the cache at once, then draws those not in it on every core (card-pool.ts)
 * and places each as it is drawn. In a build this runs while Astro renders the pages: until they
 * are done (`pool.widen`) one core is left to them, and the drawing threads run at the lowest
 * priority, so the pages go first.
 */
export async function writeShareImages(
  cards: readonly { id: string; card: ShareCard }[],
  cache: ShareImageCache,
  outDir: string,
  pool: PoolSize = {},
): Promise<void> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  // Events whose cards show the same are drawn once, into the one file they share.
  const missing = new Map<string, { card: ShareCard; ids: string[] }>();
  for (const entry of cards) {
    const file = shareCardPath(entry.card, cache);
    if (existsSync(file)) {
      cache.hits++;
      place(file, join(outDir, sharePath(entry.id)));
    } else {
      const job = missing.get(file);
      if (job) job.ids.push(entry.id);
      else missing.set(file, { card: entry.card, ids: [entry.id] });
    }
  }
  if (missing.size === 0) return;
  const jobs = [...missing].map(([file, { card }]) => ({ file, card }));
  const drawing = await drawCards(
    jobs,
    ({ file }) => {
      cache.renders++;
      // The other events showing the same card find it drawn, as they would in the cache.
      cache.hits += missing.get(file)!.ids.length - 1;
      for (const id of missing.get(file)!.ids) place(file, join(outDir, sharePath(id)));
    },
    pool,
  );
  cache.renderMs += drawing.ms;
  cache.threads = drawing.threads;
}
