/**
 * Review aids for a pull request: from the list of changed event files, what a
 * reviewer should look at — new events resting on one source only, ids that
 * changed or vanished without an alias (or a retirement), and the days of the
 * timeline affected; and the sources that no web archive keeps a copy of yet.
 */
import type { SiteModel } from '../../model/site-model.ts';
import type { CalendarDate } from '../../lib/calendar.ts';

export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** For a rename, the old path. */
  from?: string | undefined;
}

export interface ReviewReport {
  singleSource: string[];
  idsWithoutAlias: { id: string; now?: string | undefined }[];
  daysAffected: string[];
  /** Drafts (`draft: true`) among the changed event files: not published until the flag goes. */
  drafts: string[];
  /** Sources with no archived copy (`archiveUrl`), and whether each has an address to archive. */
  sourcesWithoutArchive: { id: string; url?: string | undefined }[];
}

const eventId = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');

/** Parses `git diff --name-status -M` output. */
export function parseNameStatus(output: string): FileChange[] {
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [code = '', first = '', second] = line.split('\t');
      if (code.startsWith('R')) return { status: 'renamed', path: second ?? first, from: first };
      return {
        status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified',
        path: first,
      };
    });
}

/** `previousDates`: the start of each changed event before the change (from its old file name). */
export function reviewChanges(
  changes: readonly FileChange[],
  model: Pick<SiteModel, 'events' | 'position' | 'aliases' | 'dates' | 'retired' | 'sources'>,
  previousDates: ReadonlyMap<string, CalendarDate>,
  /** The ids of every draft (the model leaves drafts out). */
  draftIds: ReadonlySet<string> = new Set(),
): ReviewReport {
  const { aliases } = model;
  const events = {
    get: (id: string) => model.events[model.position.get(id) ?? -1],
    has: (id: string) => model.position.has(id),
  };
  const eventChanges = changes.filter((c) => /(^|\/)events\/.+\.md$/.test(c.path));
  const singleSource = eventChanges
    .filter((c) => c.status === 'added' || c.status === 'renamed')
    .map((c) => events.get(eventId(c.path)))
    .filter((e) => e !== undefined && new Set(e.data.sources.map((s) => s.source)).size === 1)
    .map((e) => e!.id);
  const idsWithoutAlias = eventChanges
    .filter((c) => c.status === 'deleted' || c.status === 'renamed')
    .map((c) => eventId(c.from ?? c.path))
    .filter((id) => !events.has(id) && !aliases.has(id) && !model.retired.has(id))
    .map((id) => ({ id, now: eventChanges.find((c) => c.from && eventId(c.from) === id)?.path }));
  const days = new Map<string, CalendarDate>();
  const note = (date: CalendarDate) => days.set(`${date.earliest}/${date.latest}`, date);
  for (const change of eventChanges) {
    const now = events.get(eventId(change.path));
    if (now && change.status !== 'deleted') note(now.data.start);
    const before = previousDates.get(eventId(change.from ?? change.path));
    if (before && change.status !== 'added') note(before);
  }
  const daysAffected = [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, date]) => model.dates.date(date));
  const sourcesWithoutArchive = [...model.sources.values()]
    .filter((source) => !source.data.archiveUrl)
    .map((source) => ({ id: source.id, url: source.data.url }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const drafts = eventChanges
    .filter((c) => c.status !== 'deleted')
    .map((c) => eventId(c.path))
    .filter((id) => draftIds.has(id))
    .sort();
  return {
    singleSource: singleSource.sort(),
    idsWithoutAlias,
    daysAffected,
    drafts,
    sourcesWithoutArchive,
  };
}

export function formatReview(report: ReviewReport): string {
  const lines = ['## Review aids', ''];
  lines.push(
    `**Days of the timeline affected:** ${report.daysAffected.length ? report.daysAffected.join('; ') : 'none'}`,
    '',
  );
  lines.push(
    report.singleSource.length
      ? `**New events resting on a single source** (look for a second one): ${report.singleSource.join(', ')}`
      : 'Every new event cites at least two sources, or there is none.',
    '',
  );
  lines.push(
    report.idsWithoutAlias.length
      ? `**Event ids that changed or vanished without an alias** (add \`aliases: [old-id]\` to the event that replaces each, or links break): ${report.idsWithoutAlias.map((x) => (x.now ? `${x.id} → ${x.now}` : x.id)).join(', ')}`
      : 'No event id disappeared without an alias.',
    '',
  );
  if (report.drafts.length)
    lines.push(
      `**Drafts** (checked, not published; remove \`draft: true\` to publish each): ${report.drafts.join(', ')}`,
      '',
    );
  const archivable = report.sourcesWithoutArchive.filter((s) => s.url);
  const unknown = report.sourcesWithoutArchive.filter((s) => !s.url);
  lines.push(
    report.sourcesWithoutArchive.length
      ? [
          `**Sources without an archived copy** (save each in a web archive and add \`archiveUrl\` and \`archiveDate\`, so readers can still check it if the page moves or changes):`,
          ...archivable.map((s) => `- ${s.id} (${s.url})`),
          ...unknown.map((s) => `- ${s.id} (no \`url\`: its address is not known)`),
        ].join('\n')
      : 'Every source has an archived copy.',
  );
  return lines.join('\n');
}
