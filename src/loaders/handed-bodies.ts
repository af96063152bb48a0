/**
 * The HTML of the bodies a build rendered, handed to their pages in memory rather than through
 * Astro's content store. The store writes every entry into one devalue file, which the build reads
 * again, escapes into a JavaScript module for the bundler and parses once more in the pages' chunk:
 * each step held every body again (at 50,000 events, most of the build's peak memory above the
 * records themselves). Kept on globalThis, as the validated records are: the pages run from Astro's
 * bundle, a module graph apart from the loader's.
 *
 * Only a build hands bodies over. `astro dev` keeps its store from one start to the next and skips
 * a record it already holds, so its bodies must stay in the store.
 */
const KEY = Symbol.for('chronicle.handed-bodies');
type Holder = { [KEY]?: Map<string, string> };

const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/** Hands over the HTML of one record's body. */
export function handOverBody(collection: string, id: string, html: string): void {
  const holder = globalThis as Holder;
  const bodies = holder[KEY] ?? new Map<string, string>();
  holder[KEY] = bodies;
  bodies.set(keyOf(collection, id), html);
}

/** The HTML of a record's body, if the build handed it over (else it is in the store's entry). */
export function handedBody(collection: string, id: string): string | undefined {
  return (globalThis as Holder)[KEY]?.get(keyOf(collection, id));
}
