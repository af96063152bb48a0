/**
 * A content loader for records whose Markdown body is kept as text but never
 * shown as HTML (the sources: the site quotes them, and `npm run coverage`
 * reads them, but no page prints a whole article). Astro's glob loader renders
 * every body it loads: for the sources of the 10,000-event benchmark that was
 * 1 s of the build spent on HTML nobody reads.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listMarkdown, readRecord } from '../validation/read-records.ts';
import { collections, type CollectionName } from '../schema/index.ts';

export function unrenderedFiles(collection: CollectionName, contentRoot: string): Loader {
  return {
    name: 'chronicle-unrendered-files',
    // Astro's loader context is made to be taken apart (its documentation does): its methods need no `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    load: async ({ store, parseData, generateDigest, watcher, logger, config }) => {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, contentRoot, collections[collection].folder);
      const sync = async () => {
        const seen = new Set<string>();
        for (const path of listMarkdown(folder)) {
          const record = readRecord(path, collection, root);
          // A file that cannot be read is the validator's to report, with its own words; here it is
          // left out.
          if ('rule' in record) {
            logger.warn(`${record.file}: left out, it cannot be read (npm run validate says why)`);
            continue;
          }
          seen.add(record.id);
          const digest = generateDigest(`${record.frontMatter}\n${record.body}`);
          if (store.get(record.id)?.digest === digest) continue;
          const data = await parseData({ id: record.id, data: record.data, filePath: path });
          store.set({
            id: record.id,
            data,
            body: record.body,
            filePath: relative(root, path),
            digest,
          });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      // In `astro dev`: load again when a file of the folder is added, changed or removed (unchanged files are skipped by digest).
      // The folder is watched even outside the project (CHRONICLE_CONTENT can point anywhere), as the glob loader does.
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.endsWith('.md') && relative(folder, path).split('/')[0] !== '..') void sync();
      });
    },
  };
}
