/**
 * The Pagefind index of the events, made from the content rather than from
 * the built pages: one record per event with the words its page shows (date,
 * title, summary, body, names, quotes, disagreements, notes), its title and
 * date to display, and the topic, person, organisation and place filters of
 * the search page. Made in the build's worker thread while Astro renders the
 * pages, so indexing adds nothing to the build's wall time.
 */
import { createIndex, type CustomRecord, type PagefindIndex } from 'pagefind';
import { eventPath } from '../lib/urls.ts';
import type { EventWithBody, WorkerModel } from './model-input.ts';
import { markdownText } from './markdown-text.ts';

/** The kinds of name that feed a Pagefind filter, in the order the search page lists them; each filter is named in the site's language. */
export const SEARCH_FILTERS = ['topics', 'people', 'organisations', 'places'] as const;

/**
 * Pagefind shows an excerpt of the text with its line breaks as spaces: a title or a list of names
 * without a full stop would run into what follows ("… on the bridge The council meets …"); so
 * would a heading or a list item of the body. Every line ends as a sentence.
 */
function asSentence(text: string): string {
  return /[.!?…:;)"”’]$/.test(text) ? text : `${text}.`;
}

export function searchRecord(event: EventWithBody, model: WorkerModel): CustomRecord {
  const { data } = event;
  const date = model.dates.range(data.start, data.end);
  const names = (collection: (typeof SEARCH_FILTERS)[number]) =>
    data[collection].map((id) => model[collection].get(id)?.data.name ?? id);
  const filters: Record<string, string[]> = {};
  for (const collection of SEARCH_FILTERS) {
    if (data[collection].length > 0)
      filters[model.t(`search.filter.${collection}`)] = names(collection);
  }
  const words = [
    date,
    data.title,
    data.summary,
    // Its kind's name, to search by; not a filter: Pagefind writes a filter's values in an order
    // that changes from build to build, and the build's files must not.
    model.t.kind(data.kind),
    markdownText(event.body),
    // Each kind of name as one list, so an excerpt reads "Ada Quill, Ben Moss." rather
    // than a run of names.
    ...Object.values(filters).map((list) => list.join(`${model.t('list.comma')} `)),
    ...data.sources.flatMap((citation) => [
      model.sources.get(citation.source)?.data.headline ?? '',
      ...citation.quotes,
      ...(citation.translations ?? []).filter((t) => t !== null),
    ]),
    ...data.disagreements.flatMap((d) => [
      d.about,
      ...d.versions.flatMap((v) => [v.says, v.quote ?? '']),
    ]),
    ...data.notes.map((note) => note.text),
  ];
  return {
    // Without the base path: Pagefind's script adds it, as it does for pages it indexes itself.
    url: `/${eventPath(event.id)}`,
    content: words
      .flatMap((w) => w.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map(asSentence)
      .join('\n'),
    language: model.site.language,
    meta: { title: data.title, date },
    filters,
    sort: { date: data.start.earliest },
  };
}

async function check<T extends { errors: string[] }>(step: string, result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.errors.length > 0)
    throw new Error(`Pagefind could not ${step}:\n${done.errors.join('\n')}`);
  return done;
}

/** An index holding every event (in Pagefind's indexer, a separate process). */
async function searchIndex(model: WorkerModel): Promise<PagefindIndex> {
  const { index } = await check('start', createIndex());
  if (!index) throw new Error('Pagefind could not start.');
  // In batches: one message at a time would wait on the indexer for every event.
  const BATCH = 500;
  for (let i = 0; i < model.events.length; i += BATCH) {
    await Promise.all(
      model.events
        .slice(i, i + BATCH)
        .map((event) => check('index an event', index.addCustomRecord(searchRecord(event, model)))),
    );
  }
  return index;
}

/**
 * The index of every event and Pagefind's scripts, as files in memory by their path within `pagefind/`.
 * Taken from the indexer rather than written by it: its writeFiles() answered before the last file was
 * complete, and stopping the indexer then left pagefind-entry.json empty (seen once in CI).
 */
export async function searchIndexFiles(model: WorkerModel): Promise<Map<string, Uint8Array>> {
  const index = await searchIndex(model);
  try {
    const { files } = await check('make its files', index.getFiles());
    return new Map(files.map((file) => [file.path, file.content]));
  } finally {
    // The indexer is shared by every index of the process: this one is deleted, the indexer left to
    // whoever runs next.
    await index.deleteIndex();
  }
}
