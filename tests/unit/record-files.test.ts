/**
 * The content loader (src/loaders/record-files.ts) as `astro dev` drives it: a file saved in two
 * writes, of which the watcher reports only the first, still shows as saved; a file the editor did
 * not touch is not read again; a file removed leaves the store.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handedEntries, handOverEntries } from '../../src/loaders/handed-entries.ts';
import { recordFiles, SETTLE_MS } from '../../src/loaders/record-files.ts';
import { readRecord } from '../../src/validation/read-records.ts';
import { handOverValidated } from '../../src/validation/validated-records.ts';

// Counted: which files the loader reads.
vi.mock('../../src/validation/read-records.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/validation/read-records.ts')>();
  return { ...actual, readRecord: vi.fn(actual.readRecord) };
});
const reads = () => vi.mocked(readRecord).mock.calls.map(([path]) => path.split('/').pop());

const SOURCE = readFileSync(
  'tests/fixtures/site/content/sources/2021-11-28-wire-council-preview.md',
  'utf8',
);
const ID = '2021-11-28-wire-council-preview';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  rendered?: { html: string };
}

/** The parts of Astro's loader context the loader uses, with a store in a Map. */
function context(root: string, rendered?: { html: string; metadata: Record<string, unknown> }) {
  const entries = new Map<string, Entry>();
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const warnings: string[] = [];
  const ctx = {
    store: {
      get: (id: string) => entries.get(id),
      has: (id: string) => entries.has(id),
      set: (entry: Entry) => entries.set(entry.id, entry) !== undefined,
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
    renderMarkdown: () =>
      rendered ? Promise.resolve(rendered) : Promise.reject(new Error('sources are not rendered')),
    watcher,
    logger: { warn: (message: string) => warnings.push(message) },
    config: { root: pathToFileURL(`${root}/`), markdown: {}, image: {} },
  } as unknown as LoaderContext;
  return { ctx, entries, watcher, warnings };
}

const folders: string[] = [];
afterEach(() => {
  vi.mocked(readRecord).mockClear();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('chronicle.handed-entries')];
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function project(): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'chronicle-loader-'));
  folders.push(root);
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  const file = join(root, 'content/sources', `${ID}.md`);
  writeFileSync(file, SOURCE);
  return { root, file };
}

/** Until the store's entry passes `ready`, for at most 5 s. */
async function until(ready: () => boolean): Promise<void> {
  const give = Date.now() + 5_000;
  while (!ready()) {
    if (Date.now() > give) throw new Error('the store never came right');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sources = () => recordFiles('sources', 'content', { render: false, keepBody: true });

describe('the content loader in a build', () => {
  it('stores each record as the validator read it, without reading its file again', async () => {
    const { root, file } = project();
    const validated = readRecord(file, 'sources', root);
    if ('rule' in validated) throw new Error('the fixture cannot be read');
    handOverValidated(
      [{ ...validated, data: { ...validated.data, headline: 'As validated' } }],
      root,
    );
    // Changed on disk after validation: the site shows what was validated.
    writeFileSync(file, SOURCE.replace(/^headline: .*$/m, 'headline: Changed since'));
    vi.mocked(readRecord).mockClear();
    const { ctx, entries } = context(root);
    await sources().load(ctx);
    expect(handedEntries('sources')?.[0]?.data.headline).toBe('As validated');
    expect(entries.size).toBe(0);
    expect(reads()).toEqual([]);
    // Handed over once: a second look reads the file.
    const again = context(root);
    await sources().load(again.ctx);
    expect(again.entries.get(ID)?.data.headline).toBe('Changed since');
  });
});

const rendering = () => recordFiles('sources', 'content', { render: true, keepBody: false });

describe('the entries of a build', () => {
  const validate = (root: string, file: string) => {
    const validated = readRecord(file, 'sources', root);
    if ('rule' in validated) throw new Error('the fixture cannot be read');
    handOverValidated([validated], root);
    return validated;
  };

  it('go to the pages in memory, as getCollection() gives them, and stay out of the store', async () => {
    const { root, file } = project();
    const validated = validate(root, file);
    const html = { html: '<p>Handed over</p>', metadata: {} };
    const { ctx, entries } = context(root, html);
    await rendering().load(ctx);
    expect(handedEntries('sources')).toEqual([
      {
        id: ID,
        collection: 'sources',
        data: validated.data,
        rendered: html,
        filePath: `content/sources/${ID}.md`,
        digest: expect.any(String) as string,
      },
    ]);
    expect(entries.size).toBe(0);
  });

  it('are listed by id, as Astro lists its store, whatever order the files were read in', () => {
    const entry = (id: string) => ({
      id,
      collection: 'places',
      data: {},
      filePath: `content/places/${id}.md`,
      digest: id,
    });
    handOverEntries('places', [entry('third-place'), entry('first-place'), entry('second-place')]);
    expect(handedEntries('places')?.map((e) => e.id)).toEqual([
      'first-place',
      'second-place',
      'third-place',
    ]);
  });

  it('stay in the store when a body has images, which Astro resolves from there', async () => {
    const { root, file } = project();
    validate(root, file);
    const html = { html: '<p><img src="x.png" alt=""></p>', metadata: { imagePaths: ['x.png'] } };
    const { ctx, entries } = context(root, html);
    await rendering().load(ctx);
    expect(entries.get(ID)?.rendered).toEqual(html);
  });
});

describe('the entries of astro dev', () => {
  it('stay in the store, which outlives the server', async () => {
    const { root } = project();
    const html = { html: '<p>In the store</p>', metadata: {} };
    const { ctx, entries } = context(root, html);
    await rendering().load(ctx);
    expect(entries.get(ID)?.rendered).toEqual(html);
  });
});

describe('the content loader in astro dev', () => {
  it('shows a save made in two writes when the watcher reports only the first', async () => {
    const { root, file } = project();
    const { ctx, entries, watcher, warnings } = context(root);
    await sources().load(ctx);
    expect(entries.get(ID)?.data.headline).toBe('Harbour council to meet on bridge');

    // The editor's save empties the file first; the watcher reports that much.
    writeFileSync(file, '');
    watcher.emit('all', 'change', file);
    await until(() => warnings.length > 0);
    expect(warnings).toEqual([
      `content/sources/${ID}.md: not read again, it cannot be read (npm run validate says why)`,
    ]);
    // The page keeps what it had.
    expect(entries.get(ID)?.data.headline).toBe('Harbour council to meet on bridge');

    // The rest of the save, which the watcher drops (a second change within 50 ms).
    writeFileSync(file, SOURCE.replace(/^headline: .*$/m, 'headline: Saved in two writes'));
    await until(() => entries.get(ID)?.data.headline === 'Saved in two writes');
    expect(warnings).toHaveLength(1);
  });

  it('reads again only the files written since the last look, and lets a removed one go', async () => {
    const { root, file } = project();
    const other = join(root, 'content/sources', 'another-source.md');
    writeFileSync(other, SOURCE.replace(/^headline: .*$/m, 'headline: Another'));
    const { ctx, entries, watcher } = context(root);
    await sources().load(ctx);
    expect([...entries.keys()]).toEqual([ID, 'another-source']);
    expect(reads()).toEqual([`${ID}.md`, 'another-source.md']);

    writeFileSync(other, SOURCE.replace(/^headline: .*$/m, 'headline: Another, edited'));
    watcher.emit('all', 'change', other);
    await until(() => entries.get('another-source')?.data.headline === 'Another, edited');
    // The settling look reads nothing: no file was written since.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 2));
    expect(reads()).toEqual([`${ID}.md`, 'another-source.md', 'another-source.md']);

    rmSync(file);
    watcher.emit('all', 'unlink', file);
    await until(() => !entries.has(ID));
    expect([...entries.keys()]).toEqual(['another-source']);
  });
});
