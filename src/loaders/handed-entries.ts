/**
 * A build's entries, handed from the content loader to the pages in memory rather than through
 * Astro's content store. The store writes every entry into one devalue file, which the build then
 * reads, escapes into a JavaScript module for the bundler and parses once more in the pages'
 * chunk; each step held every record and every rendered body again. Kept on globalThis, as the
 * validated records are: the pages run from Astro's bundle, a module graph apart from the loader's.
 *
 * Only a build hands entries over, and a collection's either all or none. `astro dev` keeps its
 * store from one start to the next and skips a record it already holds, so its entries stay there.
 */
import type { RenderedContent } from './body-pool.ts';

/** An entry as getCollection() gives it. */
export interface HandedEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  rendered?: RenderedContent;
  filePath: string;
  digest: string;
}

const KEY = Symbol.for('chronicle.handed-entries');
type Holder = { [KEY]?: Map<string, HandedEntry[]> };

/**
 * Hands over every entry of a collection, in the order getCollection() would give them: Astro's
 * store is written sorted by id (localeCompare), and its readers list it in that order.
 */
export function handOverEntries(collection: string, entries: HandedEntry[]): void {
  const holder = globalThis as Holder;
  const byCollection = holder[KEY] ?? new Map<string, HandedEntry[]>();
  holder[KEY] = byCollection;
  byCollection.set(
    collection,
    [...entries].sort((a, b) => a.id.localeCompare(b.id)),
  );
}

/** A collection's entries, if the build handed them over (else they are in Astro's store). */
export function handedEntries(collection: string): HandedEntry[] | undefined {
  return (globalThis as Holder)[KEY]?.get(collection);
}
