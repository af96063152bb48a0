/**
 * Every id a record names resolves to a record (Astro's own references do not
 * fail the build on a dangling id; ours do).
 */
import { didYouMean } from '../lib/did-you-mean.ts';
import { fieldPath, problem, type Problem } from '../lib/problems.ts';
import { collections, type CollectionName } from '../schema/index.ts';
import type { RecordSet, Check } from './record-set.ts';

type Reference = { path: PropertyKey[]; id: string; target: CollectionName };

/** Every reference a record makes, with its field path and the collection it points into. */
function referencesOf(collection: CollectionName, data: Record<string, any>): Reference[] {
  const list = (field: string, target: CollectionName): Reference[] =>
    (data[field] ?? []).map((id: string, i: number) => ({ path: [field, i], id, target }));
  const refs: Reference[] = [];
  if (collection === 'events') {
    refs.push(
      ...list('topics', 'topics'),
      ...list('people', 'people'),
      ...list('organisations', 'organisations'),
      ...list('places', 'places'),
      ...list('distinctFrom', 'events'),
    );
    data.sources.forEach((c: { source: string }, i: number) =>
      refs.push({ path: ['sources', i, 'source'], id: c.source, target: 'sources' }),
    );
    data.disagreements.forEach((d: { versions: { source: string }[] }, i: number) =>
      d.versions.forEach((v, j) =>
        refs.push({
          path: ['disagreements', i, 'versions', j, 'source'],
          id: v.source,
          target: 'sources',
        }),
      ),
    );
    data.notes.forEach(
      (n: { source?: string }, i: number) =>
        n.source && refs.push({ path: ['notes', i, 'source'], id: n.source, target: 'sources' }),
    );
    if (data.dating.source)
      refs.push({ path: ['dating', 'source'], id: data.dating.source, target: 'sources' });
  }
  (data.spellings ?? []).forEach((s: { source: string }, i: number) =>
    refs.push({ path: ['spellings', i, 'source'], id: s.source, target: 'sources' }),
  );
  if (collection === 'places' && data.country)
    refs.push({ path: ['country'], id: data.country, target: 'places' });
  return refs;
}

export const checkReferences: Check = (content: RecordSet) => {
  const ids = Object.fromEntries(
    Object.entries(content.records).map(([name, list]) => [name, list.map((r) => r.id)]),
  ) as Record<CollectionName, string[]>;
  const sets = Object.fromEntries(
    Object.entries(ids).map(([name, list]) => [name, new Set(list)]),
  ) as Record<CollectionName, Set<string>>;
  const problems: Problem[] = [];
  for (const list of Object.values(content.records)) {
    for (const record of list) {
      for (const ref of referencesOf(record.collection, record.data)) {
        if (sets[ref.target].has(ref.id) || content.invalidIds[ref.target].has(ref.id)) continue;
        const { folder, singular } = collections[ref.target];
        problems.push(
          problem(record.file, record.lineOf(ref.path), fieldPath(ref.path), 'ref.unknown', {
            singular,
            id: ref.id,
            suggestion: didYouMean(ref.id, ids[ref.target]),
            file: `${content.contentDir}/${folder}/${ref.id}.md`,
          }),
        );
      }
    }
  }
  return problems;
};
