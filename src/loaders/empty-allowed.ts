/**
 * A collection with no records yet is no fault: a new story starts with every folder empty, and a
 * story may never name a period. Astro warns when getCollection() asks for a collection it has
 * never stored an entry in: this wraps a loader so that an empty collection is left in Astro's
 * data store, and getCollection() finds it and gives an empty list without a word.
 */
import type { Loader } from 'astro/loaders';

/** Never a record's id: ids are lower-case slugs. */
const PLACEHOLDER = '(empty collection)';

export function emptyAllowed(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      // Astro's store knows a collection once an entry was set in it, and keeps it when the entry
      // is deleted: the only way a loader has to say "this collection exists, and is empty".
      if (context.store.keys().length === 0) {
        context.store.set({ id: PLACEHOLDER, data: {} });
        context.store.delete(PLACEHOLDER);
      }
    },
  };
}
