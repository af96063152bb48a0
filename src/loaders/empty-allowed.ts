/**
 * A collection with no records yet is no fault: a new story starts with every folder empty, and a
 * story may never name a period. Astro warns twice about each such collection — its glob loader
 * finds no files, then getCollection() calls it missing — so a new story's first build printed
 * thirteen warnings. This wraps a loader: the first warning is dropped for a folder that is empty
 * or absent (the validator has already read it), and an empty collection is left in Astro's data
 * store, so getCollection() finds it and gives an empty list without a word.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** What Astro's glob loader says of a folder that is empty or not there (astro/dist/content/loaders/glob.js). */
const EMPTY_FOLDER = /^No files found matching |^The base directory .* does not exist\.$/;
/** Never a record's id: ids are lower-case slugs. */
const PLACEHOLDER = '(empty collection)';

export function emptyAllowed(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const logger = Object.create(context.logger, {
        warn: {
          value: (message: string) => {
            if (!EMPTY_FOLDER.test(message)) context.logger.warn(message);
          },
        },
      }) as LoaderContext['logger'];
      await loader.load({ ...context, logger });
      // Astro's store knows a collection once an entry was set in it, and keeps it when the entry
      // is deleted: the only way a loader has to say "this collection exists, and is empty".
      if (context.store.keys().length === 0) {
        context.store.set({ id: PLACEHOLDER, data: {} });
        context.store.delete(PLACEHOLDER);
      }
    },
  };
}
