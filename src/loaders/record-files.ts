/**
 * The content loader of every collection: each record file read exactly as `npm run validate`
 * reads it (our YAML schema, which keeps dates as the text written), so pages see the very fields
 * the validator checked; in a build, the validator's own records, handed over
 * (src/validation/validated-records.ts), so that no file is read or parsed twice. Astro's glob
 * loader parses front matter with js-yaml's default schema, which turns `0001-01-01` into a Date
 * in 1901 (Date.UTC reads a year below 100 as 19xx): the earliest day the schema allows was shown
 * as "1 January 1901" while the exports said 0001.
 *
 * A body is rendered with the site's Markdown pipeline (Astro's renderMarkdown: the configured
 * processor, our remark and rehype plugins), or kept as text only (the sources: the site quotes
 * them, and `npm run coverage` reads them, but no page prints a whole article; rendering them was
 * 1 s of the 10,000-event build spent on HTML nobody reads). A build hands its entries to the pages
 * in memory (handed-entries.ts) instead of keeping them in Astro's store.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listMarkdown, readRecord } from '../validation/read-records.ts';
import { takeValidated } from '../validation/validated-records.ts';
import { collections, type CollectionName } from '../schema/index.ts';
import { pipelineOptionsOf } from '../plugins/index.ts';
import { renderBodies, startRenderingThreads, type RendererSetup } from './body-pool.ts';
import { handOverEntries } from './handed-entries.ts';

export interface RecordFilesOptions {
  /** Whether pages show the body as HTML. */
  render: boolean;
  /** Whether pages need the Markdown text itself, besides its HTML. */
  keepBody: boolean;
  /**
   * Whether the bodies are rendered on every core when there are many (the events): the other
   * collections are synced at the same time, and their threads would take cores from the events'.
   */
  everyCore?: boolean;
}

/**
 * The schemas' own text: part of every record's digest, so that `astro dev`, whose store outlives
 * the server, parses a record again after the schemas change (an entry stored before a field was
 * added would otherwise lack it, and its pages fail).
 */
function schemaText(): string {
  const folder = fileURLToPath(new URL('../schema/', import.meta.url));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

/**
 * How long the folder must be quiet before the loader looks at it once more, in `astro dev`. An
 * editor's save can take two writes (the file emptied, then written), and the watcher (chokidar,
 * through Vite) drops a second change to a file within 50 ms of the first: the one sync it asks
 * for may read the save half done, and nothing would ask again.
 */
export const SETTLE_MS = 200;

/** What a file's metadata says of its contents: when it is the same, the file was not written. */
function stampOf(path: string): string | undefined {
  try {
    const { mtimeMs, ctimeMs, size, ino } = statSync(path);
    return `${mtimeMs}/${ctimeMs}/${size}/${ino}`;
  } catch {
    // Removed since the folder was listed.
    return undefined;
  }
}

export function recordFiles(
  collection: CollectionName,
  contentRoot: string,
  { render, keepBody, everyCore = false }: RecordFilesOptions,
): Loader {
  return {
    name: 'chronicle-record-files',
    // Astro's loader context is made to be taken apart (its documentation does): its methods need no `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    load: async ({ store, parseData, generateDigest, renderMarkdown, watcher, logger, config }) => {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, contentRoot, collections[collection].folder);
      const schemas = generateDigest(schemaText());
      const pipeline = pipelineOptionsOf(config.markdown.processor);
      const setup: RendererSetup | undefined = pipeline && {
        pipeline,
        // What Astro's content layer hands the processor (its renderMarkdown).
        renderer: {
          image: config.image,
          syntaxHighlight: config.markdown.syntaxHighlight,
          shikiConfig: config.markdown.shikiConfig,
          gfm: config.markdown.gfm,
          smartypants: config.markdown.smartypants,
        },
      };
      // Each file's stamp when it was last read, so that a sync in `astro dev` reads again only the
      // files written since (a stat each, where reading and parsing 10,000 files took seconds).
      const lastRead = new Map<string, string>();
      const sync = async () => {
        const seen = new Set<string>();
        const changed: {
          id: string;
          data: Record<string, unknown>;
          body: string;
          path: string;
          stamp: string;
          digest: string;
          /** Handed over by the validator: this sync is a build's. */
          validated: boolean;
        }[] = [];
        const files = listMarkdown(folder);
        // A build's sync, into an empty store, renders every body: the threads start now, and load
        // the pipeline while the files are read.
        const started =
          render && everyCore && store.keys().length === 0
            ? startRenderingThreads(setup, files.length)
            : [];
        for (const path of files) {
          // Taken before the file is read: a write after it changes the stamp, and is read next time.
          const stamp = stampOf(path);
          if (stamp === undefined) continue;
          const known = basename(path, '.md');
          if (lastRead.get(path) === stamp && store.has(known)) {
            seen.add(known);
            continue;
          }
          // In a build, as the validator read and parsed it.
          const validated = takeValidated(path);
          const record = validated ?? readRecord(path, collection, root);
          // A file that cannot be read is the validator's to report, with its own words; here it is
          // left out.
          if ('rule' in record) {
            logger.warn(
              `${record.file}: not read again, it cannot be read (npm run validate says why)`,
            );
            // Its last good state stays: a file caught half-written by an editor's save must not
            // take its page away.
            seen.add(basename(path, '.md'));
            continue;
          }
          seen.add(record.id);
          const digest = generateDigest(`${schemas}\n${record.frontMatter}\n${record.body}`);
          if (store.get(record.id)?.digest === digest) {
            lastRead.set(path, stamp);
            continue;
          }
          // The same schema as the validator's: its result is what parseData would give.
          const data =
            validated?.data ??
            (await parseData({ id: record.id, data: record.data, filePath: path }));
          changed.push({
            id: record.id,
            data,
            body: record.body,
            path,
            stamp,
            digest,
            validated: validated !== undefined,
          });
        }
        // Every changed body at once, so that they can be rendered on every core.
        const rendered = render
          ? await renderBodies(
              changed.map(({ body, path }) => ({ body, fileURL: pathToFileURL(path).href })),
              setup,
              ({ body, fileURL }) => renderMarkdown(body, { fileURL: new URL(fileURL) }),
              {
                started,
                threads: everyCore ? undefined : 1,
                warn: (message) => logger.warn(message),
              },
            )
          : [];
        // Shaped as Astro's store keeps an entry: an empty body left out, and `rendered` only where
        // the collection's bodies are rendered.
        const entries = changed.map(({ id, data, body, path, digest }, i) => ({
          id,
          data,
          ...(keepBody && body ? { body } : {}),
          ...(render ? { rendered: rendered[i] } : {}),
          filePath: relative(root, path),
          digest,
        }));
        for (const { path, stamp } of changed) lastRead.set(path, stamp);
        // A build's whole collection, validated, goes to the pages in memory; a body with images
        // keeps its collection in the store, where Astro's render() resolves them.
        const handOver =
          changed.length === seen.size &&
          changed.every((record) => record.validated) &&
          !rendered.some((html) => html.metadata?.imagePaths?.length);
        if (handOver)
          handOverEntries(
            collection,
            entries.map((entry) => ({ ...entry, collection })),
          );
        else for (const entry of entries) store.set(entry);
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        for (const path of lastRead.keys())
          if (!seen.has(basename(path, '.md'))) lastRead.delete(path);
      };
      // One sync at a time: a save fires several events, and two syncs interleaved could each
      // delete what the other had just read. Events during a sync ask for one more after it.
      let running: Promise<void> | undefined;
      let asked = 0;
      const schedule = () => {
        asked++;
        running ??= (async () => {
          let done = -1;
          while (done !== asked) {
            done = asked;
            await sync();
          }
        })().finally(() => {
          running = undefined;
        });
      };
      await sync();
      // In `astro dev`: load again when a file of the folder is added, changed or removed (a file
      // not written since is skipped by its stamp, one whose text is the same by its digest), and
      // once more when the folder is quiet. The folder is watched even outside the project
      // (CHRONICLE_CONTENT can point anywhere), as the glob loader does.
      watcher?.add(folder);
      let settle: NodeJS.Timeout | undefined;
      watcher?.on('all', (_event, path) => {
        if (!path.endsWith('.md') || relative(folder, path).split('/')[0] === '..') return;
        schedule();
        clearTimeout(settle);
        settle = setTimeout(schedule, SETTLE_MS).unref();
      });
    },
  };
}
