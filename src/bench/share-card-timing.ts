/**
 * Share images measured apart from the rest of the build: the cost of one
 * image drawn directly with renderShareCard, the number of
 * files in the image cache, and an edit to one event whose card must be the
 * only one drawn again.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderShareCard } from '../derived/share-card.ts';

export interface CardTiming {
  /** The first card, which also loads the fonts. */
  firstMs: number;
  /** Mean of the cards after the first. */
  perImageMs: number;
  sample: number;
}

export async function timeShareCards(sample = 20): Promise<CardTiming> {
  const card = (i: number) => ({
    siteTitle: 'Synthetic Chronicle',
    date: `${(i % 28) + 1} March 2001`,
    title: `Synthetic event ${i} about the harbour council and the bridge`,
    summary: `council harbour bridge minister talks border summit treaty troops sanctions envoy statement number ${i}.`,
    sourcesQuoted: `${1 + (i % 3)} sources quoted`,
  });
  let started = performance.now();
  await renderShareCard(card(0));
  const firstMs = performance.now() - started;
  started = performance.now();
  for (let i = 1; i <= sample; i++) await renderShareCard(card(i));
  return { firstMs, perImageMs: (performance.now() - started) / sample, sample };
}

/** Files in a folder; none when a failed build never made it. */
export const countFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);

/**
 * Changes the title of one event (in the middle of the timeline), which changes its share card;
 * returns the event's id.
 */
export function editOneEvent(contentDir: string): string {
  const events = readdirSync(join(contentDir, 'events')).sort();
  const name = events[Math.floor(events.length / 2)]!;
  const path = join(contentDir, 'events', name);
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(/^title: /m, 'title: Revised ');
  if (edited === text) throw new Error(`${path} has no title line to edit`);
  writeFileSync(path, edited);
  return name.slice(0, -'.md'.length);
}
